import path from 'node:path';
import type { Config } from '../../config.ts';
import { openDatabase, openReadSide } from '../../db/openDatabase.ts';
import { prepareDatabase } from '../../db/prepareDatabase.ts';
import { DEMO_PASSWORD, demoAccounts } from '../../demo/demoAccounts.ts';
import { seedDemo } from '../../demo/seedDemo.ts';
import { systemClock } from '../../domain/clock.ts';
import { buildApp } from '../../server/buildApp.ts';
import { loadClassifierModel } from '../../commands/complaints/loadClassifierModel.ts';
import { startScheduler } from '../../jobs/scheduler.ts';
import { loadRetrainSchedule } from '../../commands/complaints/retrainScheduleSetting.ts';
import { exportOpenDataNow } from '../../jobs/exportOpenDataJob.ts';
import { fromProjectRoot } from '../../projectRoot.ts';
import { createProgress } from '../progress.ts';
import { startAdminChannel } from '../adminChannel/adminChannelServer.ts';

export const webDistDir = fromProjectRoot('dist', 'web');

/** Opens the database, brings it up to date, seeds the demo when asked, and serves the API and browser app. */
export async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  const started = Date.now();
  const log = (line: string) => process.stderr.write(`${line}\n`);
  loadRetrainSchedule(); // a wrong CLASSIFIER_RETRAIN_AT stops the start, rather than every night's retrain
  const db = await openDatabase(config);
  await prepareDatabase(db, { clock: systemClock, log });
  if (options.demo) {
    const { seeded } = await seedDemo(db, { clock: systemClock, progress: createProgress() });
    if (seeded) {
      // The portal and the catalogue offer the demo's files from the first page view.
      await exportOpenDataNow({ db, clock: systemClock });
      log('seeded demo data');
    }
  }
  await loadClassifierModel(db);
  const readReplica = openReadSide(config, db, log);
  const app = await buildApp({
    db,
    readReplica,
    clock: systemClock,
    webDir: webDistDir,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    logger: { level: config.logLevel },
  });
  const stopJobs = startScheduler({ db, clock: systemClock, log: (line) => app.log.info(line) });
  // On the embedded database this process holds the folder: `tidtam open311 key create`, `user create`,
  // `import traffy` and `sweep` reach it through this channel instead of refusing (issue 13, item 16).
  const adminChannel = config.databaseUrl
    ? null
    : await startAdminChannel({ db, clock: systemClock, dataDir: config.dataDir, log: (line) => app.log.info(line) });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: closing`);
    await stopJobs();
    await adminChannel?.close();
    await app.close();
    await readReplica?.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  const where = config.databaseUrl
    ? `PostgreSQL (DATABASE_URL${readReplica ? ', reads on DATABASE_READ_URL' : ''})`
    : `PGlite in ${path.resolve(config.dataDir)}`;
  log(
    `Tidtam ready at http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port} on ${where} in ${Date.now() - started} ms`,
  );
  if (options.demo) {
    log(`\nDemo accounts (password for all: ${DEMO_PASSWORD}) — demo mode, never for real data:`);
    const row = (username: string, role: string, what: string) => log(`  ${username.padEnd(15)} ${role.padEnd(14)} ${what}`);
    for (const account of demoAccounts) row(account.username, account.role, account.what);
    row('pmj10 … pmj96', 'officer', 'a Social Development provincial office per province (pmj50 = Chiang Mai)\n');
  }
}
