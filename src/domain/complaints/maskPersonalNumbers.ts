/**
 * Phone and citizen ID numbers that people type into a complaint's free text
 * are masked wherever the text is shown beyond the unit handling it (public
 * tracking, other units, open data): the digits are replaced by `x` except
 * the last two, so the reader still sees that a number was there.
 *
 * - a citizen ID: 13 digits, written together or as 1-2345-67890-12-3;
 * - a phone number: 9 or 10 digits starting with 0 (02 123 4567, 081-234-5678)
 *   or +66 / 66 followed by 8 or 9 digits.
 * Thai digits (๐-๙) count as digits.
 */
const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const D = '[0-9๐-๙]';
const SEP = '[ .-]?';
const CITIZEN_ID = new RegExp(`${D}${SEP}${D}{4}${SEP}${D}{5}${SEP}${D}{2}${SEP}${D}`, 'g');
const PHONE = new RegExp(`(?:\\+?66${SEP}|[0๐])${D}{1,2}(?:${SEP}${D}){6,7}(?![0-9๐-๙])`, 'g');

function countDigits(text: string): number {
  let n = 0;
  for (const char of text) if (/[0-9]/.test(char) || THAI_DIGITS.includes(char)) n++;
  return n;
}

function mask(match: string): string {
  const total = countDigits(match);
  let seen = 0;
  let out = '';
  for (const char of match) {
    if (/[0-9]/.test(char) || THAI_DIGITS.includes(char)) {
      seen++;
      out += seen > total - 2 ? char : 'x';
    } else out += char;
  }
  return out;
}

export function maskPersonalNumbers(text: string): string {
  return text
    .replace(CITIZEN_ID, (match) => (countDigits(match) === 13 ? mask(match) : match))
    .replace(PHONE, (match) => {
      const digits = countDigits(match);
      return digits >= 9 && digits <= 11 ? mask(match) : match;
    });
}
