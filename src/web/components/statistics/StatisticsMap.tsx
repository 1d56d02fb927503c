import { useState } from 'preact/hooks';
import type { DistrictMap, ProvinceMap } from '../../../shared/api/areas.ts';
import type { ComplaintStatistics } from '../../../shared/api/statistics.ts';
import { getDistrictMap, getProvinceMap } from '../../api/statistics.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { LoadError } from '../LoadError.tsx';
import { AreaTable } from './AreaTable.tsx';
import { ChoroplethMap, type MapArea } from './ChoroplethMap.tsx';
import { formatFigure } from './formatFigure.ts';
import { isMeasureKey, measureByKey, measures, type MeasureKey } from './measures.ts';

type Shapes = { width: number; height: number; shapes: { code: string; name: { th: string; en: string }; path: string }[] };

/** Which map the areas one level down are drawn on: the provinces, or one province's districts. */
function mapFor(areas: ComplaintStatistics['areas']): { level: 'province' } | { level: 'district'; province: string } | null {
  const first = areas[0];
  if (!first) return null;
  if (first.kind === 'district') return { level: 'district', province: first.code.slice(0, 2) };
  return first.kind === 'province' ? { level: 'province' } : null;
}

async function loadShapes(which: NonNullable<ReturnType<typeof mapFor>>): Promise<Shapes> {
  if (which.level === 'province') {
    const map: ProvinceMap = await getProvinceMap();
    return { width: map.width, height: map.height, shapes: map.provinces };
  }
  const map: DistrictMap = await getDistrictMap(which.province);
  return { width: map.width, height: map.height, shapes: map.districts };
}

/**
 * The map of a dashboard's areas one level down, shaded by the measure the reader picks, with its
 * table alternative. A province drills down to its districts, a district to its own dashboard;
 * the period chosen above goes along (`periodQuery`).
 */
export function StatisticsMap({ stats, periodQuery }: { stats: ComplaintStatistics; periodQuery: string }) {
  const { t, name } = useI18n();
  const words = t.statistics;
  const [measureKey, setMeasureKey] = useState<MeasureKey>('received');
  const which = mapFor(stats.areas);
  const key = which ? (which.level === 'province' ? 'province' : which.province) : null;
  const shapes = useResource(async () => (which ? loadShapes(which) : null), [key]);
  if (!which) return null;
  const measure = measureByKey.get(measureKey)!;
  const levelWords = which.level === 'province' ? words.map.provinces : words.map.districts;
  const byCode = new Map(stats.areas.map((area) => [area.code, area]));
  const href = (scope: string) => `/statistics/${scope}${periodQuery}`;
  const areaName = (area: ComplaintStatistics['areas'][number]) => name({ th: area.nameTh, en: area.nameEn ?? area.nameTh });
  const display = (value: number | null) => formatFigure(words, measure, value);
  return (
    <section aria-labelledby="map-title" class="statistics-section">
      <h2 class="heading-m" id="map-title">
        {words.map.title} {levelWords}
      </h2>
      <div class="form-group">
        <label class="label" for="map-measure">
          {words.map.measure}
        </label>
        <select
          class="select"
          id="map-measure"
          value={measureKey}
          onChange={(event) => isMeasureKey(event.currentTarget.value) && setMeasureKey(event.currentTarget.value)}
        >
          {measures.map((m) => (
            <option key={m.key} value={m.key}>
              {words.measures[m.key]}
            </option>
          ))}
        </select>
      </div>
      {shapes.error ? (
        <LoadError error={shapes.error} retry={shapes.reload} inline />
      ) : (
        shapes.data && (
          <ChoroplethMap
            id="statistics-map"
            width={shapes.data.width}
            height={shapes.data.height}
            label={words.map.label(words.measures[measureKey], levelWords)}
            measureLabel={words.measures[measureKey]}
            unitWord={(n) => display(n)}
            areas={shapes.data.shapes.map((shape): MapArea => {
              const area = byCode.get(shape.code);
              if (!area) return { code: shape.code, name: name(shape.name), path: shape.path };
              const value = area[measureKey];
              return { code: shape.code, name: areaName(area), path: shape.path, value, display: display(value), href: href(area.scope) };
            })}
          />
        )
      )}
      <details class="statistics-map__table">
        <summary>{words.map.showTable}</summary>
        <AreaTable
          key={measureKey}
          caption={words.map.tableCaption(levelWords)}
          initialSort={measureKey}
          rows={stats.areas.map((area) => ({ code: area.code, name: areaName(area), href: href(area.scope), figures: area }))}
        />
      </details>
    </section>
  );
}
