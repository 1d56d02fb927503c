import { insertClusterDirective, listClusterEvidence } from '../../db/queries/complaintClusterQueries.ts';
import { appendEvent } from '../../db/queries/eventQueries.ts';
import { AppError } from '../../domain/errors.ts';
import { canCreateCase } from '../../domain/policies/casePolicy.ts';
import { readScope } from '../../domain/policies/readScope.ts';
import { clusterRule } from '../../domain/statistics/complaintClusterRule.ts';
import { monthStart } from '../../domain/statistics/months.ts';
import { createCaseInTx } from '../cases/createCase.ts';
import type { CommandContext } from '../context.ts';
import { findClusters } from './listComplaintClusters.ts';

export interface RaiseClusterInput {
  districtCode: string;
  categoryCode: string;
  /** `YYYY-MM`. */
  month: string;
  dueAt: Date | null;
}

/** The most complaints a directive carries as evidence; a cluster beyond it keeps its count in the details. */
const EVIDENCE_CARRIED = 1_000;

/**
 * Raises a complaint cluster into a directive owned by the delivery unit's own unit, for the
 * cluster's district and category, carrying the cluster (figures, baseline, the rule) in its details
 * and its complaints as evidence. The cluster is judged again inside the transaction, so only a real
 * one is raised, and only once. The directive then goes through the normal assignment flow.
 */
export async function raiseComplaintCluster(ctx: CommandContext, input: RaiseClusterInput): Promise<{ id: string; ref: string }> {
  const { actor } = ctx;
  // Authorization before any lookup, so who may not raise learns nothing of which clusters exist.
  if (!readScope(actor).national || !canCreateCase(actor, 'directive')) throw new AppError('forbidden');
  return ctx.db.transaction(async (tx) => {
    const [cluster] = await findClusters(tx, { months: [input.month], districtCode: input.districtCode, categoryCode: input.categoryCode });
    if (!cluster) {
      throw new AppError('not_found', {
        th: 'ไม่พบกลุ่มเรื่องร้องเรียนนี้ หรือจำนวนเรื่องไม่เข้าเกณฑ์แล้ว',
        en: 'There is no such complaint cluster, or it no longer meets the rule.',
      });
    }
    const { row, judgement } = cluster;
    const evidence = await listClusterEvidence(tx, {
      districtCode: row.district_code,
      categoryCode: row.category_code,
      month: monthStart(input.month),
      limit: EVIDENCE_CARRIED,
    });
    const baseline = Math.round(judgement.baselineMean * 10) / 10;
    const created = await createCaseInTx(tx, ctx, {
      kind: 'directive',
      title: `แก้ปัญหาเรื่องร้องเรียนหมวด${row.category_name_th}ที่เพิ่มขึ้นใน${row.district_name_th} ${row.province_name_th}`,
      body:
        `เดือนนี้${row.district_name_th} ${row.province_name_th} มีเรื่องร้องเรียนหมวด${row.category_name_th} ${row.received} เรื่อง ` +
        `ขณะที่ ${clusterRule.baselineMonths} เดือนก่อนหน้าเฉลี่ย ${baseline} เรื่องต่อเดือน\n` +
        `This month ${row.district_name_en ?? row.district_name_th} received ${row.received} ${row.category_name_en} complaints, ` +
        `against a mean of ${baseline} a month over the previous ${clusterRule.baselineMonths} months.`,
      priority: 'high',
      category: row.category_code,
      areaCode: row.district_code,
      dueAt: input.dueAt,
      details: {
        clusterOrigin: {
          districtCode: row.district_code,
          categoryCode: row.category_code,
          month: input.month,
          received: row.received,
          previous: row.previous,
          baselineMean: judgement.baselineMean,
          probability: judgement.probability,
          rule: { ...clusterRule },
          evidenceCount: evidence.length,
        },
      },
      assignments: [],
    });
    const first = await insertClusterDirective(tx, {
      caseId: created.id,
      districtCode: row.district_code,
      categoryCode: row.category_code,
      month: monthStart(input.month),
      evidenceCaseIds: evidence.map((e) => e.case_id),
    });
    if (!first) {
      throw new AppError('conflict', {
        th: 'กลุ่มเรื่องร้องเรียนนี้ถูกยกระดับเป็นข้อสั่งการแล้ว',
        en: 'This complaint cluster has already been raised to a directive.',
      });
    }
    await appendEvent(tx, {
      caseId: created.id,
      type: 'cluster_raised',
      actorUserId: actor.userId,
      actorUnitId: actor.unitId,
      data: {
        districtCode: row.district_code,
        categoryCode: row.category_code,
        month: input.month,
        received: row.received,
        baselineMean: judgement.baselineMean,
        evidenceCount: evidence.length,
      },
      at: ctx.clock.now(),
    });
    return created;
  });
}
