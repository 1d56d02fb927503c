import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
let css: string | undefined;

/**
 * Sarabun (the web app's font) as `@font-face` rules with the font files inline, so a printed
 * PDF embeds it as a real font: Thai prints the same on any machine and `pdftotext` extracts it.
 * Read once per process (about 200 kB of base64).
 */
export function sarabunFontCss(): string {
  css ??= [400, 700]
    .flatMap((weight) =>
      ['thai', 'latin'].map((subset) => {
        const file = require.resolve(`@fontsource/sarabun/files/sarabun-${subset}-${weight}-normal.woff2`);
        const data = readFileSync(file).toString('base64');
        return `@font-face{font-family:'Sarabun';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');}`;
      }),
    )
    .join('\n');
  return css;
}

/** Text made safe to place in HTML. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
