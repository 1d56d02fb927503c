import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database, Engine } from '../../src/db/database.ts';
import { openPglite } from '../../src/db/pgliteDatabase.ts';
import { openPostgres } from '../../src/db/postgresDatabase.ts';
import { withDatabase } from './globalSetup.ts';

/** The engines tests run on: PGlite always, PostgreSQL too when TEST_DATABASE_URL is set. */
export function testEngines(): Engine[] {
  return inject('postgresTemplate') ? ['pglite', 'postgresql'] : ['pglite'];
}

/**
 * The migrated PGlite snapshot (globalSetup.ts), to load as a data folder.
 * PGlite reads a Blob with `arrayBuffer()`, which Node 20 assembles in small
 * chunks (about 1.3 s for the 46 MB snapshot); this Blob hands over the bytes
 * read from the file at once.
 */
export function pgliteSnapshot(): Blob {
  return new BytesBlob(readFileSync(inject('pgliteSnapshot')));
}

class BytesBlob extends Blob {
  readonly #bytes: Buffer;
  constructor(bytes: Buffer) {
    super([], { type: 'application/x-tar' });
    this.#bytes = bytes;
  }
  override get size(): number {
    return this.#bytes.byteLength;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    const bytes = this.#bytes;
    const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    return Promise.resolve(
      (whole ? bytes.buffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)) as ArrayBuffer,
    );
  }
}

/**
 * A fresh, migrated database with the reference data, for one test file (or
 * one test): a copy of the PGlite snapshot, or a new PostgreSQL database made
 * from the template and dropped again on close.
 */
export async function openTestDatabase(engine: Engine = 'pglite'): Promise<Database> {
  if (engine === 'pglite') {
    return openPglite(undefined, { loadDataDir: pgliteSnapshot() });
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('TEST_DATABASE_URL is not set');
  const name = `${inject('postgresPrefix')}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    // Copying a template needs it to have no other connections; retry while another file copies it.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${template}`);
        break;
      } catch (error) {
        if (attempt > 50) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const db = openPostgres(withDatabase(url, name), { poolSize: 5 });
  return {
    ...db,
    close: async () => {
      await db.close();
      const dropper = new pg.Client({ connectionString: url });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
