package org.demarche.intake.hudocwatch;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.demarche.intake.hudoc.HudocImporter;

/**
 * HUDOC and HUDOC-EXEC, and how each is asked for a state's documents from a date on: the URL
 * HUDOC's own site sends, {@code /app/query/results?query=...&select=...&sort=...&start=...&length=...},
 * with the query in HUDOC's syntax, sorted by date so that where a poll stopped is a date.
 */
enum WatchedSource {

    /** The Court's judgments, English and French, about the state (as respondent, alone or with others). */
    JUDGMENTS(HudocImporter.JUDGMENTS, "kpdate",
            "contentsitename:ECHR AND (NOT (doctype=PR OR doctype=HFCOMOLD OR doctype=HECOMOLD)) AND (%s)"
                    + " AND ((documentcollectionid2:\"JUDGMENTS\"))"
                    + " AND ((languageisocode:\"ENG\") OR (languageisocode:\"FRE\"))",
            "respondent",
            "itemid,docname,doctype,appno,conclusion,importance,article,respondent,kpdate,judgementdate,"
                    + "languageisocode,documentcollectionid2,typedescription,ecli"),

    /** The Committee of Ministers' decisions and resolutions about the state. */
    EXECUTION(HudocImporter.EXECUTION, "execpublisheddate",
            "contentsitename:EXEC AND (%s)"
                    + " AND ((execdocumenttypecollection:\"CMDEC\") OR (execdocumenttypecollection:\"res\"))"
                    + " AND ((execlanguage:\"ENG\") OR (execlanguage:\"FRE\"))",
            "execstate",
            "execidentifier,exectitle,execdocumenttype,execdocumenttypecollection,execstate,execappno,"
                    + "execpublisheddate,execlanguage,execdocumentreference,execdocnamefromechr");

    private final String kind;
    private final String dateField;
    private final String query;
    private final String stateField;
    private final String select;

    WatchedSource(String kind, String dateField, String query, String stateField, String select) {
        this.kind = kind;
        this.dateField = dateField;
        this.query = query;
        this.stateField = stateField;
        this.select = select;
    }

    /** The importer's name for it, also the cursor's: {@code hudoc} or {@code hudoc-exec}. */
    String kind() {
        return kind;
    }

    /**
     * The page of the state's documents dated on or after {@code from}, from the {@code start}th.
     *
     * @param codes the state's codes as HUDOC writes them, today's first ("SRB", "SCG")
     */
    URI page(URI base, List<String> codes, LocalDate from, int start, int length) {
        String states = codes.stream().map(code -> "(" + stateField + ":\"" + code + "\")")
                .collect(Collectors.joining(" OR "));
        String dated = String.format(query, states) + " AND (" + dateField + ">=\"" + from + "T00:00:00.0Z\")";
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        return URI.create(root + "/app/query/results?query=" + encode(dated) + "&select=" + encode(select)
                + "&sort=" + encode(dateField + " Ascending") + "&start=" + start + "&length=" + length);
    }

    /** As a browser encodes a query string: spaces as %20, which HUDOC expects, not "+". */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
