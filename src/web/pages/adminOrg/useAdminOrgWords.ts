import { adminOrgTh } from '../../i18n/areas/adminOrg.ts';
import { adminOrgEn } from '../../i18n/areas/en/adminOrg.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/**
 * The organisation pages' words in the reader's language. They travel with these staff pages'
 * chunks rather than in the Thai dictionary every page loads: the citizen pages' first load has
 * a budget (`test/citizenPageBudget.test.ts`, 88 KB) that four kilobytes of administrators' Thai
 * would break.
 */
export function useAdminOrgWords(): typeof adminOrgTh {
  const { locale } = useI18n();
  return locale === 'th' ? adminOrgTh : adminOrgEn;
}
