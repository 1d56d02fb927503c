import type { ComplaintStatistics } from '../../../shared/api/statistics.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatFigure } from './formatFigure.ts';
import { measures, trendOf, valueOf, type Measure } from './measures.ts';

const arrows = { up: '▲', down: '▼', same: '▬', none: '' } as const;

function TrendLine({ measure, stats }: { measure: Measure; stats: ComplaintStatistics }) {
  const { t } = useI18n();
  const words = t.statistics.trend;
  const trend = trendOf(measure, valueOf(stats.totals, measure.key), valueOf(stats.previousYear, measure.key));
  if (trend.direction === 'none') return <dd class="headline__trend">{words.none}</dd>;
  if (trend.direction === 'same') {
    return (
      <dd class="headline__trend">
        <span aria-hidden="true">{arrows.same} </span>
        {words.same} {words.since}
      </dd>
    );
  }
  const amount =
    measure.kind === 'count'
      ? words.percent(trend.amount)
      : measure.kind === 'rate'
        ? words.points(trend.amount)
        : words.days(trend.amount);
  return (
    <dd class={`headline__trend${trend.verdict ? ` headline__trend--${trend.verdict}` : ''}`}>
      <span aria-hidden="true">{arrows[trend.direction]} </span>
      {trend.direction === 'up' ? words.up : words.down} {amount} {words.since}
      {trend.verdict && (
        <>
          {' '}
          <span class="headline__verdict">{words[trend.verdict]}</span>
        </>
      )}
    </dd>
  );
}

/**
 * The headline figures of a scope and period, the resolution rate among them as the 1111 centre
 * reports it ("แก้ไขแล้วร้อยละ 97"), each with its change against the same months a year earlier:
 * an arrow for the eye and the words for everyone, so colour is never the only carrier (WCAG 1.4.1).
 */
export function HeadlineFigures({ stats }: { stats: ComplaintStatistics }) {
  const { t } = useI18n();
  const words = t.statistics;
  return (
    <section aria-labelledby="headline-title">
      <h2 class="heading-m" id="headline-title">
        {words.headlineTitle}
      </h2>
      <dl class="headline">
        {measures.map((measure) => (
          <div key={measure.key} class="headline__item" data-measure={measure.key}>
            <dt class="headline__label">{words.measures[measure.key]}</dt>
            <dd class="headline__value">{formatFigure(words, measure, valueOf(stats.totals, measure.key))}</dd>
            {measure.key === 'satisfiedRate' && stats.totals.rated > 0 && (
              <dd class="headline__note">{words.rated(stats.totals.rated, stats.totals.averageRating)}</dd>
            )}
            <TrendLine measure={measure} stats={stats} />
          </div>
        ))}
      </dl>
    </section>
  );
}
