import type { Queryable } from '../database.ts';

export interface DuplicateCandidateRow {
  case_id: string;
  tracking_code: string;
  subdistrict_code: string | null;
  lat: number | null;
  lon: number | null;
  score: number;
}

/**
 * Open complaints of the same category received since `since`, in the same
 * subdistrict or inside a box around the point, whose text is similar. The
 * index on (category, received_at) narrows the rows before any trigram work;
 * the caller keeps those truly within the radius.
 */
export async function findDuplicateCandidates(
  db: Queryable,
  input: {
    categoryCode: string;
    subdistrictCode: string | null;
    location: { lat: number; lon: number } | null;
    text: string;
    since: Date;
    receivedAt: Date;
    radiusMetres: number;
    minSimilarity: number;
  },
): Promise<DuplicateCandidateRow[]> {
  const dLat = input.radiusMetres / 111_320;
  const dLon = input.location ? input.radiusMetres / (111_320 * Math.max(0.01, Math.cos((input.location.lat * Math.PI) / 180))) : 0;
  const result = await db.query<DuplicateCandidateRow>(
    `select k.case_id, k.tracking_code, k.subdistrict_code, k.lat, k.lon, similarity(c.search_text, $5) as score
       from complaints k join cases c on c.id = k.case_id
      where k.category_code = $1 and k.received_at >= $2 and k.received_at <= $3 and k.merged_into is null
        and c.status <> 'closed'
        and (k.subdistrict_code = $4
             or ($6::float8 is not null and k.lat between $6::float8 - $8::float8 and $6::float8 + $8::float8
                 and k.lon between $7::float8 - $9::float8 and $7::float8 + $9::float8))
        and similarity(c.search_text, $5) >= $10
      order by score desc limit 20`,
    [
      input.categoryCode,
      input.since,
      input.receivedAt,
      input.subdistrictCode,
      input.text.toLowerCase(),
      input.location?.lat ?? null,
      input.location?.lon ?? null,
      dLat,
      dLon,
      input.minSimilarity,
    ],
  );
  return result.rows;
}
