import type { ReachSummary, ReachUnit } from '../../domain/delivery/summarizeReach.ts';
import type { ReachView } from '../../shared/api/delivery.ts';
import { localized } from './presentUnit.ts';

/** The schema of the shape presented here, for the route that describes its answer with it. */
export { ReachView } from '../../shared/api/delivery.ts';

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
