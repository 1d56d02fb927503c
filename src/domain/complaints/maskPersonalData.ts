/**
 * Personal data that people write into a complaint's free text (phone and
 * citizen ID numbers, e-mail addresses, LINE IDs, a name after an honorific)
 * is masked wherever the text is shown beyond the unit handling it: public
 * tracking, Open311, other units, titles in lists and events (PDPA s.27
 * disclosure only for the purpose collected; OWASP ASVS 4.0 V8.3.1/V8.3.4
 * personal data not exposed beyond who needs it).
 *
 * The text is normalised first, so that a number written in Thai digits,
 * with zero-width spaces, underscores, brackets or odd dashes between its
 * digits, or with +66 in front, is still found; the mask is then applied to
 * the original characters, so everything else reads as it was written.
 * Numbers keep their last two digits (the reader sees that a number was
 * there); e-mail addresses, LINE IDs and names become `***`. Masking twice
 * changes nothing more.
 *
 * Built for the intake hot path: the regular expressions are compiled once,
 * and text without an unusual character skips the normalising copy.
 * Over-masking is the chosen failure: a word after นาย/คุณ that was not a
 * name may be hidden from other units, never a name shown.
 */

/** Characters normalised away or into their plain form before searching. */
const UNUSUAL = /[๐-๙０-９\u00A0\u00AD\u1680\u2000-\u200F\u2010-\u2015\u2028\u2029\u202F\u205F\u2060\u2212\u3000\uFEFF＠（）]/;
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF]/;

function normaliseChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x0e50 && code <= 0x0e59) return String.fromCharCode(48 + code - 0x0e50);
  if (code >= 0xff10 && code <= 0xff19) return String.fromCharCode(48 + code - 0xff10);
  if (INVISIBLE.test(char)) return '';
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212) return '-';
  if (char === '＠') return '@';
  if (char === '（') return '(';
  if (char === '）') return ')';
  if (/\s/.test(char)) return ' ';
  return char;
}

interface Normalised {
  text: string;
  /** For each character of `text`, its index in the original; null when nothing changed. */
  origin: Int32Array | null;
}

/** Thai and full-width digits to ASCII, dashes to '-', odd spaces to ' ', zero-width characters removed. */
export function normaliseForMasking(text: string): Normalised {
  if (!UNUSUAL.test(text)) return { text, origin: null };
  let out = '';
  const origin = new Int32Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const plain = normaliseChar(text[i]!);
    if (plain === '') continue;
    out += plain;
    origin[n++] = i;
  }
  return { text: out, origin: origin.subarray(0, n) };
}

// Between two digits of one number: up to three of space, dash, dot, underscore, brackets.
const SEP = '[ \\t\\-._()]{0,3}';
const PHONE_DOMESTIC = `\\(?0(?:${SEP}[0-9]){8,9}`;
const PHONE_66 = `(?:\\(\\+66\\)|\\+ ?66|66)[ \\-.]{0,2}(?:\\(0\\)[ \\-.]{0,2}|0[ \\-.]?)?[1-9](?:${SEP}[0-9]){7,8}`;
const NUMBER = new RegExp(`(?<![0-9])(?:${PHONE_66}|${PHONE_DOMESTIC}|[0-9](?:${SEP}[0-9]){12})(?![0-9])`, 'g');
/** Dates and times written with dots or slashes: their digits run together like a phone number's. */
const DATE = /(?<![0-9])[0-3]?[0-9][./-][01]?[0-9][./-](?:[0-9]{4}|[0-9]{2})(?:[ T]+[0-2]?[0-9][.:][0-5][0-9])?(?![0-9])/g;

const EMAIL =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+(?:@|\s*[[(]\s*at\s*[\])]\s*)[A-Za-z0-9-]+(?:(?:\.|\s*[[(]\s*dot\s*[\])]\s*)[A-Za-z0-9-]+)*(?:\.|\s*[[(]\s*dot\s*[\])]\s*)[A-Za-z]{2,}/gi;
// A LINE ID after its label; a bare English "line" needs a colon or an @ to count.
const LINE_ID =
  /(?:(?<![A-Za-z])(?:line\s*id|id\s*line)\b|ไลน์\s*ไอดี|ไอดี\s*ไลน์|ไลน์)\s*[:=]?\s*(@?[A-Za-z0-9._-]{3,40})|(?<![A-Za-z])line\s*(?::\s*|=\s*|(?=@))(@?[A-Za-z0-9._-]{3,40})/gi;

