import { Type, type Static } from 'typebox';
import type { ReachSummary, ReachUnit } from '../../domain/delivery/summarizeReach.ts';
import { IsoDateTime, LocalizedText, Nullable, Uuid } from '../schemas/common.ts';
import { localized } from './presentUnit.ts';

const Tally = { assigned: Type.Integer(), acknowledged: Type.Integer() };
/** A grouping named once in `byGrouping`: a national reach lists three hundred units, each in three groupings. */
const GroupingRef = Type.Object({
  id: Type.String({ description: 'The id of an entry of byGrouping, which carries its name' }),
  kind: Type.String(),
});
const ReachUnitView = Type.Object({
  assignmentId: Uuid,
  unit: Type.Object({ id: Uuid, code: Type.String(), kind: Type.String(), name: LocalizedText }),
  province: Nullable(Type.Object({ code: Type.String(), name: LocalizedText })),
  sentAt: IsoDateTime,
});

export const ReachView = Type.Object({
  caseId: Uuid,
  total: Type.Object(Tally),
  byLevel: Type.Array(Type.Object({ level: Type.String({ description: 'ministry, department, province, district, other' }), ...Tally })),
  byGrouping: Type.Array(Type.Object({ id: Type.String(), kind: Type.String(), name: LocalizedText, ...Tally })),
  byProvince: Type.Array(Type.Object({ code: Type.String(), name: LocalizedText, ...Tally })),
  notAcknowledged: Type.Array(
    Type.Intersect([ReachUnitView, Type.Object({ waitingHours: Type.Number(), groupings: Type.Array(GroupingRef) })]),
    { description: 'Units that have not acknowledged, by province then code, with their region, inspection zone and province group' },
  ),
  timing: Type.Object({
    medianHours: Nullable(Type.Number({ description: 'Median hours from sending to acknowledgement' })),
    slowest: Nullable(Type.Intersect([ReachUnitView, Type.Object({ hours: Type.Number() })])),
  }),
});
export type ReachView = Static<typeof ReachView>;

const name = (value: { th: string; en: string | null }) => localized(value.th, value.en);

function presentReachUnit(unit: ReachUnit) {
  return {
    assignmentId: unit.assignmentId,
    unit: { id: unit.unitId, code: unit.unitCode, kind: unit.unitKind, name: name(unit.name) },
    province: unit.province ? { code: unit.province.code, name: name(unit.province.name) } : null,
    sentAt: unit.sentAt.toISOString(),
  };
}

export function presentReach(summary: ReachSummary & { caseId: string }): ReachView {
  return {
    caseId: summary.caseId,
    total: summary.total,
    byLevel: summary.byLevel,
    byGrouping: summary.byGrouping.map((g) => ({ ...g, name: name(g.name) })),
    byProvince: summary.byProvince.map((p) => ({ ...p, name: name(p.name) })),
    notAcknowledged: summary.notAcknowledged.map((unit) => ({
      ...presentReachUnit(unit),
      waitingHours: unit.waitingHours,
      groupings: unit.groupings.map((g) => ({ id: g.id, kind: g.kind })),
    })),
    timing: {
      medianHours: summary.timing.medianHours,
      slowest: summary.timing.slowest ? { ...presentReachUnit(summary.timing.slowest), hours: summary.timing.slowest.hours } : null,
    },
  };
}
