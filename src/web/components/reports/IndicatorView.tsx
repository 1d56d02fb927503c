import type { ComponentChildren } from 'preact';
import { useCallback } from 'preact/hooks';
import type { IndicatorPictureView } from '../../../shared/api/reports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatPeriod } from '../../../shared/periods.ts';
import { RagTag } from './RatingTags.tsx';
import { TrajectoryChart } from './TrajectoryChart.tsx';

/** A long table folds away behind its caption (GOV.UK's details component); a short one is shown as it is. */
function Collapsible({ long, summary, children }: { long: boolean; summary: string; children: ComponentChildren }) {
  if (!long) return <div class="table-wrap">{children}</div>;
  return (
    <details class="details">
      <summary class="details__summary">{summary}</summary>
      <div class="table-wrap">{children}</div>
    </details>
  );
}

/** One outcome indicator: its trajectory chart, the figures behind it, and its roll-ups by unit and by inspection zone. */
export function IndicatorView({ picture }: { picture: IndicatorPictureView }) {
  const { t, locale, name } = useI18n();
  const words = t.reports.section;
  const number = (value: number | null) =>
    value === null ? '—' : value.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB', { maximumFractionDigits: 2 });
  const period = useCallback((p: string) => formatPeriod(p, locale), [locale]);
  const { indicator } = picture;
  const title = name(indicator.name);
  return (
    <section class="indicator" aria-label={title}>
      <h3 class="heading-s">{title}</h3>
      <p class="body">{words.baselineTarget(number(indicator.baseline), number(indicator.target), indicator.unitOfMeasure)}</p>
      <TrajectoryChart
        picture={picture}
        label={words.chartLabel(title)}
        labels={{ planned: words.planned, actual: words.actual }}
        period={period}
      />
      <div class="table-wrap">
        <table class="table">
          <thead>
            <tr>
              <th scope="col">{words.period}</th>
              <th scope="col" class="numeric">
                {words.planned}
              </th>
              <th scope="col" class="numeric">
                {words.actual}
              </th>
              <th scope="col">{t.reports.overview.rag}</th>
            </tr>
          </thead>
          <tbody>
            {picture.series.map((row) => (
              <tr key={row.period}>
                <th scope="row">{period(row.period)}</th>
                <td class="numeric">{number(row.planned)}</td>
                <td class="numeric">{number(row.actual)}</td>
                <td>{row.actual === null ? '—' : <RagTag rag={row.rag} />}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {picture.latestPeriod && picture.byUnit.length > 0 && (
        <Collapsible long={picture.byUnit.length > 12} summary={words.byUnit(period(picture.latestPeriod))}>
          <table class="table">
            <caption>{words.byUnit(period(picture.latestPeriod))}</caption>
            <thead>
              <tr>
                <th scope="col">{words.unit}</th>
                <th scope="col" class="numeric">
                  {words.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {picture.byUnit.map((row) => (
                <tr key={row.unit.code}>
                  <th scope="row" class={row.depth > 0 ? 'indent' : undefined}>
                    {name(row.unit.name)}
                  </th>
                  <td class="numeric">{number(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Collapsible>
      )}
      {picture.latestPeriod && picture.byZone.length > 0 && (
        <Collapsible long={picture.byZone.length > 12} summary={words.byZone(period(picture.latestPeriod))}>
          <table class="table">
            <caption>{words.byZone(period(picture.latestPeriod))}</caption>
            <thead>
              <tr>
                <th scope="col">{words.zone}</th>
                <th scope="col" class="numeric">
                  {words.value}
                </th>
              </tr>
            </thead>
            <tbody>
              {picture.byZone.map((row) => (
                <tr key={row.id}>
                  <th scope="row">{name(row.name)}</th>
                  <td class="numeric">{number(row.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Collapsible>
      )}
    </section>
  );
}
