/**
 * The words of complaint clusters and a directive's area trend, Thai first; the English object has
 * the Thai one's type, so a string missing in one language is a type error.
 */
export const clustersTh = {
  nav: 'กลุ่มเรื่องร้องเรียน',
  title: 'กลุ่มเรื่องร้องเรียนที่เพิ่มขึ้นผิดปกติ',
  lead: 'พื้นที่ที่เรื่องร้องเรียนหมวดหนึ่งเพิ่มขึ้นมากเมื่อเทียบกับช่วงก่อนหน้าของพื้นที่นั้นเอง ในเดือนนี้และเดือนที่แล้ว เรียงจากเดือนล่าสุดและจากที่ผิดปกติมากที่สุด',
  rule: (r: { minimumCount: number; baselineMonths: number; maxProbability: number }) =>
    `เกณฑ์: เขตใดได้รับเรื่องร้องเรียนหมวดเดียวกันในเดือนเดียวตั้งแต่ ${r.minimumCount} เรื่องขึ้นไป และหากจำนวนเรื่องยังเป็นไปตามค่าเฉลี่ย ${r.baselineMonths} เดือนก่อนหน้าของเขตนั้นเอง โอกาสที่จะมีเรื่องมากเท่านี้หรือมากกว่าโดยบังเอิญต่ำกว่า 1 ใน ${Math.round(1 / r.maxProbability).toLocaleString('th-TH')} (การทดสอบปัวซองด้านเดียว)`,
  empty: 'ขณะนี้ไม่มีพื้นที่ใดที่เรื่องร้องเรียนเพิ่มขึ้นเข้าเกณฑ์',
  sentence: (c: {
    period: string;
    current: boolean;
    district: string;
    province: string;
    category: string;
    count: string;
    months: number;
    mean: string;
  }) =>
    `${c.current ? 'ในเดือนนี้' : `ในเดือน ${c.period}`} ${c.district} ${c.province} มีเรื่องร้องเรียนหมวด${c.category} ${c.count} เรื่อง ขณะที่ ${c.months} เดือนก่อนหน้าเฉลี่ย ${c.mean} เรื่องต่อเดือน`,
  chance: (oneIn: string | null) => (oneIn ? `โอกาสเกิดโดยบังเอิญ: 1 ใน ${oneIn}` : 'โอกาสเกิดโดยบังเอิญ: น้อยกว่า 1 ในล้าน'),
  ratio: (times: string) => `เพิ่มขึ้น ${times} เท่าของค่าเฉลี่ย`,
  newProblem: 'ไม่เคยมีเรื่องหมวดนี้ในช่วงก่อนหน้า',
  trendCaption: (place: string) => `เรื่องร้องเรียนรายเดือน ${place}`,
  month: 'เดือน',
  received: 'จำนวนเรื่อง',
  evidence: (shown: number, total: number) => `เรื่องร้องเรียนที่เป็นหลักฐาน (แสดง ${shown} จาก ${total} เรื่อง)`,
  publicId: 'รหัสเรื่อง',
  complaintTitle: 'เรื่อง',
  receivedAt: 'วันที่รับเรื่อง',
  raise: 'ยกระดับเป็นข้อสั่งการ',
  riseMonth: 'เดือนที่เพิ่มขึ้น',
  eventRaised: (count: number, period: string) => `ยกระดับจากกลุ่มเรื่องร้องเรียน ${count} เรื่องในเดือน ${period}`,
  raised: (ref: string) => `ยกระดับเป็นข้อสั่งการแล้ว: ${ref}`,
  raisedFlash: (ref: string) => `สร้างข้อสั่งการ ${ref} จากกลุ่มเรื่องร้องเรียนแล้ว มอบหมายหน่วยงานได้จากหน้านี้`,
  trend: {
    title: 'เรื่องร้องเรียนในพื้นที่ ก่อนและหลังออกข้อสั่งการ',
    lead: (place: string, months: number) =>
      `จำนวนเรื่องร้องเรียน${place}ที่ได้รับในแต่ละเดือน ${months} เดือนก่อนเดือนที่ออกข้อสั่งการ และหลังจากนั้นไม่เกิน ${months} เดือน`,
    allCategories: 'ทุกหมวด',
    issued: 'เดือนที่ออกข้อสั่งการ',
    chartLabel: (place: string, issued: string) => `แผนภูมิแท่งเรื่องร้องเรียนรายเดือน${place} เดือนที่ออกข้อสั่งการคือ ${issued} ตัวเลขอยู่ในตารางด้านล่าง`,
    before: (mean: string) => `ก่อนออกข้อสั่งการ เฉลี่ย ${mean} เรื่องต่อเดือน`,
    after: (mean: string | null) => (mean === null ? 'ยังไม่มีเดือนหลังออกข้อสั่งการ' : `หลังออกข้อสั่งการ เฉลี่ย ${mean} เรื่องต่อเดือน`),
    evidence: (n: number) => `เรื่องร้องเรียนที่ยกระดับมาเป็นข้อสั่งการนี้ (${n} เรื่อง)`,
  },
};
