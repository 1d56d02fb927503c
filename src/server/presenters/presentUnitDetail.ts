import type { UnitDetail } from '../../commands/units/readUnit.ts';
import { presentUnit } from './presentUnit.ts';

/** A unit with its parents, root first, for the unit page and the answer to a unit's creation or change. */
export function presentUnitDetail(detail: UnitDetail) {
  return {
    unit: presentUnit(detail.unit),
    parentId: detail.unit.parent_id,
    ancestors: detail.ancestors.map(presentUnit),
    childCount: detail.childCount,
  };
}