const TH = 'ก-ฮะ-ฺเ-๎';
// A name starts with a consonant or a leading vowel: นางาม is นา + งาม (a place), not นาง + a name.
const NAME_RUN = `[ก-ฮเ-ไA-Za-z][${TH}A-Za-z]{0,39}`;
/** Words that start a sentence's next part rather than a surname. */
const NOT_SURNAME =
  'โทร|ติดต่อ|เบอร์|แจ้ง|ช่วย|ด้วย|ให้|บอก|ว่า|ยัง|ถูก|โดน|พบ|เห็น|อยู่|บ้าน|ที่|ได้|ขอ|อายุ|ร้อง|และ|หรือ|กับ|ซึ่ง|เป็น|ผู้|ไลน์|อีเมล|เลข|บัตร|หมายเลข|ครับ|ค่ะ|คะ|นะ|ไม่|จึง|เมื่อ|ใน|จาก|ถึง|เรื่อง|ถนน|ซอย|หมู่|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|line|tel|email';
const FULL_NAME = `(${NAME_RUN}(?:[ \\t](?!(?:${NOT_SURNAME}))${NAME_RUN})?)`;
/**
 * Words and place names that end just before นาย, นาง or คุณ without making them an honorific:
 * ทนาย, ทำนาย, เจ้านาย, ขอบคุณ, พระคุณ, ขุนนาง, and places (คันนายาว, บางคุณเทียน, หนองนาง, ต.นางแล).
 */
const NOT_AFTER =
  '(?<!ท|ทำ|เจ้า|ลูก|ขอบ|บุญ|พระ|ขุน|คัน|บาง|กอง|ดอน|หนอง|ห้วย|ท่า|ทุ่ง|ลำ|แม่|โพ|อ่าว|หาด|เกาะ|หมอน|สนาม|สร้าง|สอง|เส|หญ้า|นคร|ต\\.|อ\\.|จ\\.|ตำบล|อำเภอ|จังหวัด|แขวง|เขต|ถนน|ถ\\.|ซอย|ซ\\.|แยก)';
/** Thai honorifics; the look-arounds keep words that merely contain one (ขอบคุณ, ทนายความ, นายกเทศมนตรี, คุณภาพ). */
const THAI_HONORIFIC = [
  'นางสาว',
  'น\\.ส\\.',
  'เด็กชาย',
  'เด็กหญิง',
  'ด\\.ช\\.',
  'ด\\.ญ\\.',
  'นายแพทย์',
  'แพทย์หญิง',
  'ทพญ\\.',
  'นพ\\.',
  'พญ\\.',
  'ทพ\\.',
  'ศ\\.ดร\\.',
  'ดร\\.',
  'ผศ\\.',
  'รศ\\.',
  'ว่าที่ร้อยตรี',
  'พล\\.ต\\.[อทต]\\.',
  '[พร]\\.ต\\.[อทต]\\.',
  'ส\\.ต\\.[อทต]\\.',
  'จ\\.ส\\.ต\\.',
  'ด\\.ต\\.',
  `${NOT_AFTER}นาย(?!ก(?:[ .ฯ]|รัฐ|เทศ|อบ|เมือง|สมาคม|สภา|$)|อำเภอ|จ้าง|หน้า|ทุน|ตำรวจ|ทหาร|ช่าง|ด่าน|ประกัน|สถานี|พราน|ร้อย|สิบ|เรือ|ห้าง|งาน|ท่า|ทะเบียน|ตรวจ)`,
  `${NOT_AFTER}นาง(?!พยาบาล|งาม|ฟ้า|แบบ|เอก|รำ|รอง|แล|เลิ้ง|ลือ|หลง|บวช|พญา|ตะเคียน|แดด)`,
  `${NOT_AFTER}คุณ(?!ภาพ|สมบัติ|ค่า|ประโยชน์|ธรรม|ลักษณะ|วุฒิ|ูปการ|ครับ|ค่ะ|คะ|มาก|ที่|เจ้าหน้าที่|ช่วย|จะ|ได้|ต้อง|เป็น|ไม่|ก็|และ|ดังกล่าว|นั้น|นี้|ท่าน)`,
  'ชื่อ(?:-?(?:นาม)?สกุล|ผู้แจ้ง|ผู้ร้อง)?\\s*:',
].join('|');
const THAI_NAME = new RegExp(`(?:${THAI_HONORIFIC})[ \\t]*${FULL_NAME}`, 'g');
const ENGLISH_NAME = new RegExp(
  `(?<![A-Za-z])(?:Mrs|Mr|Ms|Miss|Dr|Name\\s*:)\\.?[ \\t]*((?:[A-Z][A-Za-z'-]{0,30}|[${TH}]{1,40})(?:[ \\t](?:[A-Z][A-Za-z'-]{0,30}|(?!(?:${NOT_SURNAME}))[${TH}]{1,40}))?)`,
  'g',
);

