import type { Queryable } from '../../db/database.ts';
import { listGroupingMemberships, listReachRows } from '../../db/queries/reachQuery.ts';
import { summarizeReach, type Grouping, type ReachSummary } from '../../domain/delivery/summarizeReach.ts';
import { seesAllAssignments } from '../../domain/policies/casePolicy.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';
import { visibleAssignments } from '../cases/readCase.ts';

const groupingsCache = new WeakMap<Queryable, Promise<ReadonlyMap<string, Grouping[]>>>();

/**
 * Which region, inspection zone and province group each province is in. This
 * is reference data, written only by `tidtam migrate` before the server
 * starts, so each process reads it once (about 3 of the reach view's 30 ms
 * when it was read on every request; bench/reach.ts).
 */
function provinceGroupings(db: Queryable): Promise<ReadonlyMap<string, Grouping[]>> {
  let cached = groupingsCache.get(db);
  if (!cached) {
    cached = listGroupingMemberships(db).then((members) => {
      const byProvince = new Map<string, Grouping[]>();
      for (const member of members) {
        if (!byProvince.has(member.province_code)) byProvince.set(member.province_code, []);
        byProvince
          .get(member.province_code)!
          .push({ id: member.grouping_id, kind: member.kind, name: { th: member.name_th, en: member.name_en } });
      }
      return byProvince;
    });
    cached.catch(() => groupingsCache.delete(db));
    groupingsCache.set(db, cached);
  }
  return cached;
}

/**
 * The acknowledgement reach of a case, counted over the assignments the viewer
 * may see: the owner side sees the whole country, a provincial office its own
 * part and the chain above it.
 */
export async function readReach(ctx: ReadContext, caseId: string): Promise<ReachSummary & { caseId: string }> {
  const { db, actor } = ctx;
  const now = ctx.clock.now();
  const { facts } = await loadReadableCase(db, actor, caseId);
  const seesAll = seesAllAssignments(actor, facts);
  let rows = await listReachRows(db, caseId, { withPaths: !seesAll });
  if (!seesAll) {
    const keyed = rows.map((row) => ({ id: row.assignment_id, parent_id: row.parent_id, unit_path: row.unit_path }));
    const visible = new Set(visibleAssignments(actor, keyed).map((a) => a.id));
    rows = rows.filter((row) => visible.has(row.assignment_id));
  }
  const groupingsOfProvince = await provinceGroupings(db);
  const summary = summarizeReach(
    rows.map((row) => ({
      assignmentId: row.assignment_id,
      unitId: row.unit_id,
      unitCode: row.unit_code,
      unitKind: row.unit_kind,
      name: { th: row.unit_name_th, en: row.unit_name_en },
      province: row.province_code ? { code: row.province_code, name: { th: row.province_name_th!, en: row.province_name_en } } : null,
      sentAt: new Date(row.sent_ms),
      acknowledgedAt: row.acknowledged_ms === null ? null : new Date(row.acknowledged_ms),
    })),
    groupingsOfProvince,
    now,
  );
  return { caseId, ...summary };
}
