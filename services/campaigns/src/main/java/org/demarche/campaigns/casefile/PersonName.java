package org.demarche.campaigns.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A registered person's name as partners write it, split into the surname the Court would put in a case
 * name and the other names (given names, patronymics).
 *
 * <p>The surname is the last word, as in "Gülnarə Məmmədova" or "Osman Kavala", except: a word written
 * all in capitals among others that are not ("MAMMADOV Ilgar") is the surname; a Russian or Ukrainian
 * patronymic last ("Навальный Алексей Анатольевич") puts the surname first; an Azerbaijani patronymic
 * ("Gülnarə Əli qızı Məmmədova") is the father's name with oğlu/qızı, and neither is the surname.
 *
 * @param otherNames names that a case name may give before the surname
 */
record PersonName(NameWord surname, List<NameWord> otherNames) {

    /** Azerbaijani "son of" and "daughter of", which follow the father's name. */
    private static final Set<String> PATRONYMIC_MARKERS = Set.of("oglu", "ogly", "oghlu", "qizi", "gizi", "kyzy",
            "ghizi");
    private static final List<String> PATRONYMIC_ENDINGS = List.of("vich", "vych", "vna", "ichna", "ychna");

    PersonName {
        otherNames = List.copyOf(otherNames);
    }

    /** @return empty when the name has no word the Court could use as a surname (nothing, or an initial) */
    static Optional<PersonName> of(String person) {
        List<String> written = Romanisation.words(person == null ? "" : person);
        List<NameWord> words = new ArrayList<>();
        for (int i = 0; i < written.size(); i++) {
            NameWord word = NameWord.of(written.get(i));
            if (isPatronymicMarker(word) && !words.isEmpty()) {
                words.remove(words.size() - 1); // the father's name before oğlu / qızı
            } else {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<NameWord> others = new ArrayList<>(words);
        NameWord surname = others.remove(surnameIndex(words));
        return surname.isInitial() ? Optional.empty() : Optional.of(new PersonName(surname, others));
    }

    private static int surnameIndex(List<NameWord> words) {
        int last = words.size() - 1;
        List<Integer> capitalised = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (allCapitals(words.get(i).written())) {
                capitalised.add(i);
            }
        }
        if (capitalised.size() == 1 && words.size() > 1) {
            return capitalised.get(0);
        }
        if (words.size() >= 3 && isPatronymic(words.get(last)) && !isPatronymic(words.get(last - 1))) {
            return 0;
        }
        return last;
    }

    private static boolean allCapitals(String word) {
        return word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT)) && !word.equals(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isPatronymicMarker(NameWord word) {
        return word.spellings().stream().anyMatch(PATRONYMIC_MARKERS::contains);
    }

    private static boolean isPatronymic(NameWord word) {
        return word.spellings().stream().anyMatch(s -> PATRONYMIC_ENDINGS.stream().anyMatch(s::endsWith));
    }
}
