import type { Database } from '../../db/database.ts';
import { writeIntakes, type IntakeOutcome, type IntakeRow } from '../../db/queries/intakeStatement.ts';

/**
 * Group commit for complaint intake. An intake goes to the database at once when fewer than
 * `MAX_IN_FLIGHT` statements are running; the ones that arrive meanwhile wait and go together in the
 * next statement, each still written whole or not at all, and each caller is answered only after its
 * statement has committed. A quiet hour sees no delay and no batches; a busy call centre sees one
 * round trip, one plan and one commit shared by many complaints instead of one each (bench/intake.ts).
 */
const MAX_IN_FLIGHT = 2;
const MAX_BATCH = 50;

interface Waiting {
  version: number;
  row: Omit<IntakeRow, 'i'>;
  resolve: (outcome: IntakeOutcome) => void;
  reject: (error: unknown) => void;
}

class IntakeBatcher {
  private readonly queue: Waiting[] = [];
  private inFlight = 0;

  constructor(private readonly db: Database) {}

  submit(version: number, row: Omit<IntakeRow, 'i'>): Promise<IntakeOutcome> {
    return new Promise((resolve, reject) => {
      this.queue.push({ version, row, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.queue.length > 0) {
      const batch = this.takeBatch();
      this.inFlight++;
      void this.write(batch).finally(() => {
        this.inFlight--;
        this.pump();
      });
    }
  }

  /** The oldest waiting intakes of one configuration version, no idempotency key twice. */
  private takeBatch(): Waiting[] {
    const version = this.queue[0]!.version;
    const keys = new Set<string>();
    const batch: Waiting[] = [];
    for (let index = 0; index < this.queue.length && batch.length < MAX_BATCH;) {
      const waiting = this.queue[index]!;
      const key = waiting.row.idempotency_key === null ? null : `${waiting.row.idempotency_scope}\n${waiting.row.idempotency_key}`;
      if (waiting.version !== version || (key !== null && keys.has(key))) {
        index++;
        continue;
      }
      if (key !== null) keys.add(key);
      batch.push(waiting);
      this.queue.splice(index, 1);
    }
    return batch;
  }

  private async write(batch: Waiting[]): Promise<void> {
    try {
      const outcomes = await writeIntakes(
        this.db,
        batch[0]!.version,
        batch.map((waiting, i) => ({ ...waiting.row, i })),
      );
      batch.forEach((waiting, i) => waiting.resolve(outcomes[i]!));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One complaint the database refuses (say, an external reference already imported) fails the
      // whole statement: write each alone, so that only that one fails.
      for (const waiting of batch) {
        try {
          const [outcome] = await writeIntakes(this.db, waiting.version, [{ ...waiting.row, i: 0 }]);
          waiting.resolve(outcome!);
        } catch (alone) {
          waiting.reject(alone);
        }
      }
    }
  }
}

const batchers = new WeakMap<Database, IntakeBatcher>();

/** Writes one intake, together with any others waiting for the same database. */
export function writeIntakeBatched(db: Database, version: number, row: Omit<IntakeRow, 'i'>): Promise<IntakeOutcome> {
  let batcher = batchers.get(db);
  if (!batcher) {
    batcher = new IntakeBatcher(db);
    batchers.set(db, batcher);
  }
  return batcher.submit(version, row);
}
