import type { EventView } from '../../shared/api/cases.ts';
import type { LocalizedText } from '../../shared/api/common.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import type { EventText } from './eventText.ts';

/** Timeline words for the events of the delivery area: service-level reminders and escalations, answers, bill stages, groups. */
export function describeDeliveryEvent(event: EventView, unit: string, i18n: I18n): EventText | undefined {
  const { t, name } = i18n;
  const data = event.data;
  switch (event.type) {
    case 'reminded':
      return { title: t.delivery.events.reminded(unit) };
    case 'escalated': {
      const to = data['toUnit'] as { name: LocalizedText } | null;
      return { title: t.delivery.events.escalated(unit, to ? name(to.name) : '—') };
    }
    case 'question_answered':
      return { title: t.delivery.events.question_answered };
    case 'bill_stage_changed': {
      const stage = String(data['to']);
      return { title: t.delivery.events.bill_stage_changed(t.delivery.bill.stages[stage] ?? stage) };
    }
    case 'group_linked': {
      const group = data['group'] as { name: LocalizedText } | undefined;
      return { title: t.delivery.events.group_linked(group ? name(group.name) : '') };
    }
    default:
      return undefined;
  }
}
