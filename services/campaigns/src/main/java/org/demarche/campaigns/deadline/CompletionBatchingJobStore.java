package org.demarche.campaigns.deadline;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

import org.quartz.JobDetail;
import org.quartz.Trigger.CompletedExecutionInstruction;
import org.quartz.spi.OperableTrigger;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;

/**
 * Spring's Quartz job store, recording jobs that finish together in one transaction. Quartz records
 * each finished job (its one-off trigger and job deleted) in a transaction of its own under the
 * trigger lock, a row every instance shares: with hundreds of deadlines a second, workers queue for
 * that lock one commit after the other. Here a worker whose job finished while another was
 * recording takes, when its turn comes, every completion waiting, its own included, and records
 * them in one transaction with Quartz's own code for each. A worker still returns only once its
 * job's completion has committed, as with Quartz alone.
 */
public class CompletionBatchingJobStore extends LocalDataSourceJobStore {

    private final ReentrantLock recording = new ReentrantLock();
    private final Queue<Completion> waiting = new ConcurrentLinkedQueue<>();

    @Override
    public void triggeredJobComplete(OperableTrigger trigger, JobDetail jobDetail,
                                     CompletedExecutionInstruction instruction) {
        var mine = new Completion(trigger, jobDetail, instruction);
        waiting.add(mine);
        recording.lock();
        try {
            if (mine.recorded) {
                return; // in the batch of the worker before
            }
            List<Completion> batch = new ArrayList<>();
            for (Completion next = waiting.poll(); next != null; next = waiting.poll()) {
                batch.add(next);
            }
            try {
                retryExecuteInNonManagedTXLock(LOCK_TRIGGER_ACCESS, connection -> {
                    for (Completion completion : batch) {
                        triggeredJobComplete(connection, completion.trigger, completion.jobDetail,
                                completion.instruction);
                    }
                    return null;
                });
            } catch (RuntimeException shutDown) {
                batch.remove(mine); // the others' workers try again, or meet the same end
                waiting.addAll(batch);
                throw shutDown;
            }
            batch.forEach(completion -> completion.recorded = true);
        } finally {
            recording.unlock();
        }
    }

    /** One finished job, and whether its completion has committed (read and written holding {@link #recording}). */
    private static final class Completion {

        final OperableTrigger trigger;
        final JobDetail jobDetail;
        final CompletedExecutionInstruction instruction;
        boolean recorded;

        Completion(OperableTrigger trigger, JobDetail jobDetail, CompletedExecutionInstruction instruction) {
            this.trigger = trigger;
            this.jobDetail = jobDetail;
            this.instruction = instruction;
        }
    }
}
