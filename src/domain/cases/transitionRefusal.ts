import type { AssignmentStatus } from '../../shared/assignmentStates.ts';

/**
 * What an assignment's refused move says to the officer, in words and never in codes
 * (issue 13, item 12): "งานนี้รับทราบแล้ว จึงรับทราบซ้ำไม่ได้", not `"acknowledged" … "acknowledge"`.
 * The statuses read as the status tags on the case page do; the moves as the buttons name them.
 */
const statusWords: Record<AssignmentStatus, { th: string; en: string }> = {
  sent: { th: 'ยังรอการรับทราบ', en: 'is still waiting to be acknowledged' },
  acknowledged: { th: 'รับทราบแล้ว', en: 'is already acknowledged' },
  in_progress: { th: 'อยู่ระหว่างดำเนินการ', en: 'is in progress' },
  done: { th: 'แจ้งว่าดำเนินการเสร็จแล้ว', en: 'has been reported done' },
  accepted: { th: 'ตรวจรับแล้ว', en: 'has been accepted' },
  returned: { th: 'ส่งคืนแล้ว', en: 'was returned' },
};

/** Each move as a verb phrase: Thai after "จึง", English after "you cannot". */
export const moveWords = {
  acknowledge: { th: 'รับทราบ', en: 'acknowledge it' },
  cascade: { th: 'ส่งต่อให้หน่วยงานในสังกัด', en: 'pass it to units below' },
  progress: { th: 'รายงานความคืบหน้า', en: 'report progress on it' },
  complete: { th: 'แจ้งว่าดำเนินการเสร็จ', en: 'report it done' },
  return: { th: 'ส่งคืนเรื่อง', en: 'return it' },
  accept: { th: 'ตรวจรับงาน', en: 'accept it' },
  send_back: { th: 'ส่งกลับให้ดำเนินการเพิ่ม', en: 'send it back' },
  reroute: { th: 'ส่งเรื่องไปหน่วยงานอื่น', en: 'send it to another unit' },
  reopen: { th: 'เปิดเรื่องอีกครั้ง', en: 'reopen it' },
} as const;

export type MoveName = keyof typeof moveWords;

/** The refusal in both languages; `again` when the move would only repeat what is already so. */
export function transitionRefusal(status: AssignmentStatus, move: MoveName, again: boolean): { th: string; en: string } {
  const state = statusWords[status];
  const action = moveWords[move];
  return {
    th: `งานนี้${state.th} จึง${action.th}${again ? 'ซ้ำ' : ''}ไม่ได้`,
    en: `This work ${state.en}, so you cannot ${action.en}${again ? ' again' : ''}.`,
  };
}
