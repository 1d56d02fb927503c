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

export const billStageNames: Record<BillStage, { th: string; en: string }> = {
  drafting: { th: 'ยกร่าง', en: 'Drafting' },
  public_hearing: { th: 'รับฟังความคิดเห็น', en: 'Public hearing' },
  cabinet_approval: { th: 'คณะรัฐมนตรีอนุมัติหลักการ', en: 'Approved in principle by the cabinet' },
  council_of_state: { th: 'สำนักงานคณะกรรมการกฤษฎีกาตรวจพิจารณา', en: 'Reviewed by the Council of State' },
  house: { th: 'สภาผู้แทนราษฎรพิจารณา', en: 'In the House of Representatives' },
  senate: { th: 'วุฒิสภาพิจารณา', en: 'In the Senate' },
  royal_assent: { th: 'นำขึ้นทูลเกล้าฯ', en: 'Presented for royal assent' },
  royal_gazette: { th: 'ประกาศในราชกิจจานุเบกษา', en: 'Published in the Royal Gazette' },
};

/** The one stage a bill may move to from `current`, or null at the end of the road. */
export function nextBillStage(current: BillStage): BillStage | null {
  return billStages[billStages.indexOf(current) + 1] ?? null;
}
