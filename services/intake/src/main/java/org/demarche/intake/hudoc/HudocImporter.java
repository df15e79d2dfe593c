package org.demarche.intake.hudoc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.demarche.intake.imports.ImportRuns;
import org.demarche.intake.legal.Recorded;
import org.demarche.intake.legal.ResolutionRegistrar;
import org.demarche.intake.legal.RulingRegistrar;
import org.demarche.platform.web.InvalidInputException;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports HUDOC results record by record, each through the registrar the API uses (so a record
 * is checked as a coordinator's entry would be, stored and announced in one transaction). A
 * record already imported, by its HUDOC identifier or by the judgment or reference it states, is
 * a duplicate and announces nothing.
 */
@Service
public class HudocImporter {

    static final String JUDGMENTS = "hudoc";
    static final String EXECUTION = "hudoc-exec";

    private final RulingRegistrar rulings;
    private final ResolutionRegistrar resolutions;
    private final LegalSourceRecords sources;
    private final ImportRuns runs;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    HudocImporter(RulingRegistrar rulings, ResolutionRegistrar resolutions, LegalSourceRecords sources, ImportRuns runs,
                  Clock clock) {
        this.rulings = rulings;
        this.resolutions = resolutions;
        this.sources = sources;
        this.runs = runs;
        this.clock = clock;
    }

    /** ECtHR judgments → RulingPublished. @throws UnreadableSourceException when the file is not a HUDOC result */
    public LegalImportSummary importJudgments(byte[] file, String source) {
        return importRecords(JUDGMENTS, file, source, HudocRecords::judgmentId,
                columns -> rulings.record(HudocRecords.ruling(columns)));
    }

    /** Committee of Ministers documents → ResolutionAdopted. @throws UnreadableSourceException as above */
    public LegalImportSummary importExecution(byte[] file, String source) {
        return importRecords(EXECUTION, file, source, HudocRecords::executionId,
                columns -> resolutions.record(HudocRecords.resolution(columns)));
    }

    /** Either kind, by the name feeds store. */
    public LegalImportSummary importKind(String kind, byte[] file, String source) {
        return JUDGMENTS.equals(kind) ? importJudgments(file, source) : importExecution(file, source);
    }

    private LegalImportSummary importRecords(String kind, byte[] file, String source, Function<JsonNode, String> idOf,
                                             Function<JsonNode, Recorded> record) {
        List<JsonNode> records = records(file);
        UUID run = runs.start(kind, source, records.size());
        try {
            int imported = 0;
            int duplicates = 0;
            List<LegalImportSummary.Rejected> rejected = new ArrayList<>();
            for (int index = 0; index < records.size(); index++) {
                JsonNode columns = records.get(index).get("columns");
                try {
                    if (columns == null || !columns.isObject()) {
                        throw new HudocRecords.BadRecordException("the record has no \"columns\" object");
                    }
                    String identifier = idOf.apply(columns);
                    if (sources.known(kind, identifier)) {
                        duplicates++;
                        continue;
                    }
                    Recorded recorded = record.apply(columns);
                    sources.remember(kind, identifier, recorded.id(), clock.instant());
                    if (recorded.isNew()) {
                        imported++;
                    } else {
                        duplicates++;
                    }
                } catch (HudocRecords.BadRecordException | InvalidInputException e) {
                    rejected.add(new LegalImportSummary.Rejected(index, e.getMessage()));
                }
                if ((index + 1) % 25 == 0) {
                    runs.progress(run, index + 1);
                }
            }
            LegalImportSummary summary = new LegalImportSummary(run, imported, duplicates, List.copyOf(rejected));
            runs.finish(run, summary);
            return summary;
        } catch (RuntimeException e) {
            runs.fail(run, e.getMessage());
            throw e;
        }
    }

    private List<JsonNode> records(byte[] file) {
        JsonNode root;
        try {
            root = json.readTree(file);
        } catch (JacksonException e) {
            throw new UnreadableSourceException("the body is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject() || !root.has("results") || !root.get("results").isArray()) {
            throw new UnreadableSourceException("the body is not a HUDOC result: it needs {\"results\": [{\"columns\": {...}}]}");
        }
        List<JsonNode> records = new ArrayList<>();
        root.get("results").forEach(records::add);
        return records;
    }
}
