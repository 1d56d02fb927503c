/**
 * The kinds of unit in the government tree, from the whole government down to a service
 * point. The server checks them (database rows, request schemas) and the browser offers them
 * as a filter, so both read the one list.
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
