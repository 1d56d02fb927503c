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

export interface PlacedLabel<T> {
  item: T;
  x: number;
  y: number;
}

/**
 * Labels in order of importance, each dropped when its box (two lines of text, the longer one
 * about `0.6 em` a character wide) would overlap one already placed: a label that covers
 * another is worse than none, and the area still names itself on focus and in the table.
 */
export function placeLabels<T>(
  items: readonly T[],
  fontSize: number,
  box: (item: T) => { path: string; lines: string[] },
): PlacedLabel<T>[] {
  const placed: (PlacedLabel<T> & { w: number; h: number })[] = [];
  for (const item of items) {
    const { path, lines } = box(item);
    const point = labelPoint(path);
    if (!point) continue;
    const w = Math.max(...lines.map((line) => line.length)) * fontSize * 0.6;
    const h = lines.length * fontSize * 1.2;
    const clashes = placed.some((other) => Math.abs(other.x - point.x) * 2 < w + other.w && Math.abs(other.y - point.y) * 2 < h + other.h);
    if (!clashes) placed.push({ item, x: point.x, y: point.y, w, h });
  }
  return placed.map(({ item, x, y }) => ({ item, x, y }));
}
