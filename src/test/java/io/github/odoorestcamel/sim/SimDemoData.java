package io.github.odoorestcamel.sim;

import static io.github.odoorestcamel.sim.SimField.inverse;
import static io.github.odoorestcamel.sim.SimField.many2many;
import static io.github.odoorestcamel.sim.SimField.many2one;
import static io.github.odoorestcamel.sim.SimField.of;
import static io.github.odoorestcamel.sim.SimField.required;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A small copy of Odoo 17's demo data, with the ids the transcripts show. */
final class SimDemoData {

    /** A 1×1 PNG, base64, as Odoo stores images. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

    private SimDemoData() {
    }

    static void load(SimDatabase db) {
        SimModel countries = db.define("res.country", "name", false, required("name", "char"), of("code", "char"));
        SimModel companies = db.define("res.company", "name", false, required("name", "char"),
                many2one("partner_id", "res.partner"));
        SimModel categories = db.define("res.partner.category", "name", false, required("name", "char"),
                of("color", "integer"), many2one("parent_id", "res.partner.category"),
                inverse("child_ids", "one2many", "res.partner.category", "parent_id"), of("active", "boolean"),
                inverse("partner_ids", "many2many", "res.partner", "category_id"));
        SimModel partners = db.define("res.partner", "display_name, id desc", false, of("name", "char"), of("email", "char"),
                of("phone", "char"), of("is_company", "boolean"), of("active", "boolean"),
                many2one("country_id", "res.country"), many2many("category_id", "res.partner.category"),
                many2one("parent_id", "res.partner"), inverse("child_ids", "one2many", "res.partner", "parent_id"),
                many2one("user_id", "res.users"), many2one("company_id", "res.company"), of("date", "date"),
                of("ref", "char"), of("comment", "html"), of("image_128", "binary"), of("partner_latitude", "float"),
                SimField.selection("type", "contact", "Contact", "invoice", "Invoice Address", "delivery", "Delivery Address",
                        "other", "Other Address"), inverse("user_ids", "one2many", "res.users", "partner_id"));
        SimModel users = db.define("res.users", "name, login", false, of("name", "char"), required("login", "char"),
                many2one("partner_id", "res.partner"), many2one("company_id", "res.company"), of("active", "boolean"),
                of("signature", "html"), of("login_date", "datetime"), of("share", "boolean"),
                SimField.of("totp_secret", "char").restrictedToAdmin(), SimField.of("api_key_count", "integer").restrictedToAdmin(),
                SimField.of("password_write_date", "datetime").restrictedToAdmin());
        db.define("ir.config_parameter", "key", true, required("key", "char"), required("value", "text"));
        db.model("ir.config_parameter").insert(row(1, "key", "web.base.url", "value", "http://localhost:8069"));

        countries.insert(row(21, "name", "Belgium", "code", "BE"));
        countries.insert(row(75, "name", "France", "code", "FR"));
        countries.insert(row(233, "name", "United States", "code", "US"));
        companies.insert(row(1, "name", "YourCompany", "partner_id", 1));

        categories.insert(row(1, "name", "Vendor", "color", 2));
        categories.insert(row(2, "name", "Prospects", "color", 3));
        categories.insert(row(3, "name", "Employees", "color", 4));
        categories.insert(row(4, "name", "Consulting Services", "color", 5));
        categories.insert(row(5, "name", "Services", "color", 6));
        categories.insert(row(6, "name", "Office Supplies", "color", 7, "parent_id", 1));
        categories.insert(row(7, "name", "Desk Manufacturers", "color", 8, "parent_id", 1));

        company(partners, 1, "YourCompany", 233, List.of());
        company(partners, 9, "Wood Corner", 233, List.of(7, 6));
        company(partners, 10, "Deco Addict", 233, List.of(7));
        company(partners, 11, "Gemini Furniture", 233, List.of(4, 7));
        company(partners, 12, "Ready Mat", 233, List.of());
        company(partners, 13, "The Jackson Group", 233, List.of());
        company(partners, 14, "Azure Interior", 233, List.of(5));
        company(partners, 15, "Lumber Inc", 233, List.of());
        person(partners, 3, "Mitchell Admin", 1);
        person(partners, 7, "Marc Demo", 1);
        person(partners, 8, "Joel Willis", null);
        person(partners, 16, "Willie Burke", 9);
        person(partners, 17, "Ron Gibson", 9);
        person(partners, 32, "Tom Ruiz", 9);
        person(partners, 18, "Douglas Fletcher", 10);
        person(partners, 19, "Floyd Steward", 10);
        person(partners, 35, "Addison Olson", 10);
        person(partners, 26, "Brandon Freeman", 14);
        person(partners, 27, "Nicole Ford", 14);
        person(partners, 33, "Colleen Diaz", 14);
        person(partners, 20, "Edwin Hansen", 12);
        person(partners, 21, "Jesse Brown", 12);
        person(partners, 22, "Soham Palmer", 13);
        person(partners, 23, "Oscar Morgan", 13);
        person(partners, 24, "Kim Snyder", 15);
        person(partners, 25, "Julie Richards", 15);
        Map<String, Object> archived = row(41, "name", "Archived Contact", "country_id", 21);
        archived.put("active", Boolean.FALSE);
        partners.insert(archived);
        partners.records.get(10).put("image_128", PNG);
        partners.records.get(10).put("email", "deco_addict@yourcompany.example.com");
        partners.records.get(10).put("date", "2026-01-15");

        users.insert(user(1, "OdooBot", "__system__", 2, false));
        users.insert(user(2, "Mitchell Admin", "admin", 3, true));
        users.insert(user(6, "Marc Demo", "demo", 7, true));
        users.insert(user(7, "Joel Willis", "portal", 8, true));
        partners.records.get(3).put("user_id", 2);
    }

    private static void company(SimModel partners, int id, String name, int country, List<Integer> categories) {
        Map<String, Object> values = row(id, "name", name, "is_company", true, "country_id", country);
        values.put("category_id", new java.util.ArrayList<>(categories));
        values.put("email", name.toLowerCase().replace(' ', '.') + "@example.com");
        values.put("type", "contact");
        values.put("partner_latitude", 0.0);
        values.put("company_id", null);
        partners.insert(values);
    }

    private static void person(SimModel partners, int id, String name, Integer parent) {
        Map<String, Object> values = row(id, "name", name, "is_company", false, "country_id", 233);
        values.put("parent_id", parent);
        values.put("email", name.toLowerCase().replace(' ', '.') + "@example.com");
        values.put("type", "contact");
        values.put("partner_latitude", 0.0);
        partners.insert(values);
    }

    private static Map<String, Object> user(int id, String name, String login, int partner, boolean active) {
        Map<String, Object> values = row(id, "name", name, "login", login, "partner_id", partner);
        values.put("company_id", 1);
        values.put("active", active);
        values.put("share", "portal".equals(login));
        values.put("login_date", "2026-11-27 01:50:07");
        return values;
    }

    static Map<String, Object> row(int id, Object... pairs) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", id);
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((String) pairs[i], pairs[i + 1]);
        }
        return values;
    }
}
