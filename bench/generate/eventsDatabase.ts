import type { Database } from '../../src/db/database.ts';
import { openPostgres } from '../../src/db/postgresDatabase.ts';
import { prepareDatabase } from '../../src/db/prepareDatabase.ts';
import { createBenchInputs } from './benchInputs.ts';
import { COMPLAINT_EVENTS, COMPLAINT_STAGE, COMPLAINT_WRITE, complaintStageSql, DIRECTIVE_SQL } from './eventCasesSql.ts';
import { ensureDatabase } from './generateDatabase.ts';
import { dropPlainIndexes, recreateIndexes } from './indexes.ts';
import { readTraffyShape } from './traffyShape.ts';

export const eventsDatabaseUrl = () => process.env.BENCH_EVENTS_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tidtam_bench_events';

/** Cases are opened from 1 October 2566 (fiscal year 2567 begins, Bangkok time) until the generator's now. */
export const FIRST_OPENED = '2023-10-01T00:00:00+07:00';

export interface EventsShape {
  complaints: number;
  directives: number;
  /** Mean number of progress notes on a complaint (exponentially distributed). */
  meanNotes: number;
}

export interface GeneratedEvents extends EventsShape {
  reused: boolean;
  seconds: number;
  events: number;
}

const TABLES = ['cases', 'complaints', 'assignments', 'case_events'];
const SETTINGS = `set local session_replication_role = replica; set local jit = off; set local work_mem = '256MB';
  set local synchronous_commit = off;`;

async function readMarker(db: Database): Promise<(EventsShape & { events: number; seconds: number }) | undefined> {
  await db.exec(`create table if not exists bench_events_generated (
    id boolean primary key default true check (id), complaints integer not null, directives integer not null,
    mean_notes double precision not null, events bigint not null, seconds double precision not null, finished_at timestamptz not null)`);
  const rows = await db.query<{ complaints: number; directives: number; mean_notes: number; events: string; seconds: number }>(
    'select complaints, directives, mean_notes, events, seconds from bench_events_generated',
  );
  const row = rows.rows[0];
  return row && { ...row, meanNotes: row.mean_notes, events: Number(row.events) };
}

/**
 * The events bench's database (bench/events.ts): `complaints` complaints and `directives`
 * directives and policies over three fiscal years and two months, assigned across the real unit
 * tree, with their events (bench/generate/eventCasesSql.ts), loaded set-based with triggers off
 * (session_replication_role = replica: the rows are consistent by construction; so the events are
 * NOT hash-chained if the database has a chain trigger), indexes dropped during the load and built
 * after, then analysed. Events are drawn into a staging table and copied into case_events in time
 * order, so a case's events lie scattered over the table as a live system's do, not side by side.
 * Reused while it holds the same shape; `force` rebuilds it.
 */
