package org.demarche.campaigns.registry;

import java.util.List;

/** A head of state or government who receives letters. */
public record Target(String id, String name, String title, String country, String language, String salutation,
                     List<String> addressLines, String email) {
}
