/**
 * What the unit tree and the area groupings are made of, for the server (the
 * `units.kind` column, the API's filters) and the browser (sending a case to
 * every unit of a kind in a grouping) alike.
 */
export const unitKinds = [
  'government',
  'ministry',
  'department',
  'division',
  'provincial_hall',
  'district_office',
  'provincial_office',
  'service_point',
] as const;
export type UnitKind = (typeof unitKinds)[number];

/** Groupings of provinces a case can be sent across: regions, the PM's Office inspection zones, and province groups. */
export const groupingKinds = ['region', 'inspection_zone', 'province_group'] as const;
export type GroupingKind = (typeof groupingKinds)[number];
