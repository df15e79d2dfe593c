package org.demarche.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;

class EventCatalogTest {

    static Stream<Class<? extends DemarcheEvent>> events() {
        return EventCatalog.all().stream();
    }

    @Test
    void placesEveryEventOnItsTopicAsTheArchitectureTableSays() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put(Topics.MEETINGS, List.of("MeetingScheduled", "MeetingRescheduled", "MeetingCancelled"));
        expected.put(Topics.RULINGS, List.of("RulingPublished"));
        expected.put(Topics.RESOLUTIONS, List.of("ResolutionAdopted"));
        expected.put(Topics.CAMPAIGNS, List.of("CampaignOpened", "DraftRevised", "DeadlineScheduled",
                "DeadlineReached", "LetterPublished", "CampaignPaused", "CampaignResumed", "CampaignClosed",
                "CampaignActionTaken"));
        expected.put(Topics.OUTREACH, List.of("SignOnRequested", "ReminderRequested", "FinalLetterDistribution",
                "PartnerLinkRevoked"));
        expected.put(Topics.RESPONSES, List.of("EmailSent", "EmailFailed", "EmailBounced", "PartnerSigned",
                "PartnerDeclined"));
        expected.put(Topics.ACCOUNTS, List.of("AccountSaved", "AccountRemoved"));
        expected.put(Topics.REGISTRY, List.of("CaseRegistered"));

        Map<String, List<String>> actual = new LinkedHashMap<>();
        EventCatalog.all().forEach(eventClass -> actual
                .computeIfAbsent(EventCatalog.topicOf(eventClass), topic -> new ArrayList<>())
                .add(eventClass.getSimpleName()));

        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void hasASchemaFileForEveryEventAndAnEventForEverySchemaFile() {
        List<String> expected = EventCatalog.all().stream()
                .map(eventClass -> eventClass.getSimpleName() + ".v" + EventCatalog.versionOf(eventClass) + ".schema.json")
                .sorted()
                .toList();

        assertThat(SchemaFiles.fileNames()).isEqualTo(expected);
    }

    @Test
    void resolvesEveryTypeNameBackToItsClass() {
        for (Class<? extends DemarcheEvent> eventClass : EventCatalog.all()) {
            String type = EventCatalog.typeOf(eventClass);

            assertThat(type).isEqualTo("org.demarche." + eventClass.getSimpleName());
            assertThat(EventCatalog.classOf(type)).contains(eventClass);
        }
        assertThat(EventCatalog.all()).hasSize(26);
    }

    @Test
    void knowsNothingOfUnregisteredTypesOrClasses() {
        assertThat(EventCatalog.classOf("org.demarche.Nope")).isEmpty();
        assertThatThrownBy(() -> EventCatalog.topicOf(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String is not an event registered in EventCatalog");
        assertThatThrownBy(() -> EventCatalog.all().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaIsSelfDescribingForPeopleWritingAConsoleProducer(Class<? extends DemarcheEvent> eventClass) {
        JsonNode schema = SchemaFiles.schemaOf(eventClass);
        String name = eventClass.getSimpleName();

        assertThat(schema.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asString()).isEqualTo("https://demarche.org/schemas/" + name + ".v1.schema.json");
        assertThat(schema.get("title").asString()).startsWith(name);
        assertThat(schema.get("description").asString()).contains(EventCatalog.topicOf(eventClass));
        assertThat(schema.get("type").asString()).isEqualTo("object");
        assertThat(schema.get("additionalProperties").asBoolean()).isTrue();
        schema.get("properties").properties().forEach(property ->
                assertThat(property.getValue().path("description").asString())
                        .as("description of %s.%s", name, property.getKey()).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaDescribesExactlyTheFieldsOfTheRecord(Class<? extends DemarcheEvent> eventClass) {
        JsonNode schema = SchemaFiles.schemaOf(eventClass);
        Set<String> components = Arrays.stream(eventClass.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());

        assertThat(schema.get("properties").propertyNames()).containsExactlyInAnyOrderElementsOf(components);
        assertThat(SchemaFiles.requiredOf(eventClass)).isSubsetOf(components);
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaRequiresEveryPrimitiveField(Class<? extends DemarcheEvent> eventClass) {
        // An absent int or boolean would silently read as 0 or false.
        List<String> primitives = Arrays.stream(eventClass.getRecordComponents())
                .filter(component -> component.getType().isPrimitive())
                .map(RecordComponent::getName)
                .toList();

        assertThat(SchemaFiles.requiredOf(eventClass)).containsAll(primitives);
    }

    @ParameterizedTest
    @MethodSource("events")
    void schemaExamplesAreValidEvents(Class<? extends DemarcheEvent> eventClass) {
        EventCodec codec = new EventCodec();
        JsonNode examples = SchemaFiles.schemaOf(eventClass).get("examples");
        assertThat(examples).isNotEmpty();

        for (JsonNode example : examples) {
            DemarcheEvent event = codec.fromJson(EventCatalog.typeOf(eventClass), 1,
                    codec.mapper().writeValueAsBytes(example));

            assertThat(event).isInstanceOf(eventClass);
            assertThat(codec.mapper().readTree(codec.toJson(event))).isEqualTo(example);
        }
    }
}
