package org.demarche.intake.legal;

import java.time.LocalDate;
import java.util.List;

/** A resolution that passed every check and is ready to be stored. */
record NewResolution(String body, String reference, LocalDate adoptedOn, String respondent, String caseName,
                     String applicationNo, String kind, String summary, String url, List<String> relatedApplicationNos,
                     List<String> otherRespondents) {

    /** At most one application, one respondent. */
    NewResolution(String body, String reference, LocalDate adoptedOn, String respondent, String caseName,
                  String applicationNo, String kind, String summary, String url) {
        this(body, reference, adoptedOn, respondent, caseName, applicationNo, kind, summary, url, List.of(), List.of());
    }
}
