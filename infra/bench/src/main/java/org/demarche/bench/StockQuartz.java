package org.demarche.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;

import org.yaml.snakeyaml.Yaml;

/**
 * Quartz as Spring Boot leaves it, for a baseline: every {@code spring.quartz.properties} entry of
 * the service's own application.yml (read from its jar, so the baseline follows whatever tuning the
 * service ships) set back to Quartz's default, or Spring's where Spring sets one — except what
 * makes it the same clustered JDBC store on the same tables (the scheduler's name and id,
 * clustering on) — and Quartz's own PostgreSQL dialect (the delegate, which campaigns picks in code). An entry whose default is not known here stops the benchmark rather than
 * quietly staying tuned in the baseline.
 */
final class StockQuartz {

    private static final String PREFIX = "spring.quartz.properties.";
    /** What the baseline keeps: the same store, the same lock rows, clustered. */
    private static final Set<String> IDENTITY = Set.of("org.quartz.scheduler.instanceName",
            "org.quartz.scheduler.instanceId", "org.quartz.jobStore.isClustered");
    /** Quartz's own dialect for PostgreSQL (campaigns picks its own in code, unless told one). */
    private static final String DELEGATE = "org.quartz.jobStore.driverDelegateClass";
    /**
     * Quartz 2.5's defaults (JobStoreSupport, QuartzScheduler's resources); the store and the thread
     * count are what Spring's SchedulerFactoryBean sets when Quartz is given a DataSource.
     */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("org.quartz.jobStore.class", "org.springframework.scheduling.quartz.LocalDataSourceJobStore"),
            Map.entry("org.quartz.threadPool.threadCount", "10"),
            Map.entry("org.quartz.threadPool.threadPriority", "5"),
            Map.entry("org.quartz.jobStore.misfireThreshold", "60000"),
            Map.entry("org.quartz.jobStore.clusterCheckinInterval", "7500"),
            Map.entry("org.quartz.jobStore.maxMisfiresToHandleAtATime", "20"),
            Map.entry("org.quartz.jobStore.acquireTriggersWithinLock", "false"),
            Map.entry("org.quartz.jobStore.dbRetryInterval", "15000"),
            Map.entry("org.quartz.jobStore.txIsolationLevelReadCommitted", "false"),
            Map.entry("org.quartz.jobStore.txIsolationLevelSerializable", "false"),
            Map.entry("org.quartz.scheduler.batchTriggerAcquisitionMaxCount", "1"),
            Map.entry("org.quartz.scheduler.batchTriggerAcquisitionFireAheadTimeWindow", "0"),
            Map.entry("org.quartz.scheduler.idleWaitTime", "30000"));

    private StockQuartz() {
    }

    /** The settings ({@code --spring.quartz.properties.<key>=<default>}) that undo the service's Quartz tuning. */
    static List<String> overriding(String jar) {
        List<String> settings = new ArrayList<>();
        settings.add("--" + PREFIX + DELEGATE + "=org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        for (String key : tuned(jar).keySet()) {
            if (IDENTITY.contains(key) || DELEGATE.equals(key)) {
                continue;
            }
            String stock = DEFAULTS.get(key);
            if (stock == null) {
                throw new IllegalStateException(jar + " sets " + PREFIX + key + ", whose Quartz default the "
                        + "deadlines baseline does not know: add it to StockQuartz.DEFAULTS");
            }
            settings.add("--" + PREFIX + key + "=" + stock);
        }
        return settings;
    }

    /** The service's {@code spring.quartz.properties}, as its jar ships them. */
    static Map<String, String> tuned(String jar) {
        try (JarFile file = new JarFile(jar)) {
            var entry = file.getJarEntry("BOOT-INF/classes/application.yml");
            if (entry == null) {
                throw new IllegalStateException(jar + " holds no BOOT-INF/classes/application.yml");
            }
            try (InputStream yml = file.getInputStream(entry)) {
                Map<String, Object> properties = child(child(child(new Yaml().load(yml), "spring"), "quartz"), "properties");
                Map<String, String> flat = new TreeMap<>();
                properties.forEach((key, value) -> flat.put(key, String.valueOf(value)));
                return flat;
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + jar, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Object map, String key) {
        Object child = map instanceof Map<?, ?> m ? m.get(key) : null;
        return child instanceof Map<?, ?> ? (Map<String, Object>) child : Map.of();
    }
}
