import type { Queryable } from '../../db/database.ts';
import { findShareCard, saveShareCard } from '../../db/queries/shareCardQueries.ts';
import type { PublicContext } from '../context.ts';

export interface ShareCard {
  png: Uint8Array;
  /** The hash of the figures and layout it was drawn from: the card's ETag. */
  hash: string;
}

/** Draws going on in this process, by database, card key and figures hash: concurrent first requests share one draw. */
const drawing = new WeakMap<Queryable, Map<string, Promise<ShareCard>>>();

/**
 * A card from the `share_cards` table when it was drawn from the same figures (`hash`), else drawn
 * now by `draw` (Chromium, in the HTTP layer) and stored for every process. Requests of one
 * process that arrive while a card is being drawn wait for that draw. Two processes that both find
 * a card stale may each draw it once; both store the same picture, so the later write is harmless.
 */
export async function loadOrDrawShareCard(
  ctx: PublicContext,
  input: { key: string; hash: string; draw: () => Promise<Uint8Array> },
): Promise<ShareCard> {
  const { db } = ctx;
  const stored = await findShareCard(db, input.key);
  if (stored?.figures_hash === input.hash) return { png: stored.png, hash: stored.figures_hash };
  let pending = drawing.get(db);
  if (!pending) drawing.set(db, (pending = new Map()));
  const flight = `${input.key}|${input.hash}`;
  let card = pending.get(flight);
  if (!card) {
    card = (async () => {
      const png = await input.draw();
      await saveShareCard(db, {
        card_key: input.key,
        figures_hash: input.hash,
        png,
        rendered_at: ctx.clock.now(),
      });
      return { png, hash: input.hash };
    })();
    pending.set(flight, card);
    const map = pending;
    void card.then(
      () => map.delete(flight),
      () => map.delete(flight),
    );
  }
  return card;
}
