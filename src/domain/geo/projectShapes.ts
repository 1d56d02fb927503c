import simplify from 'simplify-js';

/**
 * Boundary features projected to simplified SVG paths, shared by the province and district maps.
 * Equirectangular projection with longitude shrunk by cos(13°N), which keeps Thailand's shape
 * true to a few per cent from Betong to Mae Sai, and Douglas–Peucker simplification at a third
 * of a pixel, so the paths stay light on a slow connection, with no base map.
 */
export interface BoundaryFeature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

export interface ProjectedShapes<T> {
  width: number;
  height: number;
  shapes: (T & { path: string })[];
}

const LONGITUDE_FACTOR = Math.cos((13 * Math.PI) / 180);
const TOLERANCE = 0.35;
const MIN_RING_AREA = 0.5; // square pixels: islands smaller than this vanish at any size the page shows

const polygonsOf = (f: BoundaryFeature) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);

/**
 * Projects features at a fixed scale (`pixelsPerDegree`) or, with `fitTo`, at the scale that
 * makes the longer side of their bounding box that many pixels: a province's districts then
 * fill the same frame whether the province is Bangkok or Chiang Mai.
 */
export function projectShapes<T>(
  features: readonly BoundaryFeature[],
  describe: (feature: BoundaryFeature) => T,
  scale: { pixelsPerDegree: number } | { fitTo: number },
): ProjectedShapes<T> {
  let minLon = Infinity;
  let maxLat = -Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  for (const feature of features) {
    for (const polygon of polygonsOf(feature)) {
      for (const [lon, lat] of polygon[0]!) {
        minLon = Math.min(minLon, lon!);
        maxLon = Math.max(maxLon, lon!);
        minLat = Math.min(minLat, lat!);
        maxLat = Math.max(maxLat, lat!);
      }
    }
  }
  const spanX = (maxLon - minLon) * LONGITUDE_FACTOR;
  const spanY = maxLat - minLat;
  const perDegree = 'pixelsPerDegree' in scale ? scale.pixelsPerDegree : scale.fitTo / Math.max(spanX, spanY, 1e-6);
  const project = ([lon, lat]: number[]) => ({
    x: (lon! - minLon) * LONGITUDE_FACTOR * perDegree,
    y: (maxLat - lat!) * perDegree,
  });
  const ringPath = (ring: number[][]): string => {
    const points = simplify(ring.map(project), TOLERANCE, true);
    if (points.length < 3 || Math.abs(area(points)) < MIN_RING_AREA) return '';
    return `M${points.map((p) => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('L')}Z`;
  };
  const shapes = features.map((feature) => ({
    ...describe(feature),
    path: polygonsOf(feature)
      .flatMap((polygon) => polygon.map(ringPath))
      .join(''),
  }));
  return { width: Math.ceil(spanX * perDegree), height: Math.ceil(spanY * perDegree), shapes };
}

function area(points: { x: number; y: number }[]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) sum += (points[j]!.x + points[i]!.x) * (points[j]!.y - points[i]!.y);
  return sum / 2;
}
