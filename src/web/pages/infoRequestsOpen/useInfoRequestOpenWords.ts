import { infoRequestOpenTh } from '../../i18n/areas/infoRequestOpen.ts';
import { infoRequestOpenEn } from '../../i18n/areas/en/infoRequestOpen.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** The publishing words in the reader's language, carried by the chunks that use them. */
export function useInfoRequestOpenWords(): typeof infoRequestOpenTh {
  const { locale } = useI18n();
  return locale === 'th' ? infoRequestOpenTh : infoRequestOpenEn;
}
