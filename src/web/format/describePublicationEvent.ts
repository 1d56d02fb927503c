import type { EventView } from '../../shared/api/cases.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import type { EventText } from './eventText.ts';

const WORDS: Record<string, { th: string; en: string }> = {
  published: { th: 'เผยแพร่เรื่องนี้บนเว็บไซต์สาธารณะ', en: 'Published this on the public portal' },
  unpublished: { th: 'ถอนเรื่องนี้ออกจากเว็บไซต์สาธารณะ', en: 'Withdrew this from the public portal' },
  story_published: { th: 'เผยแพร่ผลการแก้ไขเรื่องร้องเรียนนี้บนเว็บไซต์สาธารณะ', en: "Published this complaint's story on the public portal" },
  story_withdrawn: { th: 'ถอนผลการแก้ไขเรื่องร้องเรียนนี้ออกจากเว็บไซต์สาธารณะ', en: "Withdrew this complaint's story from the public portal" },
};

/** Timeline words for publishing on the public portal (issue #12); undefined for any other event. */
export function describePublicationEvent(event: EventView, i18n: I18n): EventText | undefined {
  const words = WORDS[event.type];
  return words ? { title: i18n.locale === 'en' ? words.en : words.th } : undefined;
}
