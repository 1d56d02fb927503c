import type { Database } from '../../src/db/database.ts';

/** The tables the generator fills; their plain indexes are built once after loading instead of row by row. */
const LOADED_TABLES = ['cases', 'complaints', 'assignments'];

export interface IndexDefinition {
  name: string;
  definition: string;
}

/**
 * Drops the loaded tables' indexes that back no constraint (primary keys and unique constraints
 * stay: foreign keys and ON CONFLICT need them) and answers their exact definitions, as
 * `pg_get_indexdef` gives them (storage options included), so they are recreated as the migrations made them.
 */
export async function dropPlainIndexes(db: Database, tables: readonly string[] = LOADED_TABLES): Promise<IndexDefinition[]> {
  const found = await db.query<IndexDefinition>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
       from pg_index i join pg_class t on t.oid = i.indrelid
      where t.relname = any($1) and t.relnamespace = 'public'::regnamespace
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)
      order by 1`,
    [tables],
  );
  for (const index of found.rows) await db.exec(`drop index if exists ${index.name}`);
  return found.rows;
}

/**
 * Builds the indexes in two lanes, one per core: GIN indexes (single-threaded builds, the
 * longest) on one connection, the B-trees and then `alongside` (the statistics) on the other.
 */
export async function recreateIndexes(
  db: Database,
  indexes: IndexDefinition[],
  log: (line: string) => void,
  alongside: () => Promise<void> = async () => {},
): Promise<void> {
  const build = async (lane: IndexDefinition[]) => {
    for (const index of lane) {
      const started = performance.now();
      await db.transaction(async (tx) => {
        await tx.exec(`set local maintenance_work_mem = '1GB'; set local max_parallel_maintenance_workers = 1; ${index.definition}`);
      });
      log(`index ${index.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  };
  const gin = indexes.filter((index) => / using gin /i.test(index.definition));
  const btree = indexes.filter((index) => !gin.includes(index));
  await Promise.all([build(gin), build(btree).then(alongside)]);
}
