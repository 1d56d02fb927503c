import type { AgencyServiceLevel } from '../../commands/calendar/manageAgencyServiceLevels.ts';
import type { PublicHolidayRow } from '../../db/queries/publicHolidayQueries.ts';
import type { UnitRow } from '../../db/queries/unitQueries.ts';
import type { AgencyServiceLevelView, PublicHolidayView } from '../../shared/api/workingCalendar.ts';

export function presentPublicHoliday(row: PublicHolidayRow): PublicHolidayView {
  return { day: row.day, nameTh: row.name_th, nameEn: row.name_en, updatedAt: row.updated_at.toISOString() };
}

const unitRef = (unit: UnitRow) => ({ id: unit.id, code: unit.code, name: { th: unit.name_th, en: unit.name_en ?? unit.name_th } });

export function presentAgencyServiceLevel(level: AgencyServiceLevel): AgencyServiceLevelView {
  return {
    unit: unitRef(level.unit),
    own: level.own,
    inherited: level.inherited
      ? { figures: level.inherited.figures, from: level.inherited.from ? unitRef(level.inherited.from) : null }
      : null,
  };
}
