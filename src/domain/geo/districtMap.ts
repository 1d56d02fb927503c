import { projectShapes, type BoundaryFeature } from './projectShapes.ts';

/**
 * One province's districts as SVG paths, for the district choropleth a province's complaint
 * dashboard drills down to. Each province is fitted to the same 480-pixel frame, so Bangkok's
 * 50 small districts are as readable as Chiang Mai's 25 large ones. Names come from the
 * official areas, not the boundary file, so they match every other page.
 */
export interface DistrictShape {
  code: string;
  path: string;
}

export interface DistrictMapShapes {
  provinceCode: string;
  width: number;
  height: number;
  districts: DistrictShape[];
}

const FRAME_PIXELS = 480;

/** The district code of a feature: `code` in the shipped file, `ADM2_PCODE` (TH5001) in the OCHA original. */
export function districtCodeOf(feature: BoundaryFeature): string {
  return String(feature.properties['code'] ?? feature.properties['ADM2_PCODE'] ?? '').replace(/^TH/, '');
}

/** Null when no district of the file lies in the province. */
export function buildDistrictMap(collection: { features: BoundaryFeature[] }, provinceCode: string): DistrictMapShapes | null {
  const features = collection.features.filter((feature) => districtCodeOf(feature).slice(0, 2) === provinceCode);
  if (features.length === 0) return null;
  const { width, height, shapes } = projectShapes(features, (feature) => ({ code: districtCodeOf(feature) }), { fitTo: FRAME_PIXELS });
  return { provinceCode, width, height, districts: shapes.sort((a, b) => a.code.localeCompare(b.code)) };
}
