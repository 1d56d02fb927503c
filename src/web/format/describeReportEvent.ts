import type { EventView } from '../../shared/api/cases.ts';
import type { I18n } from '../i18n/I18nContext.tsx';
import { formatPeriod } from '../../shared/periods.ts';
import { nonBlankText as text, type EventText } from './eventText.ts';

/** Timeline words for the delivery-reporting events; undefined for any other event. */
export function describeReportEvent(event: EventView, unit: string, i18n: I18n): EventText | undefined {
  const { t, locale } = i18n;
  const words = t.reports.events;
  const data = event.data;
  const period = text(data['period']) ? formatPeriod(data['period'] as string, locale) : '';
  switch (event.type) {
    case 'progress_report_filed': {
      const rag = t.reports.rag[String(data['rag'])] ?? '';
      const title = words.reportFiled(unit, period, rag) + (data['helpNeeded'] === true ? ` · ${t.reports.section.helpNeeded}` : '');
      const blockers = text(data['blockers']);
      return { title, ...(blockers ? { quote: { label: t.reports.form.blockers, text: blockers } } : {}) };
    }
    case 'measurement_recorded':
      return { title: words.measured(unit, text(data['indicatorName']) ?? '', period, String(data['value'] ?? '')) };
    case 'measurements_imported':
      return { title: words.imported(Number(data['rows'] ?? 0)) };
    case 'budget_imported':
      return { title: t.budget.event(Number(data['fiscalYear'] ?? 0), Number(data['lines'] ?? 0)) };
    case 'indicator_defined':
      return {
        title: words.indicatorDefined(locale === 'th' ? String(data['nameTh'] ?? '') : String(data['nameEn'] ?? data['nameTh'] ?? '')),
      };
    case 'report_cycle_set':
      return { title: words.cycleSet(Number(data['cycleMonths'] ?? 1)) };
    case 'stocktake_decision_recorded':
      return { title: words.decision, quote: { label: t.reports.decision.text, text: String(data['text'] ?? '') } };
    case 'follow_up_directive_created':
      return { title: words.followUp(String(data['directiveRef'] ?? '')) };
    default:
      return undefined;
  }
}
