package org.demarche.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;

import org.demarche.events.account.AccountRemoved;
import org.demarche.events.account.AccountSaved;
import org.demarche.events.campaign.CampaignActionTaken;
import org.demarche.events.campaign.CampaignClosed;
import org.demarche.events.campaign.CampaignOpened;
import org.demarche.events.campaign.CampaignPaused;
import org.demarche.events.campaign.CampaignResumed;
import org.demarche.events.campaign.DeadlineReached;
import org.demarche.events.campaign.DeadlineScheduled;
import org.demarche.events.campaign.DraftRevised;
import org.demarche.events.campaign.LetterPublished;
import org.demarche.events.legal.ResolutionAdopted;
import org.demarche.events.legal.RulingPublished;
import org.demarche.events.meeting.MeetingCancelled;
import org.demarche.events.meeting.MeetingRescheduled;
import org.demarche.events.meeting.MeetingScheduled;
import org.demarche.events.outreach.FinalLetterDistribution;
import org.demarche.events.outreach.PartnerLinkRevoked;
import org.demarche.events.outreach.ReminderRequested;
import org.demarche.events.outreach.SignOnRequested;
import org.demarche.events.registry.CaseRegistered;
import org.demarche.events.response.EmailBounced;
import org.demarche.events.response.EmailFailed;
import org.demarche.events.response.EmailSent;
import org.demarche.events.response.PartnerDeclined;
import org.demarche.events.response.PartnerSigned;

/**
 * Every event of the system, with its CloudEvents type name, topic, current
 * schema version and JSON Schema. A new event is one line here plus its
 * record and its schema file.
 */
public final class EventCatalog {

    /** Type names are {@code org.demarche.<SimpleName>}, stable across package moves. */
    public static final String TYPE_PREFIX = "org.demarche.";

    static final String SCHEMA_FOLDER = "/org/demarche/events/schemas/";

    private record Entry(Class<? extends DemarcheEvent> eventClass, String type, String topic, int version, Schema schema) {
    }

    /*
     * Format assertions are annotation-only by default in draft 2020-12; turning
     * them on makes "format": "uuid", "date-time", "date", "email", "uri" reject
     * bad values. JSON_PATH renders error locations as $.participants[0].country.
     */
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true)
                    .pathType(PathType.JSON_PATH)
                    .build()));

    private static final Map<Class<?>, Entry> BY_CLASS = new LinkedHashMap<>();
    private static final Map<String, Entry> BY_TYPE = new LinkedHashMap<>();

    static {
        register(MeetingScheduled.class, Topics.MEETINGS);
        register(MeetingRescheduled.class, Topics.MEETINGS);
        register(MeetingCancelled.class, Topics.MEETINGS);

        register(RulingPublished.class, Topics.RULINGS);
        register(ResolutionAdopted.class, Topics.RESOLUTIONS);

        register(CampaignOpened.class, Topics.CAMPAIGNS);
        register(DraftRevised.class, Topics.CAMPAIGNS);
        register(DeadlineScheduled.class, Topics.CAMPAIGNS);
        register(DeadlineReached.class, Topics.CAMPAIGNS);
        register(LetterPublished.class, Topics.CAMPAIGNS);
        register(CampaignPaused.class, Topics.CAMPAIGNS);
        register(CampaignResumed.class, Topics.CAMPAIGNS);
        register(CampaignClosed.class, Topics.CAMPAIGNS);
        register(CampaignActionTaken.class, Topics.CAMPAIGNS);

        register(SignOnRequested.class, Topics.OUTREACH);
        register(ReminderRequested.class, Topics.OUTREACH);
        register(FinalLetterDistribution.class, Topics.OUTREACH);
        register(PartnerLinkRevoked.class, Topics.OUTREACH);

        register(EmailSent.class, Topics.RESPONSES);
        register(EmailFailed.class, Topics.RESPONSES);
        register(EmailBounced.class, Topics.RESPONSES);
        register(PartnerSigned.class, Topics.RESPONSES);
        register(PartnerDeclined.class, Topics.RESPONSES);

        register(AccountSaved.class, Topics.ACCOUNTS);
        register(AccountRemoved.class, Topics.ACCOUNTS);

        register(CaseRegistered.class, Topics.REGISTRY);
    }

    private EventCatalog() {
    }

    public static String typeOf(Class<? extends DemarcheEvent> eventClass) {
        return entry(eventClass).type();
    }

    public static String topicOf(Class<?> eventClass) {
        return entry(eventClass).topic();
    }

    /** The schema version this code writes, and the only one it reads. */
    public static int versionOf(Class<?> eventClass) {
        return entry(eventClass).version();
    }

    public static Optional<Class<? extends DemarcheEvent>> classOf(String type) {
        return Optional.ofNullable(BY_TYPE.get(type)).map(Entry::eventClass);
    }

    /** Every event class, grouped by topic in the order of ARCHITECTURE.md. */
    public static Set<Class<? extends DemarcheEvent>> all() {
        Set<Class<? extends DemarcheEvent>> classes = new LinkedHashSet<>();
        BY_CLASS.values().forEach(entry -> classes.add(entry.eventClass()));
        return Collections.unmodifiableSet(classes);
    }

    /** Classpath location of the schema of {@code eventClass} at {@code version}. */
    public static String schemaResource(Class<?> eventClass, int version) {
        return SCHEMA_FOLDER + eventClass.getSimpleName() + ".v" + version + ".schema.json";
    }

    static Schema schemaOf(Class<?> eventClass) {
        return entry(eventClass).schema();
    }

    private static Entry entry(Class<?> eventClass) {
        Entry entry = BY_CLASS.get(eventClass);
        if (entry == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not an event registered in EventCatalog");
        }
        return entry;
    }

    private static void register(Class<? extends DemarcheEvent> eventClass, String topic) {
        int version = 1;
        Entry entry = new Entry(eventClass, TYPE_PREFIX + eventClass.getSimpleName(), topic, version,
                loadSchema(schemaResource(eventClass, version)));
        BY_CLASS.put(eventClass, entry);
        BY_TYPE.put(entry.type(), entry);
    }

    private static Schema loadSchema(String resource) {
        try (InputStream in = EventCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing schema resource " + resource);
            }
            Schema schema = SCHEMAS.getSchema(in);
            schema.initializeValidators(); // resolve $refs now, not on the first record
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema resource " + resource, e);
        }
    }
}
