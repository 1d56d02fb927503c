import simplify from 'simplify-js';

/**
 * The province map as SVG paths, made from the boundary file once per process.
 * Equirectangular projection with longitude shrunk by cos(13°N), which keeps
 * Thailand's shape true to a few per cent from Betong to Mae Sai, and
 * Douglas–Peucker simplification at a third of a pixel: the paths for all 77
 * provinces come to about 40 kB, light on a slow connection, with no base map.
 */
export interface ProvinceShape {
  code: string;
  nameTh: string;
  nameEn: string;
  path: string;
}

interface Feature {
  properties: Record<string, unknown>;
  geometry: { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
}

const PIXELS_PER_DEGREE = 40;
const LONGITUDE_FACTOR = Math.cos((13 * Math.PI) / 180);
const TOLERANCE = 0.35;
const MIN_RING_AREA = 0.5; // square pixels: islands smaller than this vanish at any size the page shows

export function buildProvinceMap(collection: { features: Feature[] }): { width: number; height: number; provinces: ProvinceShape[] } {
  let minLon = Infinity;
  let maxLat = -Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  const polygonsOf = (f: Feature) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
  for (const feature of collection.features) {
    for (const polygon of polygonsOf(feature)) {
      for (const [lon, lat] of polygon[0]!) {
        minLon = Math.min(minLon, lon!);
        maxLon = Math.max(maxLon, lon!);
        minLat = Math.min(minLat, lat!);
        maxLat = Math.max(maxLat, lat!);
      }
    }
  }
  const project = ([lon, lat]: number[]) => ({
    x: (lon! - minLon) * LONGITUDE_FACTOR * PIXELS_PER_DEGREE,
    y: (maxLat - lat!) * PIXELS_PER_DEGREE,
  });
  const ringPath = (ring: number[][]): string => {
    const points = simplify(ring.map(project), TOLERANCE, true);
    if (points.length < 3 || Math.abs(area(points)) < MIN_RING_AREA) return '';
    return `M${points.map((p) => `${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join('L')}Z`;
  };
  const provinces = collection.features
    .map((feature) => ({
      code: String(feature.properties['ADM1_PCODE']).replace(/^TH/, ''),
      nameTh: String(feature.properties['ADM1_TH'] ?? ''),
      nameEn: String(feature.properties['ADM1_EN'] ?? ''),
      path: polygonsOf(feature)
        .flatMap((polygon) => polygon.map(ringPath))
        .join(''),
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return {
    width: Math.ceil((maxLon - minLon) * LONGITUDE_FACTOR * PIXELS_PER_DEGREE),
    height: Math.ceil((maxLat - minLat) * PIXELS_PER_DEGREE),
    provinces,
  };
}

function area(points: { x: number; y: number }[]): number {
  let sum = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) sum += (points[j]!.x + points[i]!.x) * (points[j]!.y - points[i]!.y);
  return sum / 2;
}