// Cheap tests that skip a pattern for the many texts that cannot hold it (the intake hot path).
const MAY_HAVE_LINE_ID = /line|ไลน์|ไอดี/i;
const MAY_HAVE_THAI_NAME = /นา[ยง]|คุณ|ชื่อ|แพทย์|เด็ก|ว่าที่|[ก-ฮ]\./;
const MAY_HAVE_ENGLISH_NAME = /M[rs]|Miss|Dr|Name/;

interface Span {
  start: number;
  end: number;
  kind: 'number' | 'text';
}

/** Digit counts a Thai phone or citizen ID number has; anything else of digits is left alone. */
function isPersonalNumber(match: string): boolean {
  const digits = match.replace(/[^0-9]/g, '');
  if (digits.length === 13) return true;
  if (digits.startsWith('66')) {
    const national = digits.slice(2).replace(/^0/, '');
    return national.length === 8 || national.length === 9;
  }
  return digits[0] === '0' && digits[1] !== '0' && digits[1] !== '1' && (digits.length === 9 || digits.length === 10);
}

function findSpans(text: string): Span[] {
  const spans: Span[] = [];
  const dates: [number, number][] = [];
  if (/[0-9]/.test(text)) {
    for (const m of text.matchAll(DATE)) dates.push([m.index, m.index + m[0].length]);
    for (const m of text.matchAll(NUMBER)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isPersonalNumber(m[0])) continue;
      if (dates.some(([s, e]) => s < end && start < e)) continue;
      spans.push({ start, end, kind: 'number' });
    }
  }
  if (text.includes('@') || /\b(?:at)\b/i.test(text)) {
    for (const m of text.matchAll(EMAIL)) spans.push({ start: m.index, end: m.index + m[0].length, kind: 'text' });
  }
  const lastGroup = (m: RegExpExecArray | RegExpMatchArray) => {
    const group = m[2] ?? m[1]!;
    const end = m.index! + m[0].length;
    spans.push({ start: end - group.length, end, kind: 'text' });
  };
  if (MAY_HAVE_LINE_ID.test(text)) for (const m of text.matchAll(LINE_ID)) lastGroup(m);
  if (MAY_HAVE_THAI_NAME.test(text)) for (const m of text.matchAll(THAI_NAME)) lastGroup(m);
  if (MAY_HAVE_ENGLISH_NAME.test(text)) for (const m of text.matchAll(ENGLISH_NAME)) lastGroup(m);
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  for (const span of spans) {
    const last = kept.at(-1);
    if (last && span.start < last.end) {
      if (span.end > last.end) last.end = span.end;
      continue;
    }
    kept.push(span);
  }
  return kept;
}

const DIGIT = /[0-9๐-๙０-９]/;

/** A number's digits become x but the last two; invisible characters inside it go. */
function maskNumber(original: string): string {
  let total = 0;
  for (const char of original) if (DIGIT.test(char)) total++;
  let seen = 0;
  let out = '';
  for (const char of original) {
    if (DIGIT.test(char)) out += ++seen > total - 2 ? char : 'x';
    else if (!INVISIBLE.test(char)) out += char;
  }
  return out;
}

/** The text with phone and citizen ID numbers, e-mail addresses, LINE IDs and names after an honorific masked. */
export function maskPersonalData(text: string): string {
  const normalised = normaliseForMasking(text);
  const spans = findSpans(normalised.text);
  if (spans.length === 0) return text;
  const origin = normalised.origin;
  const at = (i: number) => (origin ? origin[i]! : i);
  let out = '';
  let cursor = 0;
  for (const span of spans) {
    const start = at(span.start);
    const end = at(span.end - 1) + 1;
    out += text.slice(cursor, start);
    out += span.kind === 'number' ? maskNumber(text.slice(start, end)) : '***';
    cursor = end;
  }
  return out + text.slice(cursor);
}

/**
 * The same masking as `maskPersonalData`, as parts: the text unchanged between the masked pieces,
 * and each masked piece with what it was, so a reviewer sees what the mask took out (the
 * disclosure log's publication preview). Joined, the parts' texts are `maskPersonalData(text)`.
 */
export function personalDataParts(text: string): { text: string; original?: string }[] {
  const normalised = normaliseForMasking(text);
  const spans = findSpans(normalised.text);
  if (spans.length === 0) return text ? [{ text }] : [];
  const origin = normalised.origin;
  const at = (i: number) => (origin ? origin[i]! : i);
  const parts: { text: string; original?: string }[] = [];
  let cursor = 0;
  for (const span of spans) {
    const start = at(span.start);
    const end = at(span.end - 1) + 1;
    if (start > cursor) parts.push({ text: text.slice(cursor, start) });
    const original = text.slice(start, end);
    parts.push({ text: span.kind === 'number' ? maskNumber(original) : '***', original });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor) });
  return parts;
}
