import path from 'node:path';
import type { Database } from './database.ts';
import { lockDataDir } from './lockDataDir.ts';
import { openPglite } from './pgliteDatabase.ts';
import { openPostgres } from './postgresDatabase.ts';

export interface DatabaseConfig {
  /** PostgreSQL connection string; when unset, PGlite is used in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
}

/**
 * Opens the configured engine. For PGlite the data folder is locked first, and
 * the lock is released when the database is closed.
 */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, { poolSize: config.poolSize });
  const dataDir = path.resolve(config.dataDir);
  const release = await lockDataDir(dataDir);
  try {
    const db = await openPglite(path.join(dataDir, 'pglite'));
    return {
      ...db,
      close: async () => {
        await db.close();
        await release();
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
