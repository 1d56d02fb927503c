import type { EventView } from '../../shared/api/cases.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import { nonBlankText, type EventText } from './eventText.ts';

/** Timeline words for a public reply (issue 13): the words the citizen was sent, as staff wrote them; undefined for any other event. */
export function describeCitizenReplyEvent(event: EventView, i18n: I18n): EventText | undefined {
  if (event.type !== 'public_reply') return undefined;
  const words = i18n.t.citizenClose;
  const message = nonBlankText(event.data['message']);
  return { title: words.replyEvent, ...(message ? { quote: { label: words.publicReplyLabel, text: message } } : {}) };
}
