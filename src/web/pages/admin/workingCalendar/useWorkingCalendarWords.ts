import { workingCalendarTh } from '../../../i18n/areas/workingCalendar.ts';
import { workingCalendarEn } from '../../../i18n/areas/en/workingCalendar.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';

/**
 * The working-day calendar pages' words in the reader's language, carried by these staff pages' chunks
 * rather than the core dictionary every page loads (the citizen pages' budget, `test/citizenPageBudget.test.ts`).
 */
export function useWorkingCalendarWords(): typeof workingCalendarTh {
  const { locale } = useI18n();
  return locale === 'th' ? workingCalendarTh : workingCalendarEn;
}
