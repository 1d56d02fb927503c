/**
 * Where to write an area's name on the map: the centre of the bounding box of its largest ring.
 * The server's paths are `M x yL x y…Z` rings (domain/geo/projectShapes.ts), so a short parse is
 * enough, and it works without layout (getBBox), in tests as in the browser.
 */
export function labelPoint(path: string): { x: number; y: number } | null {
  let best: { x: number; y: number; size: number } | null = null;
  for (const ring of path.split('Z')) {
    const numbers = ring.match(/-?[0-9]+(\.[0-9]+)?/g)?.map(Number) ?? [];
    if (numbers.length < 6) continue;
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      minX = Math.min(minX, numbers[i]!);
      maxX = Math.max(maxX, numbers[i]!);
      minY = Math.min(minY, numbers[i + 1]!);
      maxY = Math.max(maxY, numbers[i + 1]!);
    }
    const size = (maxX - minX) * (maxY - minY);
    if (!best || size > best.size) best = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, size };
  }
  return best && { x: best.x, y: best.y };
}
