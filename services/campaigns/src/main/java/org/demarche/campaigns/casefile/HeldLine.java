package org.demarche.campaigns.casefile;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.demarche.campaigns.console.ConsoleTimes;

/**
 * One held record as the console lists it, its dates written in the page's language.
 *
 * @param date      of the judgment or resolution, e.g. "4 May 2023"
 * @param heldSince when it was held, in UTC, e.g. "Thu 4 May 2023, 09:12 UTC"
 * @param anchor    the prefix of its form's element ids: "held-" and the record's id
 */
record HeldLine(HeldItem item, String date, String heldSince, String anchor) {

    static HeldLine of(HeldItem item, Locale locale) {
        return new HeldLine(item,
                DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(item.record().date()),
                ConsoleTimes.text(item.heldAt(), ConsoleTimes.zone("UTC"), locale),
                "held-" + item.id() + "-");
    }

    public boolean ruling() {
        return "ruling".equals(item.record().type());
    }
}
