import { createHash } from 'node:crypto';
import type { CaseKind } from '../cases/caseKinds.ts';
import type { Direction } from '../indicators/indicatorTypes.ts';
import type { Rag } from '../reports/ratings.ts';

/** What a complaint card shows: the country's, an inspection zone's or a province's complaints in the current fiscal year. */
export interface ComplaintCardFigures {
  area: { kind: 'national' | 'zone' | 'province'; code: string; nameTh: string; nameEn: string | null };
  /** Buddhist era (2569 runs from October 2025 to September 2026). */
  fiscalYear: number;
  received: number;
  resolved: number;
  /** resolved ÷ received, 0–1; null when nothing was received. */
  resolutionRate: number | null;
  medianDays: number | null;
  /** Every month of the fiscal year so far (`YYYY-MM`), for the bar strip. */
  months: { month: string; received: number; resolved: number }[];
  /**
   * The Bangkok day (`YYYY-MM-DD`) the figures were brought up to date: a day, not the fold's
   * instant, so a fold that changes nothing redraws a card at most once a day.
   */
  asOfDay: string | null;
}

/** One indicator of a policy card: its latest measured period against the planned trajectory. */
export interface CardIndicator {
  nameTh: string;
  nameEn: string | null;
  unitOfMeasure: string;
  direction: Direction;
  baseline: number;
  target: number;
  /** The latest measured period (`YYYY-MM`), or null when nothing is measured yet. */
  period: string | null;
  actual: number | null;
  planned: number | null;
  rag: Rag | null;
}

/** What a policy card shows: a published policy's or directive's progress. */
export interface PolicyCardFigures {
  id: string;
  ref: string;
  kind: CaseKind;
  title: string;
  ownerTh: string;
  ownerEn: string | null;
  /** The first indicators (goal ones first), at most POLICY_CARD_INDICATORS. */
  indicators: CardIndicator[];
  indicatorCount: number;
  /** Acknowledgement reach: of the units the case was sent to, how many acknowledged it. */
  reach: { assigned: number; acknowledged: number };
  /** The Bangkok day of the latest change of the case or its measurements. */
  lastUpdateDay: string;
}

/** A card is 1200×630 px, the size Facebook's and LINE's link previews expect (1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Three indicators stay legible on a card seen at phone size; the rest are on the policy's page. */
export const POLICY_CARD_INDICATORS = 3;

/**
 * The hash a stored card is keyed against: the figures it shows and the version of the layout that
 * draws them, so a card is drawn again only when one of them changes.
 */
export function cardFiguresHash(figures: ComplaintCardFigures | PolicyCardFigures, layoutVersion: string): string {
  return createHash('sha256').update(layoutVersion).update('\n').update(JSON.stringify(figures)).digest('base64url').slice(0, 32);
}
