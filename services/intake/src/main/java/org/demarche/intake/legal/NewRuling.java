package org.demarche.intake.legal;

import java.time.LocalDate;
import java.util.List;

/** A ruling that passed every check and is ready to be stored. */
record NewRuling(String court, String caseName, String applicationNo, String respondent, LocalDate judgmentDate,
                 List<String> articlesViolated, String summary, String url, List<String> relatedApplicationNos,
                 List<String> otherRespondents, String kind) {

    /** One application, one respondent, a judgment on the merits. */
    NewRuling(String court, String caseName, String applicationNo, String respondent, LocalDate judgmentDate,
              List<String> articlesViolated, String summary, String url) {
        this(court, caseName, applicationNo, respondent, judgmentDate, articlesViolated, summary, url, List.of(),
                List.of(), "judgment");
    }
}
