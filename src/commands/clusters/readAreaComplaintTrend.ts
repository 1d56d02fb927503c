import {
  listDirectiveEvidence,
  readAreaAndCategoryNames,
  readAreaMonthlyCounts,
  type ClusterEvidenceRow,
} from '../../db/queries/complaintClusterQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { monthStart, monthsBetween, shiftMonth } from '../../domain/statistics/months.ts';
import { thaiMonth } from '../../shared/thaiTime.ts';
import { loadReadableCase } from '../cases/loadReadableCase.ts';
import type { ReadContext } from '../context.ts';

/** Months shown on each side of the month a case was issued in. */
export const TREND_MONTHS_AROUND = 6;

export interface AreaComplaintTrend {
  areaCode: string;
  /** The aggregate the counts come from: a district (`d:XXXX`) or a province (`p:XX`). */
  scope: string;
  names: { areaTh: string; areaEn: string | null; categoryTh: string | null; categoryEn: string | null };
  categoryCode: string | null;
  issuedMonth: string;
  months: { month: string; received: number }[];
  /** The complaints the case was raised from, when it came from a cluster. */
  evidence: ClusterEvidenceRow[];
}

/** Cases whose area and category say where to look: the government's own matters, not complaints. */
const TREND_KINDS = new Set(['directive', 'policy', 'cabinet_resolution']);

/**
 * The complaints received in a case's area (and category, when it has one) for 6 months before the
 * month it was issued and up to 6 after, from the aggregates: did the directive change anything
 * where it was aimed? A subdistrict's case reads its district, the finest level the aggregates keep.
 * Whoever may read the case may read this; a case without an area has no trend (`not_found`).
 */
export async function readAreaComplaintTrend(ctx: ReadContext, caseId: string): Promise<AreaComplaintTrend> {
  const { row } = await loadReadableCase(ctx.db, ctx.actor, caseId);
  if (!TREND_KINDS.has(row.kind) || !row.area_code) {
    throw new AppError('not_found', { th: 'เรื่องนี้ไม่ได้ระบุพื้นที่', en: 'This case names no area.' });
  }
  const areaCode = row.area_code.length >= 4 ? row.area_code.slice(0, 4) : row.area_code.slice(0, 2);
  const scope = `${areaCode.length === 4 ? 'd' : 'p'}:${areaCode}`;
  const issuedMonth = thaiMonth(row.created_at);
  const current = thaiMonth(ctx.clock.now());
  const from = shiftMonth(issuedMonth, -TREND_MONTHS_AROUND);
  const after = shiftMonth(issuedMonth, TREND_MONTHS_AROUND);
  const to = after < current ? after : current;
  const names = await readAreaAndCategoryNames(ctx.db, { areaCode, categoryCode: row.category });
  // A category that is not a complaint category (a policy's own label) reads every category.
  const categoryCode = names?.category_name_th ? row.category : null;
  const counts = await readAreaMonthlyCounts(ctx.db, { scope, categoryCode, from: monthStart(from), to: monthStart(to) });
  const evidence = await listDirectiveEvidence(ctx.db, row.id, 100);
  const byMonth = new Map(counts.map((c) => [c.month.slice(0, 7), c.received]));
  return {
    areaCode,
    scope,
    names: {
      areaTh: names?.area_name_th ?? areaCode,
      areaEn: names?.area_name_en ?? null,
      categoryTh: names?.category_name_th ?? null,
      categoryEn: names?.category_name_en ?? null,
    },
    categoryCode,
    issuedMonth,
    months: monthsBetween(from, to).map((month) => ({ month, received: byMonth.get(month) ?? 0 })),
    evidence,
  };
}
