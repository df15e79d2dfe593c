package org.demarche.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An immutable fact that one service publishes and others react to. Every
 * implementation is registered in {@link EventCatalog} with its type name,
 * topic, schema version and JSON Schema.
 */
public interface DemarcheEvent {

    /**
     * The Kafka record key: the id of the entity whose events must stay in
     * order (meeting, case or campaign). Derived, so never part of the JSON.
     */
    @JsonIgnore
    String partitionKey();
}
