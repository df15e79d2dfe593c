package org.demarche.intake.hudoc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.demarche.intake.imports.ImportRuns;
import org.demarche.intake.legal.Recorded;
import org.demarche.intake.legal.ResolutionRegistrar;
import org.demarche.intake.legal.ResolutionRequest;
import org.demarche.intake.legal.RulingRegistrar;
import org.demarche.intake.legal.RulingRequest;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Imports HUDOC results record by record, each through the registrar the API uses (so a record
 * is checked as a coordinator's entry would be, stored and announced in one transaction). A
 * record already imported, by its HUDOC identifier or by the judgment or reference it states, is
 * a duplicate and announces nothing. HUDOC gives a judgment in English and in French as two
 * records; the English one is entered first, so that the fact carries the English name letters
 * cite, and the French one is its duplicate.
 */
@Service
public class HudocImporter {

    public static final String JUDGMENTS = "hudoc";
    public static final String EXECUTION = "hudoc-exec";

    private final RulingRegistrar rulings;
    private final ResolutionRegistrar resolutions;
    private final LegalSourceRecords sources;
    private final ImportRuns runs;
    private final Clock clock;

    HudocImporter(RulingRegistrar rulings, ResolutionRegistrar resolutions, LegalSourceRecords sources, ImportRuns runs,
                  Clock clock) {
        this.rulings = rulings;
        this.resolutions = resolutions;
        this.sources = sources;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * One source's records: in which language each is, how it is read (which tells a record to skip
     * or to reject before anything else) and identified, and how what was read is entered.
     */
    private record Source(String kind, Function<Columns, String> language, Function<Columns, Supplier<Recorded>> read,
                          Function<Columns, String> identifier) {
    }

    /** ECtHR judgments → RulingPublished. @throws UnreadableSourceException when the file is not a HUDOC result */
    LegalImportSummary importJudgments(byte[] file, String source) {
        return importJudgments(HudocResult.read(file), source);
    }

    private LegalImportSummary importJudgments(HudocResult result, String source) {
        return importRecords(new Source(JUDGMENTS, JudgmentRecords::language, columns -> {
            RecordRequest<RulingRequest> ruling = JudgmentRecords.ruling(columns);
            return () -> ruling.enter(rulings::record);
        }, JudgmentRecords::identifier), result, source);
    }

    /** Committee of Ministers documents → ResolutionAdopted. @throws UnreadableSourceException as above */
    LegalImportSummary importExecution(byte[] file, String source) {
        return importExecution(HudocResult.read(file), source);
    }

    private LegalImportSummary importExecution(HudocResult result, String source) {
        return importRecords(new Source(EXECUTION, ExecutionRecords::language, columns -> {
            RecordRequest<ResolutionRequest> resolution = ExecutionRecords.resolution(columns);
            return () -> resolution.enter(resolutions::record);
        }, ExecutionRecords::identifier), result, source);
    }

    /** Either kind, by the name feeds store. */
    public LegalImportSummary importKind(String kind, byte[] file, String source) {
        return importKind(kind, HudocResult.read(file), source);
    }

    /** Either kind, from an answer already read (the watcher reads each page once, for its dates too). */
    public LegalImportSummary importKind(String kind, HudocResult result, String source) {
        return JUDGMENTS.equals(kind) ? importJudgments(result, source) : importExecution(result, source);
    }

    private LegalImportSummary importRecords(Source kind, HudocResult result, String source) {
        List<JsonNode> records = result.records();
        UUID run = runs.start(kind.kind(), source, records.size());
        try {
            int imported = 0;
            int duplicates = 0;
            int processed = 0;
            List<LegalImportSummary.Rejected> rejected = new ArrayList<>();
            List<LegalImportSummary.Skipped> skipped = new ArrayList<>();
            for (int index : englishFirst(kind, records)) {
                try {
                    Columns columns = columns(records.get(index));
                    switch (importOne(kind, columns)) {
                        case IMPORTED -> imported++;
                        case DUPLICATE -> duplicates++;
                    }
                } catch (SkippedRecordException e) {
                    skipped.add(new LegalImportSummary.Skipped(index, e.getMessage()));
                } catch (BadRecordException e) {
                    rejected.add(new LegalImportSummary.Rejected(index, e.getMessage()));
                }
                if (++processed % 25 == 0) {
                    runs.progress(run, processed);
                }
            }
            rejected.sort(Comparator.comparingInt(LegalImportSummary.Rejected::index));
            skipped.sort(Comparator.comparingInt(LegalImportSummary.Skipped::index));
            LegalImportSummary summary = new LegalImportSummary(run, imported, duplicates, List.copyOf(rejected),
                    List.copyOf(skipped));
            runs.finish(run, summary);
            return summary;
        } catch (RuntimeException e) {
            runs.fail(run, e.getMessage());
            throw e;
        }
    }

    private enum Outcome { IMPORTED, DUPLICATE }

    private Outcome importOne(Source kind, Columns columns) {
        Supplier<Recorded> entry = kind.read().apply(columns);
        String identifier = kind.identifier().apply(columns);
        if (sources.known(kind.kind(), identifier)) {
            return Outcome.DUPLICATE;
        }
        Recorded recorded = entry.get();
        sources.remember(kind.kind(), identifier, recorded.id(), clock.instant());
        return recorded.isNew() ? Outcome.IMPORTED : Outcome.DUPLICATE;
    }

    /** The records' indexes, English ones first, each language in HUDOC's order. */
    private static List<Integer> englishFirst(Source kind, List<JsonNode> records) {
        return IntStream.range(0, records.size()).boxed()
                .sorted(Comparator.comparingInt(index -> languageRank(kind, records.get(index))))
                .toList();
    }

    private static int languageRank(Source kind, JsonNode record) {
        JsonNode columns = record.get("columns");
        if (columns == null || !columns.isObject()) {
            return 1;
        }
        String language = kind.language().apply(new Columns(columns));
        return language != null && language.toUpperCase(Locale.ROOT).startsWith("ENG") ? 0 : 1;
    }

    private static Columns columns(JsonNode record) {
        JsonNode columns = record.get("columns");
        if (columns == null || !columns.isObject()) {
            throw new BadRecordException("columns", "the record has no \"columns\" object");
        }
        return new Columns(columns);
    }
}
