import { classifierAdminTh } from '../../i18n/areas/classifierAdmin.ts';
import { classifierAdminEn } from '../../i18n/areas/en/classifierAdmin.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/**
 * The suggester's words in the reader's language, carried by the staff chunks that use them rather
 * than the core dictionary every page loads (the citizen pages' budget, `test/citizenPageBudget.test.ts`).
 */
export function useClassifierAdminWords(): typeof classifierAdminTh {
  const { locale } = useI18n();
  return locale === 'th' ? classifierAdminTh : classifierAdminEn;
}
