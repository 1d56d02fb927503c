import type { ComplaintFigures } from '../../../shared/api/statistics.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatFigure } from './formatFigure.ts';
import { measureByKey, type MeasureKey } from './measures.ts';

/** The columns every breakdown shows: enough to compare rows without a table wider than a phone can scroll. */
export const breakdownColumns: readonly MeasureKey[] = ['received', 'resolved', 'resolutionRate', 'overdue', 'medianDays', 'satisfiedRate'];

export interface BreakdownRow {
  key: string;
  label: string;
  href?: string;
  figures: ComplaintFigures;
}

/** One breakdown (by category, channel, unit or month) as a plain table, the first column a row heading. */
export function BreakdownTable({ id, title, column, rows }: { id: string; title: string; column: string; rows: BreakdownRow[] }) {
  const { t } = useI18n();
  const words = t.statistics;
  return (
    <section class="statistics-section">
      <h2 class="heading-m" id={`${id}-title`}>
        {title}
      </h2>
      {rows.length === 0 ? (
        <p class="body">{words.emptyBreakdown}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
          <table class="table" id={id}>
            <caption class="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{column}</th>
                {breakdownColumns.map((key) => (
                  <th scope="col" class="numeric" key={key}>
                    {words.measures[key]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">{row.href ? <a href={row.href}>{row.label}</a> : row.label}</th>
                  {breakdownColumns.map((key) => (
                    <td class="numeric" key={key}>
                      {formatFigure(words, measureByKey.get(key)!, row.figures[key])}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
