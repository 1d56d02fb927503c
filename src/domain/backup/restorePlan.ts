import { BackupRefusal } from './backupRefusal.ts';

/**
 * Which migrations a restore applies before loading the rows (exactly the backup's, so every
 * column is where the backup has it) and which after (those this version adds: that is how an
 * old backup restores into a newer Tidtam). A migration this version does not know means the
 * backup is from a newer one.
 */
export function planMigrations(backup: readonly string[], known: readonly string[]): { before: string[]; after: string[] } {
  const knownSet = new Set(known);
  const unknown = backup.filter((name) => !knownSet.has(name));
  if (unknown.length > 0) throw BackupRefusal.newer(unknown);
  const backupSet = new Set(backup);
  return { before: known.filter((name) => backupSet.has(name)), after: known.filter((name) => !backupSet.has(name)) };
}

/**
 * Tables in an order where each comes after every table its foreign keys point to, so rows load
 * with the constraints on; ties by name, so the order is the same on every engine. A reference
 * to itself (a unit's parent) is loaded in the same COPY and needs no order.
 */
export function foreignKeyOrder(tables: readonly string[], references: readonly { from: string; to: string }[]): string[] {
  const pending = new Map(tables.map((table) => [table, new Set<string>()]));
  for (const { from, to } of references) {
    if (from !== to && pending.has(from) && pending.has(to)) pending.get(from)!.add(to);
  }
  const order: string[] = [];
  while (pending.size > 0) {
    const ready = [...pending].filter(([, needs]) => needs.size === 0).map(([table]) => table);
    if (ready.length === 0) throw new Error(`Foreign keys form a cycle among ${[...pending.keys()].sort().join(', ')}`);
    for (const table of ready.sort()) {
      order.push(table);
      pending.delete(table);
      for (const needs of pending.values()) needs.delete(table);
    }
  }
  return order;
}

/**
 * Tables that a freshly prepared database already fills (migrations, reference data, the default
 * complaint categories and settings) or that a running server fills on its own (its keys, its job
 * leases): rows there do not make a database "in use". Any other table with a row does, so a new
 * table is guarded without a change here.
 */
export const PREPARED_TABLES: ReadonlySet<string> = new Set([
  'areas',
  'area_groupings',
  'area_grouping_members',
  'units',
  'reference_data_versions',
  'complaint_categories',
  'complaint_config_version',
  'complaint_stat_state',
  'open_data_settings',
  'search_synonyms',
  'service_levels',
  // The Official Information Act's grounds for withholding, seeded by their migration.
  'disclosure_grounds',
  'public_holidays',
  'server_keys',
  'job_leases',
  'sign_in_throttles',
  // The audit chain's one-row head: genesis on a fresh database (the chain's entries, `event_chain`, count as data).
  'event_chain_head',
]);

/** The tables that hold data a restore would overwrite; empty when the database is fresh. */
export function tablesInUse(rowCounts: ReadonlyMap<string, number>): string[] {
  return [...rowCounts].filter(([table, rows]) => rows > 0 && !PREPARED_TABLES.has(table)).map(([table]) => table);
}
