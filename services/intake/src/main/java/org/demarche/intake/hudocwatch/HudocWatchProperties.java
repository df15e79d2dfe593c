package org.demarche.intake.hudocwatch;

import java.net.URI;
import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The HUDOC watcher ({@code demarche.intake.hudoc-watch.*}).
 *
 * @param enabled        whether intake polls HUDOC at all; off unless configured
 * @param hudocUrl       HUDOC, whose {@code /app/query/results} answers for the Court's judgments
 * @param execUrl        HUDOC-EXEC, the same for the Committee of Ministers' documents
 * @param interval       how often each state is polled
 * @param checkEvery     how often the service looks for polls due
 * @param pageLength     records asked for at a time; HUDOC gives at most 500
 * @param connectTimeout connecting to HUDOC
 * @param readTimeout    one page's whole answer
 * @param lookBack       how far back the first poll of a state reaches
 */
@ConfigurationProperties("demarche.intake.hudoc-watch")
record HudocWatchProperties(@DefaultValue("false") boolean enabled,
                                   @DefaultValue("https://hudoc.echr.coe.int") URI hudocUrl,
                                   @DefaultValue("https://hudoc.exec.coe.int") URI execUrl,
                                   @DefaultValue("PT6H") Duration interval,
                                   @DefaultValue("PT1M") Duration checkEvery,
                                   @DefaultValue("500") int pageLength,
                                   @DefaultValue("10s") Duration connectTimeout,
                                   @DefaultValue("60s") Duration readTimeout,
                                   @DefaultValue("P10Y") Period lookBack) {

    /** HUDOC answers at most this many records at once. */
    static final int MAX_PAGE_LENGTH = 500;

    public HudocWatchProperties {
        if (pageLength < 1 || pageLength > MAX_PAGE_LENGTH) {
            throw new IllegalArgumentException("demarche.intake.hudoc-watch.page-length must be 1 to "
                    + MAX_PAGE_LENGTH + " (HUDOC's largest page), was " + pageLength);
        }
    }
}
