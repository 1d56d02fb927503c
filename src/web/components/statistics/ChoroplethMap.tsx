import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { classify } from './classify.ts';
import { placeLabels } from './labelPoint.ts';

/** ColorBrewer YlGnBu, five classes: sequential, safe for the common colour-vision deficiencies, and printable in grey. */
export const palette = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] as const;
const LABELLED_TOP = 5;

export interface MapArea {
  code: string;
  name: string;
  path: string;
  /** Null: in scope but nothing to show (no complaints). Undefined: outside the chosen scope, drawn pale and not a link. */
  value?: number | null;
  display?: string;
  href?: string;
}

function Pattern({ index }: { index: number }) {
  const stroke = index >= 3 ? '#ffffff' : '#0b0c0c';
  const id = `choropleth-class-${index}`;
  if (index === 0) return null;
  if (index === 1) {
    return (
      <pattern id={id} width="6" height="6" patternUnits="userSpaceOnUse">
        <circle cx="3" cy="3" r="0.9" fill={stroke} fill-opacity="0.6" />
      </pattern>
    );
  }
  return (
    <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <line x1="0" y1="0" x2="0" y2="5" stroke={stroke} stroke-width="0.8" stroke-opacity="0.6" />
      {index >= 3 && <line x1="0" y1="0" x2="5" y2="0" stroke={stroke} stroke-width={index === 4 ? 1.2 : 0.8} stroke-opacity="0.6" />}
    </pattern>
  );
}

function Swatch({ index, kind }: { index: number | null; kind?: 'empty' | 'outside' }) {
  return (
    <svg width="32" height="20" aria-hidden="true" class="choropleth__swatch">
      <rect
        width="32"
        height="20"
        class={kind ? `choropleth__area--${kind}` : undefined}
        fill={index === null ? undefined : palette[index]}
      />
      {index !== null && index > 0 && <rect width="32" height="20" fill={`url(#choropleth-class-${index})`} />}
    </svg>
  );
}

/**
 * A choropleth of provinces or districts in five classed ranges. Colour is never the only carrier
 * (WCAG 2.1 SC 1.4.1): each class also has its own pattern and a numbered legend entry with the
 * range in figures, every area is a link with its name and value read on focus and hover, the
 * areas with the largest values are labelled on the map, and the same figures follow as a table.
 */
export function ChoroplethMap(props: {
  id: string;
  width: number;
  height: number;
  areas: MapArea[];
  label: string;
  measureLabel: string;
  unitWord: (n: number) => string;
}) {
  const { id, width, height, areas, label, measureLabel, unitWord } = props;
  const { t } = useI18n();
  const words = t.statistics.map;
  const location = useLocation();
  const [active, setActive] = useState<string | null>(null);
  const inScope = areas.filter((area) => area.value !== undefined);
  const { classes, classOf } = classify(inScope.map((area) => area.value ?? null));
  const fontSize = Math.max(width, height) / 45;
  const ranked = [...inScope].filter((area) => (area.value ?? 0) > 0).sort((a, b) => b.value! - a.value!);
  const focused = areas.find((area) => area.code === active && area.value !== undefined);
  // The area under focus first, so its name always shows; then the largest values.
  const labels = placeLabels(
    [...(focused ? [focused] : []), ...ranked.filter((area) => area !== focused).slice(0, LABELLED_TOP)],
    fontSize,
    (area) => ({
      path: area.path,
      lines: [area.name, area.display ?? ''],
    }),
  );
  const activeArea = areas.find((area) => area.code === active);
  return (
    <div class="choropleth">
      <svg class="choropleth__svg" viewBox={`0 0 ${width} ${height}`} role="group" aria-label={label} id={id}>
        <defs>
          {palette.map((_, index) => (
            <Pattern key={index} index={index} />
          ))}
        </defs>
        {areas.map((area) => {
          if (area.value === undefined) return <path key={area.code} d={area.path} class="choropleth__area--outside" aria-hidden="true" />;
          const index = classOf(area.value);
          const title = words.areaTitle(area.name, measureLabel, area.display ?? '');
          return (
            <a
              key={area.code}
              href={area.href}
              class="choropleth__link"
              aria-label={title}
              data-area={area.code}
              onMouseEnter={() => setActive(area.code)}
              onMouseLeave={() => setActive(null)}
              onFocus={() => setActive(area.code)}
              onBlur={() => setActive(null)}
              onClick={(event) => {
                if (!area.href || event.ctrlKey || event.metaKey || event.shiftKey) return;
                event.preventDefault();
                location.route(area.href);
              }}
            >
              <title>{title}</title>
              <path
                d={area.path}
                class={index === null ? 'choropleth__area--empty' : undefined}
                fill={index === null ? undefined : palette[index]}
              />
              {index !== null && index > 0 && <path d={area.path} fill={`url(#choropleth-class-${index})`} />}
            </a>
          );
        })}
        {activeArea && <path d={activeArea.path} class="choropleth__highlight" aria-hidden="true" />}
        <g aria-hidden="true" class="choropleth__labels" font-size={fontSize}>
          {labels.map(({ item: area, x, y }) => (
            <text key={area.code} x={x} y={y} text-anchor="middle" class={area.code === active ? 'choropleth__label--active' : undefined}>
              <tspan x={x}>{area.name}</tspan>
              <tspan x={x} dy="1.1em">
                {area.display}
              </tspan>
            </text>
          ))}
        </g>
      </svg>
      <div class="choropleth__legend">
        <h3 class="heading-s">{words.legend}</h3>
        <ul class="choropleth__legend-list">
          {classes.map((c) => (
            <li key={c.index}>
              <Swatch index={c.index} /> <strong>{words.classLabel(c.index + 1)}</strong>:{' '}
              {c.min === c.max ? unitWord(c.min) : `${unitWord(c.min)} – ${unitWord(c.max)}`}
            </li>
          ))}
          {inScope.some((area) => area.value === null) && (
            <li>
              <Swatch index={null} kind="empty" /> {words.noData}
            </li>
          )}
          {areas.some((area) => area.value === undefined) && (
            <li>
              <Swatch index={null} kind="outside" /> {words.outside}
            </li>
          )}
        </ul>
      </div>
    </div>
  );
}
