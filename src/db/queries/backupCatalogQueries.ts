import type { Queryable } from '../database.ts';

/**
 * What backup and restore read from the catalogue, so that every table of the app's schema is
 * carried without naming any: a table a later migration adds is in the next backup as it is.
 * The schema is `public`, as every migration makes it; `schema_migrations` is bookkeeping the
 * manifest carries instead.
 */
export interface TableShape {
  name: string;
  /** Columns stored in the row (generated ones are recomputed), in column order, with their types. */
  columns: { name: string; type: string }[];
  /** The ORDER BY that makes the dump stable: primary key, text in "C" order; every column when there is none. */
  orderBy: string;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function listTables(db: Queryable): Promise<TableShape[]> {
  const columns = await db.query<{ table: string; name: string; type: string; collatable: boolean; key: number | null }>(
    `select c.relname as table, a.attname as name, format_type(a.atttypid, a.atttypmod) as type,
            a.attcollation <> 0 as collatable, array_position(k.conkey, a.attnum) as key
       from pg_class c
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
       left join pg_constraint k on k.conrelid = c.oid and k.contype = 'p'
      where n.nspname = 'public' and c.relkind in ('r', 'p') and c.relname <> 'schema_migrations'
        and not c.relispartition
      order by c.relname, a.attnum`,
  );
  const tables = new Map<string, { columns: TableShape['columns']; keys: { at: number; sql: string }[]; all: string[] }>();
  for (const column of columns.rows) {
    const table = tables.get(column.table) ?? { columns: [], keys: [], all: [] };
    tables.set(column.table, table);
    const sql = column.collatable ? `${quote(column.name)} collate "C"` : quote(column.name);
    table.columns.push({ name: column.name, type: column.type });
    table.all.push(sql);
    if (column.key !== null) table.keys.push({ at: column.key, sql });
  }
  return [...tables].map(([name, table]) => ({
    name,
    columns: table.columns,
    orderBy:
      table.keys.length > 0
        ? table.keys
            .sort((a, b) => a.at - b.at)
            .map((key) => key.sql)
            .join(', ')
        : table.all.join(', '),
  }));
}

/** Each foreign key as the table that holds it and the table it points to. */
export async function listForeignKeys(db: Queryable): Promise<{ from: string; to: string }[]> {
  const result = await db.query<{ from: string; to: string }>(
    `select f.relname as from, t.relname as to
       from pg_constraint k
       join pg_class f on f.oid = k.conrelid
       join pg_class t on t.oid = k.confrelid
       join pg_namespace n on n.oid = f.relnamespace
      where k.contype = 'f' and n.nspname = 'public'`,
  );
  return result.rows;
}

export async function readSequences(db: Queryable): Promise<{ name: string; value: string; isCalled: boolean }[]> {
  const names = await db.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'S' order by c.relname`,
  );
  const sequences: { name: string; value: string; isCalled: boolean }[] = [];
  for (const { name } of names.rows) {
    const row = await db.query<{ value: string; is_called: boolean }>(
      `select last_value::text as value, is_called from public.${quote(name)}`,
    );
    sequences.push({ name, value: row.rows[0]!.value, isCalled: row.rows[0]!.is_called });
  }
  return sequences;
}

export async function setSequence(db: Queryable, sequence: { name: string; value: string; isCalled: boolean }): Promise<void> {
  await db.query('select setval($1::regclass, $2::bigint, $3)', [`public.${quote(sequence.name)}`, sequence.value, sequence.isCalled]);
}

export async function countRows(db: Queryable, tables: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const table of tables) {
    const row = await db.query<{ n: number }>(`select count(*)::int as n from public.${quote(table)}`);
    counts.set(table, row.rows[0]!.n);
  }
  return counts;
}

export async function appliedMigrations(db: Queryable): Promise<string[]> {
  const exists = await db.query<{ found: boolean }>("select to_regclass('public.schema_migrations') is not null as found");
  if (!exists.rows[0]!.found) return [];
  const result = await db.query<{ name: string }>('select name from schema_migrations order by name');
  return result.rows.map((row) => row.name);
}

/** `COPY (SELECT ... ORDER BY key) TO STDOUT`: a table's rows in a stable order. */
export function copyOutSql(table: TableShape): string {
  return `copy (select ${table.columns.map((c) => quote(c.name)).join(', ')} from public.${quote(table.name)} order by ${table.orderBy}) to stdout`;
}

export function copyInSql(table: string, columns: readonly string[]): string {
  return `copy public.${quote(table)} (${columns.map(quote).join(', ')}) from stdin`;
}

/** The append-only and chaining triggers must not fire on rows that are restored as they were. */
export async function setUserTriggers(db: Queryable, table: string, enabled: boolean): Promise<void> {
  await db.exec(`alter table public.${quote(table)} ${enabled ? 'enable' : 'disable'} trigger user`);
}

/**
 * Empties the schema for a restore: everything the migrations made goes, in the restore's
 * transaction, so the backup's own migrations build exactly the tables its rows fit. The owner of
 * the database may do this (PostgreSQL 15 gives `public` to the database owner).
 */
export async function recreatePublicSchema(db: Queryable): Promise<void> {
  await db.exec('drop schema public cascade; create schema public; grant usage on schema public to public');
}

/** The lock `migrate` takes, so no server starting meanwhile migrates the schema being rebuilt. */
export async function lockMigrations(db: Queryable): Promise<void> {
  await db.query('select pg_advisory_xact_lock(7315001)');
}
