import { Type, type Static } from 'typebox';
import { IsoDate, IsoDateTime, LocalizedText, Nullable, Uuid } from './common.ts';

/** A month `YYYY-MM` (Gregorian, Bangkok time); the browser shows it in the Buddhist era. */
const Month = Type.String({ pattern: '^[0-9]{4}-(0[1-9]|1[0-2])$' });

/** The rule that flags a cluster, sent with every answer so the page states it with the same numbers. */
export const ClusterRuleView = Type.Object({
  minimumCount: Type.Integer(),
  baselineMonths: Type.Integer(),
  maxProbability: Type.Number(),
  baselineFloor: Type.Number(),
});
export type ClusterRuleView = Static<typeof ClusterRuleView>;

export const MonthCount = Type.Object({ month: Month, received: Type.Integer() });
export type MonthCount = Static<typeof MonthCount>;

/** A complaint shown as evidence: its public id and masked title, never who filed it. */
export const EvidenceComplaint = Type.Object({
  caseId: Uuid,
  publicId: Type.String(),
  title: Type.String(),
  status: Type.String(),
  receivedAt: IsoDateTime,
});
export type EvidenceComplaint = Static<typeof EvidenceComplaint>;

export const ClusterView = Type.Object({
  district: Type.Object({ code: Type.String(), name: LocalizedText }),
  province: Type.Object({ name: LocalizedText }),
  category: Type.Object({ code: Type.String(), name: LocalizedText }),
  month: Month,
  received: Type.Integer(),
  /** Mean complaints a month over the previous months. */
  baselineMean: Type.Number(),
  /** received ÷ baseline; null when the baseline is 0. */
  ratio: Nullable(Type.Number()),
  /** How likely so many or more were by chance, had the baseline held. */
  probability: Type.Number(),
  /** The baseline months then the cluster's own, oldest first. */
  trend: Type.Array(MonthCount),
  evidence: Type.Array(EvidenceComplaint),
  /** The directive it was raised into, when it was. */
  directive: Nullable(Type.Object({ id: Uuid, ref: Type.String() })),
});
export type ClusterView = Static<typeof ClusterView>;

export const ClusterList = Type.Object({
  rule: ClusterRuleView,
  /** The months looked at: this month so far and the one before. */
  months: Type.Array(Month),
  clusters: Type.Array(ClusterView),
});
export type ClusterList = Static<typeof ClusterList>;

export const RaiseClusterBody = Type.Object(
  {
    districtCode: Type.String({ pattern: '^[0-9]{4}$' }),
    categoryCode: Type.String({ pattern: '^[a-z0-9_]{1,40}$' }),
    month: Month,
    dueDate: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);
export type RaiseClusterBody = Static<typeof RaiseClusterBody>;

export const ClusterRaised = Type.Object({ id: Uuid, ref: Type.String() });
export type ClusterRaised = Static<typeof ClusterRaised>;

/** Complaints in a case's area before and after it was issued. */
export const AreaComplaintTrendView = Type.Object({
  area: Type.Object({ code: Type.String(), name: LocalizedText }),
  /** Null when the counts are of every category. */
  category: Nullable(Type.Object({ code: Type.String(), name: LocalizedText })),
  issuedMonth: Month,
  months: Type.Array(MonthCount),
  /** The complaints the directive was raised from, when it came from a cluster. */
  evidence: Type.Array(EvidenceComplaint),
});
export type AreaComplaintTrendView = Static<typeof AreaComplaintTrendView>;
