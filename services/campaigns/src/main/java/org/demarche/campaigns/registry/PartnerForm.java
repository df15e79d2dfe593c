package org.demarche.campaigns.registry;

import java.util.Arrays;
import java.util.List;

import org.demarche.campaigns.registry.RegistryRequests.PartnerRequest;

/**
 * The partner form as submitted: the API's fields, with the countries of concern typed as one
 * comma-separated line.
 */
record PartnerForm(String id, String organisation, String country, String city, String contactName,
                   String contactTitle, String email, String language, String timeZone, Boolean lead,
                   String concerns) implements EntryForm {

    static final PartnerForm EMPTY = new PartnerForm("", "", "", "", "", "", "", "en", "", false, "");

    static PartnerForm of(Partner partner) {
        return new PartnerForm(partner.id(), partner.organisation(), partner.country(), partner.city(),
                partner.contactName(), partner.contactTitle(), partner.email(), partner.language(), partner.timeZone(),
                partner.lead(), String.join(", ", partner.concerns()));
    }

    PartnerForm withId(String newId) {
        return new PartnerForm(newId, organisation, country, city, contactName, contactTitle, email, language, timeZone,
                lead, concerns);
    }

    PartnerRequest request() {
        List<String> countries = concerns == null || concerns.isBlank() ? List.of()
                : Arrays.stream(concerns.split(",")).map(String::strip).filter(code -> !code.isEmpty()).toList();
        return new PartnerRequest(organisation, country, city, contactName, contactTitle, email, language, timeZone, lead,
                countries);
    }
}
