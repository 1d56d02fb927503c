import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.ts';
import { takeJobLease } from '../db/queries/serviceLevelQueries.ts';
import type { Clock } from '../domain/clock.ts';
import { foldComplaintStatistics } from './foldComplaintStatistics.ts';
import { deliverOutbox } from './outbox/deliverOutbox.ts';
import { exportMissingOpenDataJob, exportOpenDataJob, OPEN_DATA_EXPORT_JOB } from './exportOpenDataJob.ts';
import { purgeExpiredSessions } from './purgeExpiredSessions.ts';
import { sweepServiceLevels } from './sweepServiceLevels.ts';
import { CLASSIFIER_RETRAIN_JOB, retrainClassifierJob } from './retrainClassifierJob.ts';
import { days, minutes } from '../shared/thaiTime.ts';

export interface Job {
  name: string;
  everyMs: number;
  run(deps: { db: Database; clock: Clock }): Promise<unknown>;
}

/** The jobs a server runs in the background. Each also runs on demand with `tidtam sweep`. */
export const defaultJobs: Job[] = [
  { name: 'service-levels', everyMs: minutes(5), run: sweepServiceLevels },
  // Complaint statistics: the dashboards' figures are at most one interval behind the writes.
  { name: 'complaint-statistics', everyMs: 10_000, run: (deps) => foldComplaintStatistics(deps) },
  // Citizens' messages: sent within seconds of the change they report.
  { name: 'outbox', everyMs: 10_000, run: (deps) => deliverOutbox(deps) },
  // Sessions last 12 hours: deleting expired ones hourly keeps the table to about a day of sign-ins.
  { name: 'sessions', everyMs: 60 * 60_000, run: purgeExpiredSessions },
  // Open data: harvesters (the Government Data Catalog's included) look once a day, so the files are written daily...
  { name: OPEN_DATA_EXPORT_JOB, everyMs: days(1), run: (deps) => exportOpenDataJob(deps) },
  // ...and within a minute of start for any dataset that has no file yet (a new database, the demo, a new dataset).
  { name: 'open-data-first-export', everyMs: minutes(1), run: (deps) => exportMissingOpenDataJob(deps) },
  // The category suggester learns from staff corrections nightly (CLASSIFIER_RETRAIN_AT, default 02:00 Bangkok).
  { name: CLASSIFIER_RETRAIN_JOB, everyMs: minutes(10), run: (deps) => retrainClassifierJob(deps) },
];

/**
 * Runs each job on its interval, under a lease in the database so that of
 * several API processes only one runs a job at a time. Returns a stop function.
 *
 * A run that outlasts its interval keeps its lease: it is renewed every half
 * interval while the job runs (else another process would take the lapsed
 * lease and run the job a second time beside it), and this process does not
 * start the job again until the run ends (its own renewals would let it).
 * The jobs stay safe to run twice regardless (the outbox claims with SKIP
 * LOCKED, a service-level step is recorded once per assignment), but one
 * runner at a time keeps them from doing the same work twice.
 */
export function startScheduler(deps: { db: Database; clock: Clock; log: (line: string) => void; jobs?: Job[] }): () => Promise<void> {
  const holder = randomUUID();
  const jobs = deps.jobs ?? defaultJobs;
  const running = new Set<Promise<unknown>>();
  const timers = jobs.map((job) => {
    let busy = false;
    const lease = () => takeJobLease(deps.db, { name: job.name, holder, now: deps.clock.now(), ms: job.everyMs });
    const tick = async () => {
      let renewal: ReturnType<typeof setInterval> | undefined;
      try {
        // The lease lasts one interval: across all processes, a job runs at most once per interval.
        if (!(await lease())) return;
        renewal = setInterval(() => void lease().catch(() => undefined), job.everyMs / 2);
        const result = await job.run(deps);
        deps.log(`job ${job.name}: ${JSON.stringify(result)}`);
      } catch (error) {
        deps.log(`job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        clearInterval(renewal);
        busy = false;
      }
    };
    const start = () => {
      if (busy) return;
      busy = true;
      const run = tick();
      running.add(run);
      void run.finally(() => running.delete(run));
    };
    start();
    return setInterval(start, job.everyMs);
  });
  return async () => {
    for (const timer of timers) clearInterval(timer);
    await Promise.allSettled([...running]);
  };
}
