/**
 * A writer process for test/auditChainConcurrency.test.ts: appends `count` events to one PostgreSQL
 * database through the application's own queries, from `workers` transactions at a time on a pool of
 * as many connections, each transaction one to eight case and audit events (every commit waits for the one before it: the head lock is held until the commit is on disk).
 * Usage: tsx test/support/writeChainedEvents.ts <url> <caseId> <count> <workers>
 */
import { openPostgres } from '../../src/db/postgresDatabase.ts';
import { appendAuditEvent } from '../../src/db/queries/auditEventQueries.ts';
import { appendEvent } from '../../src/db/queries/eventQueries.ts';

const [url, caseId, countText, workersText] = process.argv.slice(2);
const count = Number(countText);
const workers = Number(workersText);
const db = openPostgres(url!, { poolSize: workers });

let next = 0;
async function worker(): Promise<void> {
  while (next < count) {
    const size = Math.min(count - next, 1 + (next % 8));
    const first = next;
    next += size;
    await db.transaction(async (tx) => {
      for (let i = first; i < first + size; i++) {
        if (i % 2 === 0) {
          await appendEvent(tx, {
            caseId: caseId!,
            type: 'note',
            actorUserId: null,
            actorUnitId: null,
            data: { i, pid: process.pid },
            at: new Date(),
          });
        } else {
          await appendAuditEvent(tx, {
            category: 'security',
            action: 'test.write',
            actorUserId: null,
            data: { i, pid: process.pid },
            at: new Date(),
          });
        }
      }
    });
  }
}

await Promise.all(Array.from({ length: workers }, () => worker()));
await db.close();
process.stdout.write(`${count}\n`);
