import type { ComplaintCluster } from '../../commands/clusters/listComplaintClusters.ts';
import type { AreaComplaintTrend } from '../../commands/clusters/readAreaComplaintTrend.ts';
import type { ClusterEvidenceRow } from '../../db/queries/complaintClusterQueries.ts';
import { maskPersonalData } from '../../domain/complaints/maskPersonalData.ts';
import type { AreaComplaintTrendView, ClusterView, EvidenceComplaint } from '../../shared/api/clusters.ts';

/** A complaint as evidence: the title masked again (rows stored before intake masked titles), no contact. */
export function presentEvidence(row: ClusterEvidenceRow): EvidenceComplaint {
  return {
    caseId: row.case_id,
    publicId: row.public_id,
    title: maskPersonalData(row.title),
    status: row.status,
    receivedAt: row.received_at.toISOString(),
  };
}

export function presentCluster(cluster: ComplaintCluster): ClusterView {
  const { row, judgement } = cluster;
  return {
    district: { code: row.district_code, name: { th: row.district_name_th, en: row.district_name_en ?? row.district_name_th } },
    province: { name: { th: row.province_name_th, en: row.province_name_en ?? row.province_name_th } },
    category: { code: row.category_code, name: { th: row.category_name_th, en: row.category_name_en } },
    month: cluster.month,
    received: row.received,
    baselineMean: judgement.baselineMean,
    ratio: judgement.ratio,
    probability: judgement.probability,
    trend: cluster.trend,
    evidence: cluster.evidence.map(presentEvidence),
    directive: row.directive_id && row.directive_ref ? { id: row.directive_id, ref: row.directive_ref } : null,
  };
}

export function presentAreaComplaintTrend(trend: AreaComplaintTrend): AreaComplaintTrendView {
  const { names } = trend;
  return {
    area: { code: trend.areaCode, name: { th: names.areaTh, en: names.areaEn ?? names.areaTh } },
    category:
      trend.categoryCode && names.categoryTh
        ? { code: trend.categoryCode, name: { th: names.categoryTh, en: names.categoryEn ?? names.categoryTh } }
        : null,
    issuedMonth: trend.issuedMonth,
    months: trend.months,
    evidence: trend.evidence.map(presentEvidence),
  };
}
