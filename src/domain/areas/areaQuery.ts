export type AreaLevel = 'province' | 'district' | 'subdistrict';

/** What a typed area search asks for, once the words people add around a name are taken off. */
export interface AreaQuery {
  /** The name looked for, lower-case, without its prefix (empty: nothing to look for). */
  name: string;
  /** The level the prefix named ("ตำบล", "เขต", "จ." ...), or null. */
  level: AreaLevel | null;
  /** Further words that name a parent or grandparent ("แม่จัน เชียงราย"). */
  within: string[];
  /** The words as typed, for a postcode or an area code. */
  raw: string;
}

/**
 * Thai addresses put the level before the name (ตำบล/ต., อำเภอ/อ./กิ่งอำเภอ,
 * จังหวัด/จ.; แขวง and เขต in Bangkok), and the official list stores bare
 * names, so an operator typing "เขตพระนคร" or "อ.แม่จัน" must still find it.
 * Longer prefixes first, so "กิ่งอำเภอ" is not read as "กิ่ง" + "อำเภอ".
 */
const thaiPrefixes: readonly [string, AreaLevel][] = [
  ['กิ่งอำเภอ', 'district'],
  ['จังหวัด', 'province'],
  ['อำเภอ', 'district'],
  ['ตำบล', 'subdistrict'],
  ['แขวง', 'subdistrict'],
  ['เขต', 'district'],
  ['จ.', 'province'],
  ['อ.', 'district'],
  ['ต.', 'subdistrict'],
];
const englishLevelWords: Record<string, AreaLevel> = {
  province: 'province',
  changwat: 'province',
  district: 'district',
  amphoe: 'district',
  khet: 'district',
  subdistrict: 'subdistrict',
  'sub-district': 'subdistrict',
  tambon: 'subdistrict',
  khwaeng: 'subdistrict',
};
const THAI = /[\u0E00-\u0E7F]/;

function stripThai(term: string): { name: string; level: AreaLevel | null } {
  for (const [prefix, level] of thaiPrefixes) {
    if (term.startsWith(prefix)) return { name: term.slice(prefix.length), level };
  }
  return { name: term, level: null };
}

/** Thai terms, a prefix typed apart from its name ("เขต พระนคร") giving the next name its level. */
function thaiTerms(text: string): { name: string; level: AreaLevel | null }[] {
  const terms: { name: string; level: AreaLevel | null }[] = [];
  let pending: AreaLevel | null = null;
  for (const word of text.split(/[\s,]+/).filter(Boolean)) {
    const { name, level } = stripThai(word);
    if (!name) {
      pending = level;
      continue;
    }
    terms.push({ name, level: level ?? pending });
    pending = null;
  }
  return terms.length > 0 ? terms : [{ name: '', level: pending }];
}

function stripEnglish(part: string): { name: string; level: AreaLevel | null } {
  let level: AreaLevel | null = null;
  const words = part.split(/\s+/).filter((word) => {
    const named = englishLevelWords[word.replace(/\.$/, '')];
    if (named) level ??= named;
    return !named;
  });
  return { name: words.join(' '), level };
}

/**
 * Reads what an operator typed into the area field. Thai words are split at
 * spaces (a Thai name has none): the first is the area, the rest its parents.
 * English names have spaces ("Mae Chan"), so English parts are split at commas.
 */
export function parseAreaQuery(typed: string): AreaQuery {
  const raw = typed.trim().replace(/\s+/g, ' ');
  const text = raw.toLowerCase();
  const parts = THAI.test(text) ? thaiTerms(text) : text.split(',').map((part) => stripEnglish(part.trim()));
  const terms = parts.filter((part) => part.name.length > 0);
  return { name: terms[0]?.name ?? '', level: parts[0]?.level ?? null, within: terms.slice(1).map((t) => t.name), raw };
}

/**
 * The area as English addresses write it, from the subdistrict up: "Mae Chan Subdistrict, Mae Chan District,
 * Chiang Rai Province"; Bangkok is not a province ("Phra Nakhon District, Bangkok").
 */
export function areaNameEn(area: { code: string; level: AreaLevel; names: readonly (string | null)[] }): string {
  const bangkok = area.code.startsWith('10');
  const [own, parent, grandparent] = area.names;
  const chain =
    area.level === 'subdistrict' ? [own, parent, grandparent] : area.level === 'district' ? [null, own, parent] : [null, null, own];
  const [subdistrict, district, province] = chain;
  const parts: string[] = [];
  if (subdistrict) parts.push(`${subdistrict} Subdistrict`);
  if (district) parts.push(`${district} District`);
  if (province) parts.push(bangkok ? province : `${province} Province`);
  return parts.join(', ');
}
