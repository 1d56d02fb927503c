import type { Queryable } from '../../db/database.ts';
import { loadHolidayDays } from '../../db/queries/publicHolidayQueries.ts';
import { loadServiceLevels } from '../../db/queries/serviceLevelQueries.ts';
import { findUnitsByIds } from '../../db/queries/unitQueries.ts';
import { addWorkingDays } from '../../domain/calendar/workingDays.ts';
import { matchAgencyServiceLevel } from '../../domain/serviceLevels/serviceLevelPolicy.ts';

/**
 * When the agency's answer is due and when a request becomes long overdue, counted from `from` in
 * working days (`domain/calendar/workingDays.ts`: Bangkok days, weekends and `public_holidays` skipped,
 * the day of receipt not counted, the end of the n-th working day) by the agency's service level for
 * `info_request`: the agency's own row, or its nearest ancestor's, or the kind's default. Null where the
 * service level sets no figure (or there is none). The sweep escalates by the same rule.
 */
export async function infoRequestDeadline(
  db: Queryable,
  agencyUnitId: string,
  from: Date,
): Promise<{ dueAt: Date | null; longOverdueAt: Date | null }> {
  const [agency] = await findUnitsByIds(db, [agencyUnitId]);
  const policy = matchAgencyServiceLevel(
    await loadServiceLevels(db),
    { kind: 'info_request', category: null, priority: 'normal' },
    agency?.path ?? `/${agencyUnitId}/`,
  );
  if (!policy || (!policy.resolveWorkingDays && !policy.longOverdueWorkingDays)) return { dueAt: null, longOverdueAt: null };
  const holidays = await loadHolidayDays(db);
  return {
    dueAt: policy.resolveWorkingDays ? addWorkingDays(from, policy.resolveWorkingDays, holidays) : null,
    longOverdueAt: policy.longOverdueWorkingDays ? addWorkingDays(from, policy.longOverdueWorkingDays, holidays) : null,
  };
}
