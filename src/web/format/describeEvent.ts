import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { EventView } from '../../shared/api/cases.ts';
import type { CaseStatus } from '../../shared/caseKinds.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import { describeDeliveryEvent } from './describeDeliveryEvent.ts';
import { describeCitizenReplyEvent } from './describeCitizenReplyEvent.ts';
import { describeClusterEvent } from './describeClusterEvent.ts';
import { describePublicationEvent } from './describePublicationEvent.ts';
import { describeReportEvent } from './describeReportEvent.ts';
import { nonBlankText as text, type EventText } from './eventText.ts';

interface UnitMention {
  unitId?: string;
  code?: string;
}

/** "A, B and C"; Thai separates names with spaces, and "และ" stands apart so long unit names stay readable. */
function listOf(names: string[], locale: 'th' | 'en'): string {
  if (locale === 'en') return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(names);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(' ')} และ ${names[names.length - 1]}`;
}

/**
 * A timeline entry in plain words. Units are named from the assignment tree
 * the viewer can see; the API leaves out units the viewer may not see and
 * says how many it left out.
 */
export function describeEvent(event: EventView, assignments: readonly AssignmentView[], i18n: I18n): EventText {
  const { t, name, date } = i18n;
  const unitNames = new Map(assignments.map((a) => [a.unit.id, name(a.unit.name)]));
  const ofAssignment = assignments.find((a) => a.id === event.assignmentId);
  const unit = ofAssignment ? name(ofAssignment.unit.name) : event.actor?.unit ? name(event.actor.unit) : '';
  const data = event.data;

  /** Two units are named in the title; more are counted there and listed below it. */
  const reached = (title: (units: string) => string): EventText => {
    const mentioned = Array.isArray(data['units']) ? (data['units'] as UnitMention[]) : [];
    const names = mentioned.map((m) => (m.unitId && unitNames.get(m.unitId)) || m.code || '').filter(Boolean);
    const hidden = typeof data['unitsNotShown'] === 'number' ? data['unitsNotShown'] : 0;
    if (hidden > 0) names.push(t.events.moreUnits(hidden));
    const total = mentioned.length + hidden;
    const listed = listOf(names, i18n.locale);
    const naming = names.length <= 2 ? { title: title(listed) } : { title: title(t.events.unitCount(total)), units: names };
    return { ...naming, ...(quote ? { quote } : {}), ...(due ? { due } : {}) };
  };
  const note = text(data['note']);
  const reason = text(data['reason']);
  const quote = reason ? { label: t.events.reason, text: reason } : note ? { label: t.events.note, text: note } : undefined;
  const due = text(data['dueAt']) ? t.events.dueBy(date(data['dueAt'] as string)) : undefined;
  const withWords = (title: string): EventText => ({ title, ...(quote ? { quote } : {}) });

  switch (event.type) {
    case 'created':
      return { title: t.events.created };
    case 'assigned':
      return reached(t.events.assigned);
    case 'cascaded':
      return reached(t.events.cascaded);
    case 'acknowledged':
      return withWords(t.events.acknowledged(unit));
    case 'progress_reported':
      return withWords(t.events.progress_reported(unit));
    case 'completed':
      return withWords(t.events.completed(unit));
    case 'returned':
      return withWords(t.events.returned(unit));
    case 'accepted':
      return withWords(t.events.accepted(unit));
    case 'sent_back':
      return withWords(t.events.sent_back(unit));
    case 'status_changed': {
      const label = (status: unknown) => t.caseStatus[status as CaseStatus] ?? String(status);
      return { title: t.events.status_changed(label(data['from']), label(data['to'])) };
    }
    case 'closed':
      return withWords(t.events.closed);
    default:
      return (
        describeDeliveryEvent(event, unit, i18n) ??
        describeReportEvent(event, unit, i18n) ??
        describeClusterEvent(event, i18n) ??
        describePublicationEvent(event, i18n) ??
        describeCitizenReplyEvent(event, i18n) ??
        withWords(t.events.other)
      );
  }
}
