import { CARD_HEIGHT, CARD_WIDTH } from '../../domain/cards/cardFigures.ts';
import { withChromiumContext } from '../printing/sharedChromium.ts';

let renders = 0;

/** How many cards this process has drawn: the cache's tests count draws with it. */
export function cardRenderCount(): number {
  return renders;
}

/**
 * Draws a card's HTML as a 1200×630 PNG in the shared Chromium (`printing/sharedChromium.ts`),
 * after its inline fonts have loaded: a card drawn before Sarabun is ready shows boxes for Thai.
 * About 150–300 ms once Chromium runs, which is why cards are stored and drawn only when their
 * figures change.
 */
export async function renderCardPng(html: string): Promise<Uint8Array> {
  renders += 1;
  return withChromiumContext({ viewport: { width: CARD_WIDTH, height: CARD_HEIGHT }, deviceScaleFactor: 1 }, async (context) => {
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => true)');
    return page.screenshot({ type: 'png', clip: { x: 0, y: 0, width: CARD_WIDTH, height: CARD_HEIGHT } });
  });
}
