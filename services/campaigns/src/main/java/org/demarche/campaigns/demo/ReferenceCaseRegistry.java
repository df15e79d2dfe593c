package org.demarche.campaigns.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.demarche.campaigns.registry.Exchange;
import org.demarche.campaigns.registry.Partner;
import org.demarche.campaigns.registry.RegisteredCase;
import org.demarche.campaigns.registry.Registry;
import org.demarche.campaigns.registry.Situation;
import org.demarche.campaigns.registry.Target;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Puts the reference case's targets, partners, cases, earlier exchanges and situation into the
 * registry before the service starts listening, so the demo meeting finds them. Upserts: a restart
 * changes nothing, and a coordinator's later edits to other entries stay.
 *
 * <p>The reference letter to President Macron is in English although his language is French: the
 * demo registry says so ({@code letterLanguage}), and carries French versions of the facts in
 * words so that the same letter can be read in French.
 */
@Component
@ConditionalOnBooleanProperty("demarche.demo.enabled")
class ReferenceCaseRegistry implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCaseRegistry.class);
    static final String RESOURCE = "/demo/reference-case.json";

    private final Registry registry;

    ReferenceCaseRegistry(Registry registry) {
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        JsonNode referenceCase = read();
        JsonNode french = referenceCase.path("translations").path("fr");
        for (Map.Entry<String, JsonNode> entry : referenceCase.get("targets").properties()) {
            JsonNode t = entry.getValue();
            registry.put(new Target(entry.getKey(), t.get("name").asString(), t.get("title").asString(),
                    t.get("country").asString(), t.get("language").asString(), t.get("salutation").asString(),
                    strings(t.get("addressLines")), t.get("email").asString(), optional(t, "letterLanguage"),
                    optional(french.path("salutations"), entry.getKey()) == null ? Map.of()
                            : Map.of("fr", optional(french.path("salutations"), entry.getKey()))));
        }
        for (Map.Entry<String, JsonNode> entry : referenceCase.get("partners").properties()) {
            JsonNode p = entry.getValue();
            registry.put(new Partner(entry.getKey(), p.get("organisation").asString(), p.get("country").asString(),
                    p.get("city").asString(), p.get("contactName").asString(), p.get("contactTitle").asString(),
                    p.get("email").asString(), p.get("language").asString(), p.get("timeZone").asString(),
                    p.get("lead").asBoolean(), strings(p.get("concerns"))));
        }
        for (Map.Entry<String, JsonNode> entry : referenceCase.get("cases").properties()) {
            JsonNode c = entry.getValue();
            String frenchDescription = optional(french.path("cases"), entry.getKey());
            registry.put(new RegisteredCase(entry.getKey(), c.get("country").asString(), c.get("person").asString(),
                    c.get("description").asString(), c.get("status").asString(), List.of(),
                    frenchDescription == null ? Map.of() : Map.of("fr", frenchDescription)));
        }
        int n = 0;
        for (JsonNode e : referenceCase.get("earlierExchanges")) {
            JsonNode frenchSummary = french.path("earlierExchanges").path(n);
            registry.put(new Exchange("reference-exchange-" + (++n), e.get("target").asString(), e.get("date").asString(),
                    e.get("kind").asString(), e.get("summary").asString(), optional(e, "url"),
                    frenchSummary.isString() ? Map.of("fr", frenchSummary.asString()) : Map.of()));
        }
        JsonNode situation = referenceCase.get("situation");
        String country = situation.get("country").asString();
        registry.put(new Situation("reference-" + country.toLowerCase() + "-en", country, "en",
                situation.get("politicalPrisoners").asString(), strings(situation.get("groups"))));
        JsonNode frenchSituation = french.path("situation");
        if (frenchSituation.isObject()) {
            registry.put(new Situation("reference-" + country.toLowerCase() + "-fr", country, "fr",
                    frenchSituation.get("politicalPrisoners").asString(), strings(frenchSituation.get("groups"))));
        }
        log.info("Demo: the reference case is in the registry (targets, partners, cases, earlier exchanges, situation)");
    }

    private static String optional(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.asString() : null;
    }

    private static JsonNode read() {
        try (InputStream in = ReferenceCaseRegistry.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
