package org.demarche.intake.legal;

import java.time.LocalDate;
import java.util.List;

/** A ruling that passed every check and is ready to be stored. */
record NewRuling(String court, String caseName, String applicationNo, String respondent, LocalDate judgmentDate,
                 List<String> articlesViolated, String summary, String url) {
}
