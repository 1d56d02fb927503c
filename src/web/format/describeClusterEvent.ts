import type { EventView } from '../../shared/api/cases.ts';
import { formatPeriod } from '../../shared/periods.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import type { EventText } from './eventText.ts';

/** Timeline words for a directive raised from a complaint cluster; undefined for any other event. */
export function describeClusterEvent(event: EventView, i18n: I18n): EventText | undefined {
  if (event.type !== 'cluster_raised') return undefined;
  const month = typeof event.data['month'] === 'string' ? formatPeriod(event.data['month'], i18n.locale) : '';
  return { title: i18n.t.clusters.eventRaised(Number(event.data['received'] ?? 0), month) };
}
