package org.demarche.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A service's {@code /actuator/prometheus} as an administrator's scraper reads it with HTTP Basic,
 * after checking that nobody else can read it.
 */
public final class PrometheusScrape {

    /**
     * What every service shows from its start: Spring's own meters (HTTP server, JVM, connection
     * pool, Kafka consumer client) and the platform's (outbox, dead letters).
     */
    public static final List<String> EVERY_SERVICE = List.of("http_server_requests_seconds_count",
            "jvm_memory_used_bytes", "process_cpu_usage", "hikaricp_connections_active",
            "kafka_consumer_fetch_manager_records_lag_max",
            "demarche_outbox_backlog", "demarche_outbox_lag_seconds", "demarche_dead_letters");

    /**
     * What a service shows once it has handled a record and sent one: Spring Kafka's listener and
     * template timings, which come from the observations that also carry the trace.
     */
    public static final List<String> ONCE_RECORDS_FLOWED = List.of("spring_kafka_listener_seconds_count",
            "spring_kafka_template_seconds_count");

    private final List<String> lines;

    private PrometheusScrape(String body) {
        this.lines = Arrays.stream(body.split("\n")).filter(line -> !line.startsWith("#")).toList();
    }

    /** Scrapes as {@link TestAccounts#ADMIN}, once an anonymous scrape has been refused with 401. */
    public static PrometheusScrape asAdministrator(MockMvc http) throws Exception {
        assertThat(http.perform(get("/actuator/prometheus")).andReturn().getResponse().getStatus())
                .as("an anonymous scrape").isEqualTo(401);
        MockHttpServletResponse response = http.perform(get("/actuator/prometheus")
                .with(httpBasic(TestAccounts.ADMIN, TestAccounts.ADMIN_PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).as("the administrator's scrape").isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/plain");
        return new PrometheusScrape(response.getContentAsString());
    }

    /** A scrape read some other way, e.g. over HTTP from a service's own JVM. */
    public static PrometheusScrape of(String body) {
        return new PrometheusScrape(body);
    }

    /** The names of the samples, without their labels. */
    public Set<String> names() {
        return lines.stream().map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The samples (not the # HELP and # TYPE lines) whose name starts with {@code prefix}. */
    public List<String> samples(String prefix) {
        return lines.stream().filter(line -> line.startsWith(prefix)).toList();
    }

    /** The value of the one sample written exactly so, e.g. {@code demarche_mail_queue{status="queued"}}. */
    public double value(String sample) {
        return lines.stream().filter(line -> line.startsWith(sample + " ")).findFirst()
                .map(line -> Double.parseDouble(line.substring(sample.length() + 1).trim()))
                .orElseThrow(() -> new AssertionError("no sample " + sample + " in the scrape"));
    }
}
