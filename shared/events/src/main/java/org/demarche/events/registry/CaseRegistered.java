package org.demarche.events.registry;

import static java.util.Objects.requireNonNull;

import java.util.List;

import org.demarche.events.DemarcheEvent;

/**
 * A coordinator registered a case, or changed one (its status, its person, the application numbers
 * known for it, including those learnt from a ruling that names the person). Carries the whole case,
 * so the latest event per case id is what a consumer needs.
 *
 * @param caseId         the registry's id of the case; the Kafka key
 * @param country        ISO 3166-1 alpha-2 code of the state the case is about
 * @param status         {@code open} or {@code closed}
 * @param applicationNos court application numbers known for the case; may be empty
 */
public record CaseRegistered(String caseId, String country, String person, String status,
        List<String> applicationNos) implements DemarcheEvent {

    public CaseRegistered {
        requireNonNull(caseId, "caseId is required");
        requireNonNull(country, "country is required");
        requireNonNull(person, "person is required");
        requireNonNull(status, "status is required");
        applicationNos = applicationNos == null ? List.of() : List.copyOf(applicationNos);
    }

    public boolean open() {
        return "open".equals(status);
    }

    @Override
    public String partitionKey() {
        return caseId;
    }
}
