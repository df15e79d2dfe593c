package org.demarche.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;

/** Reads the schema files as plain JSON, for tests that check the schemas themselves. */
final class SchemaFiles {

    private SchemaFiles() {
    }

    static JsonNode schemaOf(Class<?> eventClass) {
        String resource = EventCatalog.schemaResource(eventClass, EventCatalog.versionOf(eventClass));
        try (InputStream in = SchemaFiles.class.getResourceAsStream(resource)) {
            return new EventCodec().mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> requiredOf(Class<?> eventClass) {
        List<String> required = new ArrayList<>();
        schemaOf(eventClass).get("required").forEach(name -> required.add(name.asString()));
        return required;
    }

    static List<String> requiredStringsOf(Class<?> eventClass) {
        JsonNode properties = schemaOf(eventClass).get("properties");
        return requiredOf(eventClass).stream()
                .filter(name -> "string".equals(properties.get(name).path("type").asString()))
                .toList();
    }

    /** File names in the schema folder (on the test classpath it is a directory). */
    static List<String> fileNames() {
        try (Stream<Path> files = Files.list(Path.of(SchemaFiles.class.getResource(EventCatalog.SCHEMA_FOLDER).toURI()))) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
