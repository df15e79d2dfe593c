package org.demarche.campaigns.registry;

import java.util.Map;

import org.demarche.campaigns.registry.RegistryRequests.TargetRequest;

/**
 * The target form as submitted: the API's fields, with the address typed one line per line. The
 * salutations in other languages are not on the form; an edit keeps those registered.
 */
record TargetForm(String id, String name, String title, String country, String language, String salutation,
                  String addressLines, String email, String letterLanguage)
        implements EntryForm {

    static final TargetForm EMPTY = new TargetForm("", "", "", "", "", "", "", "", "");

    static TargetForm of(Target target) {
        return new TargetForm(target.id(), target.name(), target.title(), target.country(), target.language(),
                target.salutation(), String.join("\n", target.addressLines()), target.email(),
                target.letterLanguage() == null ? "" : target.letterLanguage());
    }

    TargetForm withId(String newId) {
        return new TargetForm(newId, name, title, country, language, salutation, addressLines, email, letterLanguage);
    }

    /** @param salutations the target's salutations in other languages, kept as registered */
    TargetRequest request(Map<String, String> salutations) {
        var lines = addressLines == null ? java.util.List.<String>of()
                : addressLines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new TargetRequest(name, title, country, language, salutation, lines, email, letterLanguage, salutations);
    }
}
