import { loadOrDrawShareCard, type ShareCard } from '../../commands/cards/loadOrDrawShareCard.ts';
import { readComplaintCardFigures } from '../../commands/cards/readComplaintCardFigures.ts';
import { readPolicyCardFigures } from '../../commands/cards/readPolicyCardFigures.ts';
import type { PublicContext } from '../../commands/context.ts';
import { nationalCardAlt, policyCardAlt, provinceCardAlt, type CardAlt } from '../../domain/cards/cardAltText.ts';
import { cardFiguresHash, type ComplaintCardFigures, type PolicyCardFigures } from '../../domain/cards/cardFigures.ts';
import { CARD_LAYOUT_VERSION } from './cardFrameHtml.ts';
import { complaintCardHtml } from './complaintCardHtml.ts';
import { policyCardHtml } from './policyCardHtml.ts';
import { renderCardPng } from './renderCardPng.ts';

/** Which card: the country's complaints, a province's complaints, or a published policy. */
export type CardSubject = { kind: 'national' } | { kind: 'province'; code: string } | { kind: 'policy'; id: string };

/** A card's figures in words and the hash it is stored under, without drawing it. */
export interface CardDescription {
  key: string;
  imagePath: string;
  hash: string;
  alt: CardAlt;
  html: () => string;
}

function describeComplaints(subject: CardSubject & { kind: 'national' | 'province' }, figures: ComplaintCardFigures): CardDescription {
  const national = subject.kind === 'national';
  return {
    key: national ? 'national' : `province:${subject.code}`,
    imagePath: national ? '/cards/national.png' : `/cards/provinces/${subject.code}.png`,
    hash: cardFiguresHash(figures, CARD_LAYOUT_VERSION),
    alt: national ? nationalCardAlt(figures) : provinceCardAlt(figures),
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

/** Reads a card's figures (public reads: unknown provinces and unpublished cases are `not_found`) and describes it. */
export async function describeCard(ctx: PublicContext, subject: CardSubject): Promise<CardDescription> {
  if (subject.kind === 'policy') return describePolicy(await readPolicyCardFigures(ctx, subject.id));
  const figures = await readComplaintCardFigures(ctx, { provinceCode: subject.kind === 'province' ? subject.code : null });
  return describeComplaints(subject, figures);
}

/** The card's PNG: stored when its figures are unchanged, else drawn in Chromium and stored. */
export async function shareCardPng(ctx: PublicContext, subject: CardSubject): Promise<ShareCard> {
  const card = await describeCard(ctx, subject);
  return loadOrDrawShareCard(ctx, { key: card.key, hash: card.hash, alt: card.alt, draw: () => renderCardPng(card.html()) });
}
