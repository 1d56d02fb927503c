import {
  listClusterCandidates,
  listClusterEvidence,
  type ClusterCandidateRow,
  type ClusterEvidenceRow,
} from '../../db/queries/complaintClusterQueries.ts';
import type { Queryable } from '../../db/database.ts';
import { AppError } from '../../domain/errors.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import { clusterRule, judgeCluster, type ClusterJudgement } from '../../domain/statistics/complaintClusterRule.ts';
import { monthStart, shiftMonth } from '../../domain/statistics/months.ts';
import { thaiMonth } from '../../shared/thaiTime.ts';
import type { ReadContext } from '../context.ts';

/** A cluster with its judgement, its months (the baseline's then its own) and its first complaints. */
export interface ComplaintCluster {
  row: ClusterCandidateRow;
  month: string;
  judgement: ClusterJudgement;
  trend: { month: string; received: number }[];
  evidence: ClusterEvidenceRow[];
}

/** How many complaints each cluster shows on the list; the directive carries all of them. */
const EVIDENCE_SHOWN = 10;
const CLUSTERS_SHOWN = 50;

/**
 * The current clusters for the delivery unit: this month so far and last month (so a rise late in
 * a month is still on the list on the 1st), judged by `clusterRule`, newest month first and then
 * the least likely by chance first. National reach only: a cluster is a view across districts.
 */
export async function listComplaintClusters(ctx: ReadContext): Promise<{ months: string[]; clusters: ComplaintCluster[] }> {
  if (!readScope(ctx.actor).national) throw new AppError('forbidden');
  const current = thaiMonth(ctx.clock.now());
  const months = [current, shiftMonth(current, -1)];
  const clusters = await findClusters(ctx.db, { months });
  const shown = clusters.slice(0, CLUSTERS_SHOWN);
  for (const cluster of shown) {
    cluster.evidence = await listClusterEvidence(ctx.db, {
      districtCode: cluster.row.district_code,
      categoryCode: cluster.row.category_code,
      month: monthStart(cluster.month),
      limit: EVIDENCE_SHOWN,
    });
  }
  return { months, clusters: shown };
}

/** The flagged clusters among the given months (optionally one district and category), ordered. */
export async function findClusters(
  db: Queryable,
  input: { months: string[]; districtCode?: string; categoryCode?: string },
): Promise<ComplaintCluster[]> {
  const rows = await listClusterCandidates(db, {
    months: input.months.map(monthStart),
    minimumCount: clusterRule.minimumCount,
    baselineMonths: clusterRule.baselineMonths,
    districtCode: input.districtCode,
    categoryCode: input.categoryCode,
  });
  const clusters: ComplaintCluster[] = [];
  for (const row of rows) {
    const judgement = judgeCluster(row.received, row.previous);
    if (!judgement.flagged) continue;
    const month = row.month.slice(0, 7);
    const trend = row.previous.map((received, i) => ({ month: shiftMonth(month, i - row.previous.length), received }));
    trend.push({ month, received: row.received });
    clusters.push({ row, month, judgement, trend, evidence: [] });
  }
  return clusters.sort(
    (a, b) =>
      b.month.localeCompare(a.month) ||
      a.judgement.probability - b.judgement.probability ||
      b.row.received - a.row.received ||
      a.row.district_code.localeCompare(b.row.district_code),
  );
}
