package org.demarche.intake.imports;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * The threads that run imports asked for with {@code Prefer: respond-async}: few, since an
 * import is mostly database work and the service shares its machine; a full queue refuses the
 * import instead of holding files in memory without end. Kept as a component of its own rather
 * than an {@code Executor} bean, which would displace Spring Boot's application task executor.
 */
@Component
public class ImportExecutor implements DisposableBean {

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

    ImportExecutor() {
        executor.setCorePoolSize(2);
        executor.setMaxPoolSize(2);
        executor.setQueueCapacity(20);
        executor.setThreadNamePrefix("import-");
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(30);
        executor.initialize();
    }

    /** @throws TaskRejectedException when 20 imports are waiting already */
    public void submit(Runnable importTask) {
        executor.execute(importTask);
    }

    @Override
    public void destroy() {
        executor.shutdown();
    }
}
