package org.demarche.k8s;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBuilder;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a rendered object is checked against, by its apiVersion and kind:
 * <ul>
 * <li>Kubernetes' own kinds and the Prometheus Operator's: the JSON schemas fabric8 generated from
 * their Go types (the {@code schema/validation-schema.json} of each fabric8 model jar, unpacked by
 * the build), made strict: an object accepts only the fields its type has (as {@code kubeconform
 * -strict}), and the two types that marshal themselves get their wire form (IntOrString: a number
 * or a string; Quantity: a string or a number);</li>
 * <li>Strimzi's kinds: read into Strimzi's own API classes ({@code io.strimzi:api}, from which
 * Strimzi generates its CRDs), failing on any field the classes do not have;</li>
 * <li>CloudNativePG's: no schema of it is published where this build can fetch from; only the
 * checks of {@code ManifestsTest} apply.</li>
 * </ul>
 */
final class ManifestSchemas {

    /** How an object was checked, or why it could not be. */
    enum Against { KUBERNETES_SCHEMA, PROMETHEUS_OPERATOR_SCHEMA, STRIMZI_API, NOTHING }

    record Verdict(Against against, List<String> problems) {
    }

    private static final Map<String, Class<?>> STRIMZI = Map.of(
            "Kafka", Kafka.class, "KafkaNodePool", KafkaNodePool.class, "KafkaTopic", KafkaTopic.class);

    private final ObjectMapper json = new ObjectMapper();
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);
    /** "apiVersion kind" → the module document and the name of the definition of that type. */
    private final Map<String, Definition> definitions = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new LinkedHashMap<>();
    private final com.fasterxml.jackson.databind.ObjectMapper strimzi = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().setDeserializerModifier(new BeanDeserializerModifier() {
                @Override
                public BeanDeserializerBuilder updateBuilder(DeserializationConfig config, BeanDescription bean,
                                                             BeanDeserializerBuilder builder) {
                    // Strimzi's classes keep unknown fields in a map; here an unknown field is an error
                    builder.setAnySetter(null);
                    return builder;
                }
            }))
            .build();

    ManifestSchemas(Path schemaDirectory) throws IOException {
        try (var modules = Files.list(schemaDirectory)) {
            for (Path module : modules.sorted().toList()) {
                ObjectNode document = (ObjectNode) json.readTree(module.resolve("schema/validation-schema.json").toFile());
                strict(document);
                document.remove("id");
                document.put("$module", module.getFileName().toString());
                for (var definition : document.path("definitions").properties()) {
                    JsonNode fields = definition.getValue().path("properties");
                    String type = fields.path("apiVersion").path("default").asString("") + " "
                            + fields.path("kind").path("default").asString("");
                    if (!type.isBlank()) {
                        definitions.putIfAbsent(type, new Definition(document, definition.getKey()));
                    }
                }
            }
        }
    }

    Verdict check(Map<String, Object> object) {
        String apiVersion = String.valueOf(object.get("apiVersion"));
        String kind = String.valueOf(object.get("kind"));
        if (STRIMZI.containsKey(kind) && apiVersion.startsWith("kafka.strimzi.io/")) {
            return new Verdict(Against.STRIMZI_API, strimziProblems(object, STRIMZI.get(kind)));
        }
        if (apiVersion.startsWith("postgresql.cnpg.io/")) {
            return new Verdict(Against.NOTHING, List.of());
        }
        Definition definition = definitions.get(apiVersion + " " + kind);
        if (definition == null) {
            return new Verdict(Against.NOTHING, List.of("no schema knows " + apiVersion + " " + kind));
        }
        Against against = definition.module().startsWith("openshift-model-monitoring")
                ? Against.PROMETHEUS_OPERATOR_SCHEMA : Against.KUBERNETES_SCHEMA;
        List<String> problems = schemas.computeIfAbsent(definition.name(), name -> definition.schema(registry))
                .validate(json.valueToTree(object)).stream()
                .map(error -> error.getInstanceLocation() + ": " + error.getMessage()).toList();
        return new Verdict(against, problems);
    }

    /** One type's definition in a fabric8 schema document; its schema refers to the document's others. */
    private record Definition(ObjectNode document, String name) {

        String module() {
            return document.path("$module").asString();
        }

        Schema schema(SchemaRegistry registry) {
            ObjectNode root = JsonNodeFactory.instance.objectNode();
            root.set("definitions", document.get("definitions"));
            root.put("$ref", "#/definitions/" + name);
            return registry.getSchema(SchemaLocation.of("urn:demarche:k8s:" + module() + ":" + name), root);
        }
    }

    private List<String> strimziProblems(Map<String, Object> object, Class<?> type) {
        try {
            strimzi.convertValue(object, type);
            return List.of();
        } catch (IllegalArgumentException e) {
            return List.of(e.getMessage());
        }
    }

    /**
     * Every object type accepts only its own fields; a property's {@code required: true} (draft 3)
     * becomes its parent's {@code required} list; IntOrString and Quantity get their wire types.
     */
    private static void strict(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode properties = object.get("properties");
            if (properties instanceof ObjectNode fields && !(object.get("additionalProperties") instanceof ObjectNode)) {
                object.put("additionalProperties", false);
                ArrayNode required = JsonNodeFactory.instance.arrayNode();
                fields.properties().forEach(field -> {
                    if (field.getValue() instanceof ObjectNode schema && schema.path("required").isBoolean()) {
                        if (schema.get("required").asBoolean()) {
                            required.add(field.getKey());
                        }
                        schema.remove("required");
                    }
                });
                if (!required.isEmpty()) {
                    object.set("required", required);
                }
            }
            JsonNode definitions = object.get("definitions");
            if (definitions instanceof ObjectNode types) {
                for (Iterator<String> names = types.propertyNames().iterator(); names.hasNext(); ) {
                    String name = names.next();
                    if (name.endsWith("_IntOrString")) {
                        types.set(name, wire("integer", "string"));
                    } else if (name.endsWith("_Quantity")) {
                        types.set(name, wire("string", "number"));
                    }
                }
            }
            object.forEach(ManifestSchemas::strict);
        } else if (node instanceof ArrayNode array) {
            array.forEach(ManifestSchemas::strict);
        }
    }

    private static ObjectNode wire(String... types) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        ArrayNode type = schema.putArray("type");
        for (String t : types) {
            type.add(t);
        }
        return schema;
    }
}
