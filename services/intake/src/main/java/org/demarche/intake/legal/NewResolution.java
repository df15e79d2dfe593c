package org.demarche.intake.legal;

import java.time.LocalDate;

/** A resolution that passed every check and is ready to be stored. */
record NewResolution(String body, String reference, LocalDate adoptedOn, String respondent, String caseName,
                     String applicationNo, String kind, String summary, String url) {
}
