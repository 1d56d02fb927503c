import { randomUUID } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';

/** A small seeded generator (mulberry32), so a failing draw replays from its seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const CHANNELS = ['web', 'hotline', 'line', 'open311', 'walk_in'];

export interface ComplaintWorld {
  /** Every scope worth checking: the country, the provinces, districts and groupings used, and the units above the handlers. */
  scopes(): Promise<string[]>;
  addComplaints(count: number, now: Date): Promise<void>;
  changeAtRandom(count: number, now: Date): Promise<void>;
}

/**
 * Random complaints written straight into cases, complaints and assignments, as the intake
 * statement and the commands write them, in districts of four provinces in different inspection
 * zones, handled by the district offices and provincial halls of the reference unit tree.
 */
export async function randomComplaintWorld(db: Database, seed: number): Promise<ComplaintWorld> {
  const random = seeded(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const provinces = ['10', '50', '40', '90'];
  const districts = (
    await db.query<{ code: string }>(
      `select code from (select code, row_number() over (partition by parent_code order by code) as n
                           from areas where level = 'district' and parent_code = any($1::text[])) d where n <= 3`,
      [provinces],
    )
  ).rows.map((row) => row.code);
  const areaCodes = [...districts, ...provinces, null];
  const units = (
    await db.query<{ id: string; code: string; area_code: string | null }>(
      `select id, code, area_code from units where code = any($1::text[])`,
      [[...districts.map((d) => `DO-${d}`), ...provinces.map((p) => `PH-${p}`)]],
    )
  ).rows;
  const owner = (await db.query<{ id: string }>(`select id from units where code = 'OPM-1111'`)).rows[0]!.id;
  const categories = (await db.query<{ code: string }>('select code from complaint_categories order by code limit 8')).rows.map(
    (r) => r.code,
  );
  const caseIds: string[] = [];
  let serial = 0;

  async function addComplaint(now: Date): Promise<void> {
    const id = randomUUID();
    serial += 1;
    // Received at any time in the 30 months before now, so fiscal years 2567-2569 all have some.
    const receivedAt = new Date(now.getTime() - Math.floor(random() * 900 * DAY) - Math.floor(random() * DAY));
    const area = pick(areaCodes);
    const category = pick(categories);
    const unit = pick(units);
    await db.query(
      `insert into cases (id, ref, kind, title, status, category, area_code, owner_unit_id, created_at, updated_at)
       values ($1, $2, 'complaint', 'ทดสอบ', 'open', $3, $4, $5, $6, $6)`,
      [id, `CMP-T-${seed}-${serial}`, category, area, owner, receivedAt],
    );
    await db.query(
      `insert into complaints (case_id, tracking_code, public_id, channel, category_code, area_code, anonymous, received_at)
       values ($1, $2, $3, $4, $5, $6, false, $7)`,
      [
        id,
        `T${seed}x${serial}`.slice(0, 40),
        `p${String(serial).padStart(5, '0')}x${String(seed).padStart(10, '0')}`.slice(0, 12),
        pick(CHANNELS),
        category,
        area,
        receivedAt,
      ],
    );
    const dueAt = random() < 0.1 ? null : new Date(receivedAt.getTime() + Math.floor(random() * 40) * DAY);
    await db.query(
      `insert into assignments (case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at)
       values ($1, $2, 'lead', 'sent', $3, $4, $5, $5)`,
      [id, unit.id, dueAt, owner, receivedAt],
    );
    caseIds.push(id);
  }

  async function changeOne(now: Date): Promise<void> {
    const caseId = pick(caseIds);
    const row = (
      await db.query<{ received_at: Date; lead_id: string }>(
        `select k.received_at, a.id as lead_id from complaints k
           join assignments a on a.case_id = k.case_id and a.parent_id is null and a.role = 'lead' and a.status <> 'returned'
          where k.case_id = $1`,
        [caseId],
      )
    ).rows[0];
    if (!row) return;
    const later = (maxDays: number) => new Date(row.received_at.getTime() + Math.floor(random() * maxDays * DAY) + 3_600_000);
    const kind = pick(['finish', 'finish', 'close', 'reopen', 'rate', 'recategorise', 'move', 'reroute', 'merge', 'acknowledge', 'pause']);
    if (kind === 'finish') {
      await db.query(`update complaints set resolved_at = $2 where case_id = $1`, [caseId, later(60)]);
      await db.query(`update assignments set status = 'done', done_at = $2 where id = $1`, [row.lead_id, now]);
    } else if (kind === 'close') {
      await db.query(`update cases set status = 'closed', closed_at = $2 where id = $1`, [caseId, later(90)]);
    } else if (kind === 'reopen') {
      await db.query(`update complaints set resolved_at = null, rating = null, reopened_count = reopened_count + 1 where case_id = $1`, [
        caseId,
      ]);
      await db.query(`update cases set status = 'in_progress', closed_at = null where id = $1`, [caseId]);
      await db.query(`update assignments set status = 'in_progress' where id = $1`, [row.lead_id]);
    } else if (kind === 'rate') {
      await db.query(`update complaints set rating = $2 where case_id = $1`, [caseId, 1 + Math.floor(random() * 5)]);
    } else if (kind === 'recategorise') {
      await db.query(`update complaints set category_code = $2 where case_id = $1`, [caseId, pick(categories)]);
    } else if (kind === 'move') {
      await db.query(`update complaints set area_code = $2 where case_id = $1`, [caseId, pick(areaCodes)]);
    } else if (kind === 'reroute') {
      const unit = pick(units);
      await db.query(`update assignments set status = 'returned' where id = $1`, [row.lead_id]);
      await db.query(
        `insert into assignments (case_id, unit_id, role, status, due_at, assigned_by_unit_id, created_at, updated_at)
         values ($1, $2, 'lead', 'sent', $3, $4, $5, $5) on conflict (case_id, unit_id) do nothing`,
        [caseId, unit.id, later(50), owner, now],
      );
    } else if (kind === 'merge') {
      const into = pick(caseIds);
      if (into !== caseId)
        await db.query(`update complaints set merged_into = $2 where case_id = $1 and merged_into is null`, [caseId, into]);
    } else if (kind === 'acknowledge') {
      await db.query(`update assignments set acknowledged_at = $2, status = 'acknowledged' where id = $1`, [row.lead_id, later(6)]);
    } else {
      const paused = random() < 0.5;
      await db.query(`update assignments set paused_at = $2, paused_ms = paused_ms + $3 where id = $1`, [
        row.lead_id,
        paused ? now : null,
        paused ? 0 : Math.floor(random() * 5 * DAY),
      ]);
    }
  }

  return {
    async scopes() {
      const groupings = await db.query<{ grouping_id: string }>(
        'select distinct grouping_id from area_grouping_members where province_code = any($1::text[]) order by 1',
        [provinces],
      );
      const ancestors = await db.query<{ id: string }>(
        `select distinct x.id from units u cross join lateral regexp_split_to_table(trim(both '/' from u.path), '/') as x(id)
          where u.id = any($1::uuid[]) order by 1`,
        [units.map((unit) => unit.id)],
      );
      return [
        'TH',
        ...provinces.map((p) => `p:${p}`),
        ...districts.slice(0, 4).map((d) => `d:${d}`),
        ...groupings.rows.map((row) => row.grouping_id),
        ...ancestors.rows.slice(0, 6).map((row) => `u:${row.id}`),
      ];
    },
    async addComplaints(count, now) {
      for (let i = 0; i < count; i++) await addComplaint(now);
    },
    async changeAtRandom(count, now) {
      for (let i = 0; i < count; i++) await changeOne(now);
    },
  };
}
