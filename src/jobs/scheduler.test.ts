import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { ManualClock } from '../domain/clock.ts';
import { openTestDatabase, testEngines } from '../../test/support/testDatabase.ts';
import { startScheduler, type Job } from './scheduler.ts';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Several processes (issue #15, item 3): a job that outlasts its interval is not run twice beside itself. */
describe.each(testEngines())('the job scheduler (%s)', (engine) => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase(engine);
  });
  afterAll(() => db.close());

  it('does not start a job again while its run outlasts the interval, and renews its lease while it runs', async () => {
    const clock = new ManualClock('2026-12-09T03:00:00Z');
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let runs = 0;
    const job: Job = {
      name: 'slow-job',
      everyMs: 20,
      run: async () => {
        runs++;
        await gate;
        return {};
      },
    };
    const stop = startScheduler({ db, clock, log: () => undefined, jobs: [job] });
    const leasedUntil = async () =>
      (await db.query<{ leased_until: Date }>(`select leased_until from job_leases where name = 'slow-job'`)).rows[0]?.leased_until;
    // An hour passes on the app's clock while the run holds on: without renewals the lease would have lapsed,
    // and another process's scheduler would take it and run the job a second time beside this one.
    await settle(60);
    clock.advanceMs(3_600_000);
    for (let waited = 0; ((await leasedUntil())?.getTime() ?? 0) <= clock.now().getTime(); waited += 20) {
      if (waited > 10_000) throw new Error('the lease was not renewed');
      await settle(20);
    }
    // Many intervals have passed: the same holder could take its own lease again, but must not start the job again.
    expect(runs).toBe(1);
    release();
    await stop();
  });
});
