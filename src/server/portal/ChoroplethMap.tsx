import type { PortalLocale } from './portalLocale.ts';

export interface MapArea {
  code: string;
  name: string;
  received: number;
}

/** The frame of the paths shown (a zone is a small part of the country's projection), with a margin. */
export function pathsViewBox(paths: readonly string[], fallback: { width: number; height: number }): string {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const path of paths) {
    for (const match of path.matchAll(/(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)/g)) {
      const [x, y] = [Number(match[1]), Number(match[2])];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
  }
  if (!Number.isFinite(minX)) return `0 0 ${fallback.width} ${fallback.height}`;
  const margin = Math.max(maxX - minX, maxY - minY) * 0.02;
  return [minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin].map((v) => v.toFixed(1)).join(' ');
}

const CLASSES = 5;

/** Five equal classes of complaints received, from none to the busiest area shown. */
export function classOf(received: number, max: number): number {
  if (received <= 0 || max <= 0) return 0;
  return Math.min(CLASSES - 1, 1 + Math.floor(((received - 1) / max) * (CLASSES - 1)));
}

/**
 * The areas one level down shaded by complaints received, drawn on the server as inline SVG:
 * no script and no map tiles. A picture only (role="img" with a summary); the table beside it
 * carries the same figures and the links, for screen readers and keyboards.
 */
export function ChoroplethMap({
  l,
  map,
  areas,
}: {
  l: PortalLocale;
  map: { width: number; height: number; shapes: readonly { code: string; path: string }[] };
  areas: readonly MapArea[];
}) {
  const byCode = new Map(areas.map((area) => [area.code, area]));
  const max = Math.max(0, ...areas.map((area) => area.received));
  const busiest = [...areas].sort((a, b) => b.received - a.received)[0];
  const label =
    l.t('แผนที่จำนวนเรื่องร้องเรียนที่ได้รับ', 'Map of complaints received') +
    (busiest && busiest.received > 0
      ? l.t(` มากที่สุดที่${busiest.name} ${l.number(busiest.received)} เรื่อง`, `; most in ${busiest.name}: ${l.number(busiest.received)}`)
      : '');
  return (
    <figure class="portal-map">
      <svg
        viewBox={pathsViewBox(
          map.shapes.map((shape) => shape.path),
          map,
        )}
        role="img"
        aria-label={label}
        class="portal-map__svg"
      >
        {map.shapes.map((shape) => {
          const area = byCode.get(shape.code);
          return (
            <path key={shape.code} d={shape.path} class={`portal-map__area portal-map__c${classOf(area?.received ?? 0, max)}`}>
              <title>{area ? `${area.name}: ${l.number(area.received)}` : shape.code}</title>
            </path>
          );
        })}
      </svg>
      <figcaption class="portal-map__legend">
        <span class="portal-map__key portal-map__c0" aria-hidden="true" /> {l.t('ไม่มี', 'None')}
        <span class="portal-map__key portal-map__c2" aria-hidden="true" /> {l.t('ปานกลาง', 'Some')}
        <span class="portal-map__key portal-map__c4" aria-hidden="true" /> {l.t(`มากที่สุด (${l.number(max)})`, `Most (${l.number(max)})`)}
      </figcaption>
    </figure>
  );
}
