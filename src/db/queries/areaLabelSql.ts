/**
 * An area with its parents, as columns any query can select: the area (`<p>0_`), its parent
 * (`<p>1_`) and grandparent (`<p>2_`), each level, Thai and English name. A subdistrict reads
 * "ตำบล … อำเภอ … จังหวัด …" only with its parents, and in Bangkok "แขวง … เขต …".
 */
export function areaLabelJoin(prefix: string, codeExpression: string): string {
  return `left join areas ${prefix}0 on ${prefix}0.code = ${codeExpression}
          left join areas ${prefix}1 on ${prefix}1.code = ${prefix}0.parent_code
          left join areas ${prefix}2 on ${prefix}2.code = ${prefix}1.parent_code`;
}

export function areaLabelColumns(prefix: string): string {
  return [0, 1, 2]
    .map(
      (i) =>
        `${prefix}${i}.code as ${prefix}${i}_code, ${prefix}${i}.level as ${prefix}${i}_level, ` +
        `${prefix}${i}.name_th as ${prefix}${i}_th, ${prefix}${i}.name_en as ${prefix}${i}_en`,
    )
    .join(', ');
}

export interface AreaLabelPart {
  code: string;
  level: 'province' | 'district' | 'subdistrict';
  th: string;
  en: string | null;
}

/** The area of the columns `areaLabelColumns(prefix)` selected, most specific first; empty when there is none. */
export function areaLabelParts(row: Record<string, unknown>, prefix: string): AreaLabelPart[] {
  const parts: AreaLabelPart[] = [];
  for (const i of [0, 1, 2]) {
    const code = row[`${prefix}${i}_code`];
    if (typeof code !== 'string') break;
    parts.push({
      code,
      level: row[`${prefix}${i}_level`] as AreaLabelPart['level'],
      th: row[`${prefix}${i}_th`] as string,
      en: (row[`${prefix}${i}_en`] as string | null) ?? null,
    });
  }
  return parts;
}
