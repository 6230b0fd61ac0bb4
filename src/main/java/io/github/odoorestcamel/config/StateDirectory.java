package io.github.odoorestcamel.config;

import java.io.File;

/** The folder ({@code odoo.state-dir}) where the {@code odoo:} consumers and the feed keep their positions. */
public record StateDirectory(File folder) {

    public static StateDirectory read(SettingsReader settings) {
        return new StateDirectory(new File(settings.text("odoo.state-dir")));
    }

    /** A file in the folder, which is created when missing. */
    public File file(String name) {
        if (!folder.isDirectory() && !folder.mkdirs()) {
            throw new IllegalStateException("Cannot create the state directory " + folder.getAbsolutePath() + " (odoo.state-dir)");
        }
        return new File(folder, name);
    }
}
