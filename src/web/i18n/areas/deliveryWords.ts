/**
 * Words of issue 13's delivery slice (one report action, what was reported, the stocktake pack),
 * Thai first; the English object has the Thai one's type, so a string missing in one language is a
 * type error.
 */
export const deliveryWordsTh = {
  /** The summary row counting units that reported at all, by a cycle report or a progress note. */
  reported: 'รายงานความคืบหน้าแล้ว',
  reportedOf: (reported: number, all: number) => `${reported.toLocaleString('th-TH')} จาก ${all.toLocaleString('th-TH')} หน่วยงาน`,
  /** Where the one report action is, for a unit that may report. */
  reportHere: 'หน่วยงานของคุณรายงานความคืบหน้าได้จากปุ่ม “รายงานความคืบหน้า” ในส่วนสิ่งที่คุณทำได้ด้านบน',
  noteHeading: (unit: string) => `${unit} · บันทึกความคืบหน้า`,
  noteLabel: 'บันทึกความคืบหน้า',
};
