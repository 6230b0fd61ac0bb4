package io.github.odoorestcamel.read;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Records as Odoo might write them and as it would not: any order of fields, unknown ones, any
 * whitespace, strings escaped as Python's {@code ensure_ascii} does or written as raw UTF-8, with
 * control characters, quotes, surrogate pairs and lone surrogates, numbers in every form JSON allows.
 */
final class RandomJson {

    private static final String[] FIELDS = {"id", "name", "country_id", "category_id", "child_ids", "write_date", "extra", "x"};

    private RandomJson() {
    }

    static String record(Random random) {
        List<String> members = new ArrayList<>();
        members.add(member("id", random.nextInt(10) == 0 ? number(random) : String.valueOf(random.nextInt(100_000)), random));
        for (String field : FIELDS) {
            if (!field.equals("id") && random.nextInt(3) > 0) {
                members.add(member(field, value(field, random), random));
            }
        }
        Collections.shuffle(members, random);
        return "{" + space(random) + String.join("," + space(random), members) + space(random) + "}";
    }

    /** A member; now and then one character of its name escaped, which names the same member. */
    private static String member(String name, String value, Random random) {
        String written = name;
        if (random.nextInt(8) == 0) {
            int at = random.nextInt(name.length());
            written = name.substring(0, at) + escape(name.charAt(at), random) + name.substring(at + 1);
        }
        return "\"" + written + "\"" + space(random) + ":" + space(random) + value;
    }

    private static String value(String field, Random random) {
        return switch (field) {
            case "country_id" -> switch (random.nextInt(5)) {
                case 0 -> "false";
                case 1 -> "[]";
                case 2 -> "[" + random.nextInt(300) + "," + space(random) + string(random) + "]";
                case 3 -> "[" + any(random, 2) + "," + any(random, 2) + "," + any(random, 1) + "]";
                default -> String.valueOf(random.nextInt(300));
            };
            case "category_id", "child_ids" -> switch (random.nextInt(4)) {
                case 0 -> "false";
                case 1 -> "[]";
                case 2 -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = random.nextInt(5); i >= 0; i--) {
                        ids.add(random.nextBoolean() ? String.valueOf(random.nextInt(1000))
                                : "{\"id\":" + any(random, 1) + (random.nextBoolean() ? ",\"display_name\":" + string(random) : "")
                                        + (random.nextInt(5) == 0 ? ",\"id\":" + number(random) : "") + "}");
                    }
                    yield "[" + String.join("," + space(random), ids) + "]";
                }
                default -> "[{\"name\":" + string(random) + "}," + any(random, 2) + "]";
            };
            case "write_date" -> switch (random.nextInt(4)) {
                case 0 -> "false";
                case 1 -> "\"2026-11-27 01:47:" + (10 + random.nextInt(50)) + "\"";
                default -> string(random);
            };
            default -> any(random, 3);
        };
    }

    private static String any(Random random, int depth) {
        int kind = random.nextInt(depth > 0 ? 8 : 6);
        return switch (kind) {
            case 0 -> string(random);
            case 1 -> number(random);
            case 2 -> random.nextBoolean() ? "true" : "false";
            case 3 -> "null";
            case 4, 5 -> random.nextBoolean() ? string(random) : number(random);
            case 6 -> {
                List<String> elements = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    elements.add(any(random, depth - 1));
                }
                yield "[" + space(random) + String.join("," + space(random), elements) + "]";
            }
            default -> {
                List<String> members = new ArrayList<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    // distinct names: a tree keeps only one of a name given twice
                    members.add("\"k" + i + string(random).substring(1) + space(random) + ":" + any(random, depth - 1));
                }
                yield "{" + String.join(",", members) + "}";
            }
        };
    }

    static String number(Random random) {
        String sign = random.nextInt(4) == 0 ? "-" : "";
        String integer = random.nextInt(5) == 0 ? "0" : String.valueOf(1 + random.nextInt(Integer.MAX_VALUE))
                + (random.nextInt(8) == 0 ? "123456789012345678901234" : "");
        String fraction = random.nextInt(3) == 0 ? "." + random.nextInt(1000) : "";
        String exponent = random.nextInt(4) == 0 ? (random.nextBoolean() ? "e" : "E") + (random.nextBoolean() ? "" : random.nextBoolean() ? "+" : "-")
                + (random.nextInt(6) == 0 ? "400" : String.valueOf(random.nextInt(30))) : "";
        return sign + integer + fraction + exponent;
    }

    /** A JSON string of random characters, each escaped or not as Python or another writer might. */
    static String string(Random random) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = random.nextInt(12); i > 0; i--) {
            int kind = random.nextInt(12);
            switch (kind) {
                case 0 -> out.append(escape((char) random.nextInt(0x20), random));
                case 1 -> out.append(random.nextBoolean() ? "\\\"" : "\\\\");
                case 2 -> out.append(random.nextBoolean() ? "\\/" : "/");
                case 3 -> {
                    int cp = 0x10000 + random.nextInt(0x100000);
                    if (random.nextBoolean()) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(escape(Character.highSurrogate(cp), random)).append(escape(Character.lowSurrogate(cp), random));
                    }
                }
                case 4 -> out.append(escape((char) (0xD800 + random.nextInt(0x800)), random));
                case 5 -> {
                    char c = (char) (0x80 + random.nextInt(0xD800 - 0x80));
                    out.append(random.nextBoolean() ? String.valueOf(c) : escape(c, random));
                }
                case 6 -> out.append(escape((char) (0x20 + random.nextInt(0x60)), random));
                case 7 -> out.append((char) 0x7f);
                default -> out.append((char) ('a' + random.nextInt(26)));
            }
        }
        return out.append('"').toString();
    }

    private static String escape(char c, Random random) {
        String shortForm = switch (c) {
            case '\b' -> "\\b";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\f' -> "\\f";
            case '\r' -> "\\r";
            default -> null;
        };
        if (shortForm != null && random.nextBoolean()) {
            return shortForm;
        }
        String hex = String.format("%04x", (int) c);
        return "\\u" + (random.nextBoolean() ? hex : hex.toUpperCase());
    }

    private static String space(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> " ";
            case 1 -> "\n  ";
            case 2 -> "\t";
            default -> "";
        };
    }
}
