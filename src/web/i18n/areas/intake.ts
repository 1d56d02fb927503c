/**
 * Taking a complaint (issue #13, items 6 and 7): the area chooser's announcements and the
 * "where will this go" panel shown before saving. Thai first; the English object has its type.
 */
export const intakeTh = {
  areaCount: (shown: number, total: number) =>
    total > shown ? `พบ ${total} พื้นที่ แสดง ${shown} รายการแรก กดลูกศรลงเพื่อเลือก` : `พบ ${total} พื้นที่ กดลูกศรลงเพื่อเลือก`,
  areaNone: 'ไม่พบพื้นที่ชื่อนี้ ลองพิมพ์เฉพาะชื่อ เช่น พระนคร หรือแม่จัน',
  previewTitle: 'ก่อนบันทึก: เรื่องนี้จะส่งไปที่ใด',
  previewCategories: 'ประเภทเรื่องที่ระบบแนะนำ',
  previewCategoriesHint: 'ระบบเลือกข้อแรกไว้ให้ เลือกข้ออื่นได้ถ้าไม่ตรงกับเรื่อง',
  previewConfidence: (percent: number) => (percent < 5 ? 'ไม่น่าจะใช่' : `โอกาสถูกราว ${percent}%`),
  previewUnit: 'หน่วยงานที่จะได้รับเรื่อง',
  previewWhy: {
    rule: 'ตามกฎการส่งเรื่องของประเภทและพื้นที่นี้',
    district_office: 'หน่วยงานของอำเภอหรือเขตที่เกิดเรื่อง',
    provincial_hall: 'ศาลากลางจังหวัด เพราะยังไม่ได้ระบุอำเภอหรือเขต',
    intake_centre: 'ศูนย์บริการประชาชน 1111 จะส่งต่อให้หน่วยงานที่รับผิดชอบ เพราะยังไม่ได้ระบุพื้นที่',
  } as Record<string, string>,
};
