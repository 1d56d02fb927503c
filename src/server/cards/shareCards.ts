import { loadOrDrawShareCard, type ShareCard } from '../../commands/cards/loadOrDrawShareCard.ts';
import { readComplaintCardFigures, type ComplaintCardArea } from '../../commands/cards/readComplaintCardFigures.ts';
import { readPolicyCardFigures } from '../../commands/cards/readPolicyCardFigures.ts';
import type { PublicContext } from '../../commands/context.ts';
import { nationalCardAlt, policyCardAlt, provinceCardAlt, zoneCardAlt, type CardAlt } from '../../domain/cards/cardAltText.ts';
import { cardFiguresHash, type ComplaintCardFigures, type PolicyCardFigures } from '../../domain/cards/cardFigures.ts';
import { CARD_LAYOUT_VERSION } from './cardFrameHtml.ts';
import { complaintCardHtml } from './complaintCardHtml.ts';
import { policyCardHtml } from './policyCardHtml.ts';
import { renderCardPng } from './renderCardPng.ts';

/** Which card: the complaints of the country, an inspection zone or a province, or a published policy. */
export type CardSubject = ComplaintCardArea | { kind: 'policy'; id: string };

/** A card's figures in words and the hash it is stored under, without drawing it. */
export interface CardDescription {
  key: string;
  imagePath: string;
  hash: string;
  alt: CardAlt;
  html: () => string;
}

const complaintCards = {
  national: { key: () => 'national', path: () => '/cards/national.png', alt: nationalCardAlt },
  zone: { key: (code: string) => `zone:${code}`, path: (code: string) => `/cards/zones/${code}.png`, alt: zoneCardAlt },
  province: { key: (code: string) => `province:${code}`, path: (code: string) => `/cards/provinces/${code}.png`, alt: provinceCardAlt },
};

function describeComplaints(figures: ComplaintCardFigures): CardDescription {
  const kind = complaintCards[figures.area.kind];
  return {
    key: kind.key(figures.area.code),
    imagePath: kind.path(figures.area.code),
    hash: cardFiguresHash(figures, CARD_LAYOUT_VERSION),
    alt: kind.alt(figures),
    html: () => complaintCardHtml(figures),
  };
}

function describePolicy(figures: PolicyCardFigures): CardDescription {
  return {
    key: `policy:${figures.id}`,
    imagePath: `/cards/policies/${figures.id}.png`,
    hash: cardFiguresHash(figures, CARD_LAYOUT_VERSION),
    alt: policyCardAlt(figures),
    html: () => policyCardHtml(figures),
  };
}

/** Reads a card's figures (public reads: unknown provinces and zones and unpublished cases are `not_found`) and describes it. */
export async function describeCard(ctx: PublicContext, subject: CardSubject): Promise<CardDescription> {
  if (subject.kind === 'policy') return describePolicy(await readPolicyCardFigures(ctx, subject.id));
  return describeComplaints(await readComplaintCardFigures(ctx, subject));
}

/** The described card's PNG: stored when its figures are unchanged, else drawn in Chromium and stored. */
export async function shareCardPng(ctx: PublicContext, card: CardDescription): Promise<ShareCard> {
  return loadOrDrawShareCard(ctx, { key: card.key, hash: card.hash, draw: () => renderCardPng(card.html()) });
}
