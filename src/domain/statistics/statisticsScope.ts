/** What a statistics scope string names (see `StatisticsScope` in `shared/api/statistics.ts`). */
export type ParsedScope =
  | { kind: 'national' }
  | { kind: 'province'; code: string }
  | { kind: 'district'; code: string }
  | { kind: 'grouping'; id: string }
  | { kind: 'unit'; id: string };

export const NATIONAL_SCOPE = 'TH';

/** A malformed unit id names no unit, like an unknown one (not an error of the database). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseStatisticsScope(scope: string): ParsedScope {
  if (scope === NATIONAL_SCOPE) return { kind: 'national' };
  if (scope.startsWith('p:')) return { kind: 'province', code: scope.slice(2) };
  if (scope.startsWith('d:')) return { kind: 'district', code: scope.slice(2) };
  if (scope.startsWith('u:'))
    return { kind: 'unit', id: UUID.test(scope.slice(2)) ? scope.slice(2) : '00000000-0000-0000-0000-000000000000' };
  return { kind: 'grouping', id: scope };
}

/** The longest range one request may cover: five fiscal years of months. */
export const MAX_STATISTICS_MONTHS = 60;
