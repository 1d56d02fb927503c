/** The shapes of the working-day calendar routes are shared with the browser. */
export {
  AgencyServiceLevelParams,
  AgencyServiceLevelView,
  PublicHolidayBody,
  PublicHolidayList,
  PublicHolidayNamesBody,
  PublicHolidayParams,
  PublicHolidayQuery,
  PublicHolidayView,
  WorkingDayFigures,
} from '../../../shared/api/workingCalendar.ts';
