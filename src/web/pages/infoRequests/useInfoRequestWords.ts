import { infoRequestsEn } from '../../i18n/areas/en/infoRequests.ts';
import { infoRequestsTh } from '../../i18n/areas/infoRequests.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The information-request pages' words in the reader's language; they travel with these pages' chunks. */
export function useInfoRequestWords(): typeof infoRequestsTh {
  const { locale } = useI18n();
  return locale === 'th' ? infoRequestsTh : infoRequestsEn;
}
