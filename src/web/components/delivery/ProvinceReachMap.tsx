import type { ProvinceMap } from '../../../shared/api/areas.ts';
import type { ReachView } from '../../../shared/api/delivery.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import './delivery.css';

type Band = 'all' | 'some' | 'none' | 'empty';
const bands: Band[] = ['all', 'some', 'none', 'empty'];

export function bandOf(tally: { assigned: number; acknowledged: number } | undefined): Band {
  if (!tally || tally.assigned === 0) return 'empty';
  if (tally.acknowledged === tally.assigned) return 'all';
  return tally.acknowledged === 0 ? 'none' : 'some';
}

/**
 * The 77 provinces coloured by acknowledgement. Colour is never the only
 * carrier: the unacknowledged bands are also hatched, every province has a
 * title read by screen readers, and the same numbers follow as a table
 * (WCAG 2.1 SC 1.1.1 and 1.4.1).
 */
export function ProvinceReachMap({ map, reach }: { map: ProvinceMap; reach: ReachView }) {
  const { t, name } = useI18n();
  const byCode = new Map(reach.byProvince.map((p) => [p.code, p]));
  return (
    <section aria-labelledby="reach-map-title" class="reach-map">
      <h3 class="heading-s" id="reach-map-title">
        {t.delivery.map.title}
      </h3>
      <div class="reach-map__layout">
        <svg
          class="reach-map__svg"
          viewBox={`0 0 ${map.width} ${map.height}`}
          role="img"
          aria-labelledby="reach-map-title reach-map-desc"
          focusable="false"
        >
          <desc id="reach-map-desc">{t.delivery.map.label}</desc>
          <defs>
            <pattern id="hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <line x1="0" y1="0" x2="0" y2="4" stroke="#0b0c0c" stroke-width="1" stroke-opacity="0.35" />
            </pattern>
          </defs>
          {map.provinces.map((province) => {
            const tally = byCode.get(province.code);
            const band = bandOf(tally);
            return (
              <g key={province.code} class={`reach-map__province reach-map__province--${band}`} data-province={province.code}>
                <title>{t.delivery.map.provinceTitle(name(province.name), tally?.acknowledged ?? 0, tally?.assigned ?? 0)}</title>
                <path d={province.path} />
                {(band === 'none' || band === 'some') && <path d={province.path} fill="url(#hatch)" />}
              </g>
            );
          })}
        </svg>
        <div>
          <h4 class="heading-s">{t.delivery.map.legend}</h4>
          <ul class="reach-map__legend">
            {bands.map((band) => (
              <li key={band}>
                <svg width="24" height="16" aria-hidden="true" class={`reach-map__province--${band}`}>
                  <rect width="24" height="16" />
                  {(band === 'none' || band === 'some') && <rect width="24" height="16" fill="url(#hatch)" />}
                </svg>{' '}
                {t.delivery.map.bands[band]}
              </li>
            ))}
          </ul>
        </div>
      </div>
      <details class="reach-map__table">
        <summary>{t.delivery.map.showTable}</summary>
        <div class="table-wrap">
          <table class="table">
            <caption>{t.delivery.map.tableCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.delivery.reach.province}</th>
                <th scope="col" class="numeric">
                  {t.delivery.reach.assigned}
                </th>
                <th scope="col" class="numeric">
                  {t.delivery.reach.acknowledged}
                </th>
              </tr>
            </thead>
            <tbody>
              {reach.byProvince.map((p) => (
                <tr key={p.code}>
                  <th scope="row">{name(p.name)}</th>
                  <td class="numeric">{p.assigned}</td>
                  <td class="numeric">{p.acknowledged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
