package org.demarche.intake.hudoc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One answer of HUDOC's or HUDOC-EXEC's query API ({@code /app/query/results}):
 * {@code {"resultcount": N, "results": [{"columns": {...}}]}}, a page of at most the
 * {@code length} asked for out of {@code resultcount} hits.
 *
 * @param resultCount the hits of the whole query, as HUDOC counts them; the records' number when it does not say
 */
public record HudocResult(int resultCount, List<JsonNode> records) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** @throws UnreadableSourceException when the body is not such an answer */
    public static HudocResult read(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new UnreadableSourceException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("results") || !root.get("results").isArray()) {
            throw new UnreadableSourceException("the body is not a HUDOC result: it needs {\"results\": [{\"columns\": {...}}]}");
        }
        List<JsonNode> records = new ArrayList<>();
        root.get("results").forEach(records::add);
        JsonNode count = root.get("resultcount");
        return new HudocResult(count != null && count.canConvertToInt() ? count.asInt() : records.size(),
                List.copyOf(records));
    }

    /**
     * The latest date among the records of a judgments ({@code hudoc}) or committee
     * ({@code hudoc-exec}) answer, read as the importer reads it; records without a readable date
     * do not count.
     */
    public Optional<LocalDate> latestDate(String kind) {
        Function<Columns, LocalDate> dateOf = HudocImporter.JUDGMENTS.equals(kind) ? JudgmentRecords::date
                : ExecutionRecords::date;
        LocalDate latest = null;
        for (JsonNode record : records) {
            JsonNode columns = record.get("columns");
            if (columns == null || !columns.isObject()) {
                continue;
            }
            try {
                LocalDate date = dateOf.apply(new Columns(columns));
                latest = latest == null || date.isAfter(latest) ? date : latest;
            } catch (BadRecordException e) {
                // a record the importer rejects says nothing of where the pages stand
            }
        }
        return Optional.ofNullable(latest);
    }
}
