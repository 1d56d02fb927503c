import type { Messages } from '../../i18n/th.ts';
import type { Measure } from './measures.ts';

/** A figure as the reader's language writes it: Thai digit grouping, "ร้อยละ" for shares, days for durations, a word for none. */
export function formatFigure(words: Messages['statistics'], measure: Pick<Measure, 'kind'>, value: number | null): string {
  if (value === null) return words.none;
  if (measure.kind === 'rate') return words.rate(value);
  if (measure.kind === 'days') return words.days(value);
  return words.number(value);
}