export async function prepareEventsDatabase(
  shape: EventsShape & { force: boolean; log: (line: string) => void; now: Date; url?: string },
): Promise<GeneratedEvents> {
  const started = performance.now();
  const { log } = shape;
  const url = shape.url ?? eventsDatabaseUrl();
  await ensureDatabase(url, shape.force);
  const db = openPostgres(url, { poolSize: 3 });
  const since = (t: number) => `${((performance.now() - t) / 1000).toFixed(1)} s`;
  try {
    await prepareDatabase(db, { clock: { now: () => shape.now } });
    const marker = await readMarker(db);
    if (marker) {
      if (marker.complaints === shape.complaints && marker.directives === shape.directives && marker.meanNotes === shape.meanNotes) {
        log(`reusing the generated database (${marker.events.toLocaleString('en')} events; built in ${marker.seconds.toFixed(0)} s)`);
        return { ...marker, reused: true };
      }
      throw new Error(`The database holds another shape (${JSON.stringify(marker)}); rebuild with --force`);
    }
    if ((await db.query<{ n: number }>('select count(*)::int as n from cases')).rows[0]!.n > 0) {
      throw new Error('The database holds cases but no finished generation; rebuild with --force');
    }
    const counts = await createBenchInputs(db, readTraffyShape());
    // One officer per unit, so events carry an actor as the app's do (the timeline joins users).
    await db.exec(`insert into users (username, display_name, role, unit_id, created_at)
        select 'bench-' || lower(code), 'เจ้าหน้าที่ ' || name_th, 'officer', id, now() from units on conflict do nothing;
      drop table if exists bench_actors, bench_events;
      create unlogged table bench_actors as select distinct on (unit_id) unit_id, id as user_id from users order by unit_id, id;
      create unique index on bench_actors (unit_id);
      create unlogged table bench_events (case_id uuid, assignment_id uuid, type text, actor_unit_id uuid, data jsonb,
                                          created_at timestamptz);`);
    const indexes = await dropPlainIndexes(db, TABLES);
    let phase = performance.now();
    const now = shape.now;
    const chunk = Math.max(1_000, Math.min(50_000, Math.ceil(shape.complaints / 10)));
    let next = 1;
    const lane = async (index: number) => {
      const inLane = (sql: string) => sql.replaceAll('bench_cstage_LANE', `bench_cstage_${index}`);
      await db.exec(inLane(COMPLAINT_STAGE));
      const stage = inLane(complaintStageSql(counts, shape.meanNotes));
      while (next <= shape.complaints) {
        const lo = next;
        const hi = Math.min(shape.complaints, lo + chunk - 1);
        next = hi + 1;
        await db.transaction(async (tx) => {
          await tx.exec(`${SETTINGS} truncate ${inLane('bench_cstage_LANE')};`);
          await tx.query(stage, [lo, hi, FIRST_OPENED, now]);
          await tx.exec(inLane(COMPLAINT_WRITE));
          await tx.query(inLane(COMPLAINT_EVENTS), [now]);
        });
        log(`complaints ${hi.toLocaleString('en')} / ${shape.complaints.toLocaleString('en')} (${since(started)})`);
      }
      await db.exec(inLane('drop table bench_cstage_LANE'));
    };
    await Promise.all([lane(0), lane(1)]);
    log(`complaints in ${since(phase)}`);
    phase = performance.now();
    const first = shape.complaints + 1;
    const last = shape.complaints + shape.directives;
    for (let lo = first; lo <= last; lo += 10_000) {
      await db.transaction(async (tx) => {
        await tx.exec(SETTINGS);
        await tx.query(DIRECTIVE_SQL, [now, lo, Math.min(last, lo + 9_999), FIRST_OPENED]);
      });
    }
    await db.query(`select setval('case_ref_seq', $1)`, [last + 1]);
    log(`directives and policies in ${since(phase)}`);
    phase = performance.now();
    // Time order, as a live system appends them; the actor is the unit's officer.
    await db.transaction(async (tx) => {
      await tx.exec(`${SETTINGS} set local work_mem = '1GB';`);
      await tx.exec(`insert into case_events (case_id, assignment_id, type, actor_user_id, actor_unit_id, data, created_at)
        select e.case_id, e.assignment_id, e.type, u.user_id, e.actor_unit_id, e.data, e.created_at
          from bench_events e left join bench_actors u on u.unit_id = e.actor_unit_id
         order by e.created_at`);
    });
    await db.exec('drop table bench_events, bench_actors, bench_texts, bench_places, bench_halls, bench_owners');
    log(`events copied in time order in ${since(phase)}`);
    phase = performance.now();
    await recreateIndexes(db, indexes, log);
    for (const table of TABLES) await db.exec(`vacuum analyze ${table}`);
    log(`indexes and vacuum in ${since(phase)}`);
    const events = Number((await db.query<{ n: string }>('select count(*) as n from case_events')).rows[0]!.n);
    const seconds = (performance.now() - started) / 1000;
    await db.query(
      `insert into bench_events_generated (complaints, directives, mean_notes, events, seconds, finished_at) values ($1, $2, $3, $4, $5, now())`,
      [shape.complaints, shape.directives, shape.meanNotes, events, seconds],
    );
    log(`generated ${events.toLocaleString('en')} events in ${seconds.toFixed(1)} s`);
    return { complaints: shape.complaints, directives: shape.directives, meanNotes: shape.meanNotes, events, seconds, reused: false };
  } finally {
    await db.close();
  }
}
