package org.demarche.intake.hudocwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class HudocWatchQueriesTest {

    private static final URI HUDOC = URI.create("https://hudoc.echr.coe.int");

    @Test
    void asksHudocAsItsOwnSiteDoes() {
        URI page = WatchedSource.JUDGMENTS.page(HUDOC, List.of("AZE"), LocalDate.of(2024, 1, 15), 500, 500);

        assertThat(page.getScheme() + "://" + page.getHost() + page.getPath())
                .isEqualTo("https://hudoc.echr.coe.int/app/query/results");
        assertThat(page.getRawQuery()).doesNotContain("+").contains("%20");
        Map<String, String> params = params(page);
        assertThat(params.keySet()).containsExactly("query", "select", "sort", "start", "length");
        assertThat(params.get("query")).isEqualTo("contentsitename:ECHR AND (NOT (doctype=PR OR doctype=HFCOMOLD OR "
                + "doctype=HECOMOLD)) AND ((respondent:\"AZE\")) AND ((documentcollectionid2:\"JUDGMENTS\")) AND "
                + "((languageisocode:\"ENG\") OR (languageisocode:\"FRE\")) AND (kpdate>=\"2024-01-15T00:00:00.0Z\")");
        assertThat(params.get("select")).contains("itemid", "appno", "respondent", "kpdate", "conclusion", "doctype");
        assertThat(params.get("sort")).isEqualTo("kpdate Ascending");
        assertThat(params.get("start")).isEqualTo("500");
        assertThat(params.get("length")).isEqualTo("500");
    }

    @Test
    void asksForAStateByItsLegacyCodesToo() {
        URI page = WatchedSource.JUDGMENTS.page(HUDOC, List.of("SRB", "SCG"), LocalDate.of(2024, 1, 15), 0, 100);

        assertThat(params(page).get("query")).contains("((respondent:\"SRB\") OR (respondent:\"SCG\"))");
    }

    @Test
    void asksHudocExecForTheCommitteesDecisionsAndResolutions() {
        URI page = WatchedSource.EXECUTION.page(URI.create("https://hudoc.exec.coe.int/"), List.of("TUR"),
                LocalDate.of(2023, 6, 1), 0, 250);

        assertThat(page.getPath()).isEqualTo("/app/query/results");
        Map<String, String> params = params(page);
        assertThat(params.get("query")).isEqualTo("contentsitename:EXEC AND ((execstate:\"TUR\")) AND "
                + "((execdocumenttypecollection:\"CMDEC\") OR (execdocumenttypecollection:\"res\")) AND "
                + "((execlanguage:\"ENG\") OR (execlanguage:\"FRE\")) AND (execpublisheddate>=\"2023-06-01T00:00:00.0Z\")");
        assertThat(params.get("sort")).isEqualTo("execpublisheddate Ascending");
        assertThat(params.get("select")).contains("execidentifier", "exectitle", "execstate", "execpublisheddate");
    }

    static Map<String, String> params(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            params.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return params;
    }
}
