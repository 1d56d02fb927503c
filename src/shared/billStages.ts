/**
 * The road of a government bill from drafting to the Royal Gazette, in order
 * (Constitution B.E. 2560 ss. 77, 81, 133–145; the Council of State reviews
 * drafts before they go to the House). Shared because the server checks a
 * case's stage against it and the browser offers the next stage from it.
 */
export const billStages = [
  'drafting',
  'public_hearing',
  'cabinet_approval',
  'council_of_state',
  'house',
  'senate',
  'royal_assent',
  'royal_gazette',
] as const;
export type BillStage = (typeof billStages)[number];

/** The one stage a bill may move to from `current`, or null at the end of the road. */
export function nextBillStage(current: BillStage): BillStage | null {
  return billStages[billStages.indexOf(current) + 1] ?? null;
}
