package io.github.odoorestcamel.example;

import java.util.List;
import java.util.Map;
import org.apache.camel.builder.RouteBuilder;

/**
 * Every partner tag whose name starts with "Example", once it is created or changed in Odoo, gets
 * a company partner named after it, whose reference is the name of the service account's company.
 */
public class ExampleTags extends RouteBuilder {

    @Override
    public void configure() {
        from("odoo:res.partner.category?since=beginning&delay=1000&query={id,name}&domain=RAW([[\"name\",\"=like\",\"Example%\"]])")
                .process(exchange -> exchange.setProperty("tag", exchange.getMessage().getBody(Map.class).get("name")))
                .to("odoo:res.company?operation=searchRead&query={name}&limit=1")
                .process(exchange -> {
                    Map<?, ?> company = (Map<?, ?>) exchange.getMessage().getBody(List.class).get(0);
                    exchange.getMessage().setBody(Map.of("name", exchange.getProperty("tag") + " partner", "ref", company.get("name"),
                            "is_company", true));
                })
                .to("odoo:res.partner?operation=create")
                .log("Created partner ${body} for the tag ${exchangeProperty.tag}");
    }
}
