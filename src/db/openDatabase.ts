import path from 'node:path';
import type { Database } from './database.ts';
import { lockDataDir } from './lockDataDir.ts';
import { openPglite } from './pgliteDatabase.ts';
import { openPostgres } from './postgresDatabase.ts';
import { openReadReplica, type ReadReplica } from './readReplica.ts';

export interface DatabaseConfig {
  /** PostgreSQL connection string; when unset, PGlite is used in `dataDir`. */
  databaseUrl?: string | undefined;
  dataDir: string;
  poolSize?: number;
  /** A streaming replica of `databaseUrl` for the heavy reads; ignored on PGlite. */
  databaseReadUrl?: string | undefined;
  readPoolSize?: number;
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

/**
 * The replica of `DATABASE_READ_URL` beside an open primary, or undefined when none is set or the
 * primary is PGlite (one process owns its folder: there is nothing to replicate to). Without one,
 * the read side is the primary itself, so every path is the same on both engines.
 */
export function openReadSide(config: DatabaseConfig, primary: Database, log?: (line: string) => void): ReadReplica | undefined {
  if (!config.databaseReadUrl) return undefined;
  if (primary.engine !== 'postgresql') {
    log?.('DATABASE_READ_URL ignored: the embedded database (PGlite) has no replicas');
    return undefined;
  }
  return openReadReplica(config.databaseReadUrl, primary, { poolSize: config.readPoolSize ?? config.poolSize, ...(log ? { log } : {}) });
}
