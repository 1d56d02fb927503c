import { useState } from 'preact/hooks';
import type { ComplaintFigures } from '../../../shared/api/statistics.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { breakdownColumns } from './BreakdownTable.tsx';
import { formatFigure } from './formatFigure.ts';
import { measureByKey, type MeasureKey } from './measures.ts';

export interface AreaRow {
  code: string;
  name: string;
  href: string;
  figures: ComplaintFigures;
}

type SortKey = 'name' | MeasureKey;

/** Sorts by a column; areas without a figure go last in either direction, then by name, so the order is stable. */
export function sortAreas(rows: readonly AreaRow[], key: SortKey, descending: boolean, locale: string): AreaRow[] {
  const byName = (a: AreaRow, b: AreaRow) => a.name.localeCompare(b.name, locale);
  return [...rows].sort((a, b) => {
    if (key === 'name') return descending ? byName(b, a) : byName(a, b);
    const x = a.figures[key];
    const y = b.figures[key];
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (descending ? y - x : x - y) || byName(a, b);
  });
}

/**
 * The map's table alternative: the same areas and figures, sortable by any column with buttons in
 * the headings (aria-sort says the order), each area a link to its own dashboard.
 */
export function AreaTable({ caption, rows, initialSort }: { caption: string; rows: AreaRow[]; initialSort: MeasureKey }) {
  const { t, locale } = useI18n();
  const words = t.statistics;
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: initialSort, descending: true });
  const sorted = sortAreas(rows, sort.key, sort.descending, locale === 'th' ? 'th' : 'en');
  const heading = (key: SortKey, label: string, numeric: boolean) => {
    const current = sort.key === key;
    return (
      <th
        scope="col"
        class={numeric ? 'numeric' : undefined}
        aria-sort={current ? (sort.descending ? 'descending' : 'ascending') : 'none'}
        key={key}
      >
        <button type="button" class="sort-button" onClick={() => setSort({ key, descending: current ? !sort.descending : key !== 'name' })}>
          {label}
          <span aria-hidden="true">{current ? (sort.descending ? ' ▼' : ' ▲') : ' ↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <div class="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table class="table area-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {heading('name', words.map.area, false)}
            {breakdownColumns.map((key) => heading(key, words.measures[key], true))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code} data-area={row.code}>
              <th scope="row">
                <a href={row.href}>{row.name}</a>
              </th>
              {breakdownColumns.map((key) => (
                <td class="numeric" key={key} data-measure={key}>
                  {formatFigure(words, measureByKey.get(key)!, row.figures[key])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
