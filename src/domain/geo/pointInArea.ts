/**
 * Point-in-polygon for GeoJSON areas (rings of [lon, lat]), by ray casting.
 * Good for district boundaries at city scale, where the earth is flat enough;
 * a hole (any ring after the first) takes its points back out.
 */
export type Ring = [number, number][];
export type AreaGeometry = { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function polygons(geometry: AreaGeometry): Ring[][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

export function pointInArea(point: { lat: number; lon: number }, geometry: AreaGeometry): boolean {
  return polygons(geometry).some(
    ([outer, ...holes]) =>
      outer !== undefined && inRing(point.lon, point.lat, outer) && !holes.some((hole) => inRing(point.lon, point.lat, hole)),
  );
}

/** The mean of the outer rings' vertices: a centre good enough to find the nearest area. */
export function areaCentre(geometry: AreaGeometry): { lat: number; lon: number } {
  let lon = 0;
  let lat = 0;
  let n = 0;
  for (const [outer] of polygons(geometry)) {
    for (const [x, y] of outer ?? []) {
      lon += x;
      lat += y;
      n++;
    }
  }
  return { lat: lat / n, lon: lon / n };
}
