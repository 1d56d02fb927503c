/**
 * Characters that text in Tidtam may not carry, and the characters an XML 1.0
 * document may not carry.
 *
 * Input: the C0 control characters other than tab, line feed and carriage
 * return (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F), the noncharacters
 * U+FFFE and U+FFFF, and lone UTF-16 surrogates. None of them is text a
 * citizen or an officer means to write; NUL cannot be stored in PostgreSQL at
 * all, a lone surrogate would be stored silently changed to U+FFFD, and the
 * others are forbidden by XML 1.0 (W3C XML 1.0 §2.2, production `Char`), so
 * one complaint carrying one would break the Open311 XML feed for everyone.
 * OWASP ASVS 5.1.3 / 5.1.4: validate input against an allow-list of what it
 * may be, at the trust boundary.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose.
const FORBIDDEN_IN_INPUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\p{Surrogate}/u;

/** Everything outside XML 1.0's `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
const OUTSIDE_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** The first character of `text` that input may not carry, as `U+XXXX`, or null when there is none. */
export function forbiddenCharacterIn(text: string): string | null {
  const match = FORBIDDEN_IN_INPUT.exec(text);
  if (!match) return null;
  return `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * `text` with every character XML 1.0 forbids replaced by U+FFFD (the
 * Unicode replacement character), so a reader sees that something was there.
 * Input refuses these characters; this is the writer's own guarantee, which
 * holds even for a row stored before the refusal or written by SQL.
 */
export function toXmlCharacters(text: string): string {
  return text.replace(OUTSIDE_XML_CHAR, '\uFFFD');
}
