import { projectShapes, type BoundaryFeature } from './projectShapes.ts';

/**
 * The province map as SVG paths, made from the boundary file once per process
 * (projection and simplification in `projectShapes.ts`): at 40 pixels a degree
 * the paths for all 77 provinces come to about 40 kB.
 */
export interface ProvinceShape {
  code: string;
  nameTh: string;
  nameEn: string;
  path: string;
}

const PIXELS_PER_DEGREE = 40;

export function buildProvinceMap(collection: { features: BoundaryFeature[] }): {
  width: number;
  height: number;
  provinces: ProvinceShape[];
} {
  const { width, height, shapes } = projectShapes(
    collection.features,
    (feature) => ({
      code: String(feature.properties['ADM1_PCODE']).replace(/^TH/, ''),
      nameTh: String(feature.properties['ADM1_TH'] ?? ''),
      nameEn: String(feature.properties['ADM1_EN'] ?? ''),
    }),
    { pixelsPerDegree: PIXELS_PER_DEGREE },
  );
  return { width, height, provinces: shapes.sort((a, b) => a.code.localeCompare(b.code)) };
}
