package io.github.odoorestcamel.component.odoo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a consumer, or a change stream's poll, keeps its {@link KnownIds} across restarts. Written
 * to a temporary file and moved into place, so a crash mid-write leaves the previous set rather
 * than half of one.
 */
public record KnownIdsFile(Path path) {

    public KnownIds load() {
        if (!Files.exists(path)) {
            return KnownIds.empty();
        }
        try {
            return KnownIds.fromBytes(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the known ids in " + path, e);
        }
    }

    public void save(KnownIds ids) {
        Path written = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            Files.write(written, ids.toBytes());
            Files.move(written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the known ids to " + path, e);
        }
    }
}
