import type { TargetSelection } from '../../shared/api/assignments.ts';
import type { UnitKind } from '../../shared/unitKinds.ts';

/**
 * The cascade page's choice of units: named units directly below (checked one by one), or every
 * unit of a kind below, everywhere or in one province, inspection zone or province group. Each
 * maps to one `TargetSelection` the API resolves, the same for the preview and for sending.
 */
export interface CascadeTargets {
  mode: 'children' | 'kind';
  kind: UnitKind | '';
  area: 'all' | 'province' | 'zone' | 'group';
  provinceCode: string;
  zoneId: string;
  groupId: string;
}

export const emptyCascadeTargets: CascadeTargets = { mode: 'children', kind: '', area: 'all', provinceCode: '', zoneId: '', groupId: '' };

/** Unit kinds that sit in an area, so choosing a province or grouping means something for them. */
export const areaKinds: readonly UnitKind[] = ['provincial_hall', 'district_office', 'provincial_office', 'service_point'];

/** Kinds a unit may have below it, in the order the page offers them. */
export const kindsBelow: readonly UnitKind[] = [
  'provincial_office',
  'provincial_hall',
  'district_office',
  'service_point',
  'ministry',
  'department',
  'division',
];

/** What is still to be chosen before the kind selection names any units, as the field and message key. */
export function kindSelectionProblem(
  value: CascadeTargets,
): { field: string; key: 'chooseKind' | 'chooseProvince' | 'chooseZone' | 'chooseGroup' } | null {
  if (!value.kind) return { field: 'targets', key: 'chooseKind' };
  if (!areaKinds.includes(value.kind)) return null;
  if (value.area === 'province' && !value.provinceCode) return { field: 'province-code', key: 'chooseProvince' };
  if (value.area === 'zone' && !value.zoneId) return { field: 'zone-id', key: 'chooseZone' };
  if (value.area === 'group' && !value.groupId) return { field: 'group-id', key: 'chooseGroup' };
  return null;
}

/** The API's selection for a complete kind choice; null while something is still to be chosen. */
export function kindSelection(value: CascadeTargets): TargetSelection | null {
  if (value.mode !== 'kind' || kindSelectionProblem(value) || !value.kind) return null;
  if (!areaKinds.includes(value.kind) || value.area === 'all') return { kind: value.kind };
  if (value.area === 'province') return { kind: value.kind, provinceCodes: [value.provinceCode] };
  return { kind: value.kind, groupingId: value.area === 'zone' ? value.zoneId : value.groupId };
}
