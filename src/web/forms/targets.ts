import type { TargetSelection } from '../../shared/api/assignments.ts';
import type { UnitListItem } from '../../shared/api/units.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';

/** How a case's units are chosen: not yet, by name one by one, or every unit of a kind in an area grouping. */
export interface TargetsValue {
  mode: 'none' | 'units' | 'group';
  units: UnitListItem[];
  kind: UnitKind | '';
  /** An area grouping such as `zone:15`; empty for the whole country. */
  groupingId: string;
}

export const emptyTargets = (mode: TargetsValue['mode']): TargetsValue => ({ mode, units: [], kind: '', groupingId: '' });

/** The API's target selection, or null when nothing is to be assigned. */
export function toSelection(value: TargetsValue): TargetSelection | null {
  if (value.mode === 'units') return value.units.length > 0 ? { unitIds: value.units.map((unit) => unit.id) } : null;
  if (value.mode === 'group' && value.kind) return { kind: value.kind, ...(value.groupingId ? { groupingId: value.groupingId } : {}) };
  return null;
}

/** What is missing, as the key of the message to show; null when the choice is complete. */
export function targetsProblem(value: TargetsValue): 'chooseUnit' | 'chooseKind' | null {
  if (value.mode === 'units' && value.units.length === 0) return 'chooseUnit';
  if (value.mode === 'group' && !value.kind) return 'chooseKind';
  return null;
}

/** Unit kinds worth sending a case to all at once. */
export const groupableKinds: UnitKind[] = ['provincial_hall', 'district_office', 'provincial_office', 'ministry', 'department'];
