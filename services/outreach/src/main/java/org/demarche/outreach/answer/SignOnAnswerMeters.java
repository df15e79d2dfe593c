package org.demarche.outreach.answer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code demarche.signon.answers}: partners' answers recorded by this instance, by answer
 * ({@code signed}, {@code declined}); a changed answer counts again, the same answer sent twice
 * does not. Counted once the answer's transaction commits.
 */
@Component
class SignOnAnswerMeters {

    static final String SIGNED = "signed";
    static final String DECLINED = "declined";

    private final MeterRegistry registry;

    SignOnAnswerMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Must be called in the transaction that records the answer. */
    void recorded(String answer) {
        Counter counter = Counter.builder("demarche.signon.answers")
                .description("Partners' answers to a request to co-sign, as recorded")
                .tag("answer", answer)
                .register(registry);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}
