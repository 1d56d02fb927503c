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

export const clustersEn: typeof clustersTh = {
  nav: 'Complaint clusters',
  title: 'Unusual rises in complaints',
  lead: "Areas where complaints of one category rose well above the area's own recent months, this month and last, newest month and most unusual first.",
  rule: (r) =>
    `The rule: a district is listed when it received at least ${r.minimumCount} complaints of one category in a month and, had its own mean of the previous ${r.baselineMonths} months held, so many or more would arrive by chance less than once in ${Math.round(1 / r.maxProbability).toLocaleString('en-GB')} (a one-sided Poisson test).`,
  empty: 'No area has a rise of complaints that meets the rule now.',
  sentence: (c) =>
    `${c.current ? 'This month' : `In ${c.period}`} ${c.district}, ${c.province} received ${c.count} complaints about ${c.category}, against a mean of ${c.mean} a month over the previous ${c.months} months.`,
  chance: (oneIn) => (oneIn ? `Chance of this by accident: 1 in ${oneIn}` : 'Chance of this by accident: less than one in a million'),
  ratio: (times) => `${times} times the mean`,
  newProblem: 'No complaints of this category in the months before',
  trendCaption: (place) => `Complaints per month, ${place}`,
  month: 'Month',
  received: 'Complaints',
  evidence: (shown, total) => `The complaints as evidence (${shown} of ${total} shown)`,
  publicId: 'Complaint id',
  complaintTitle: 'Complaint',
  receivedAt: 'Received',
  raise: 'Raise to a directive',
  riseMonth: 'the month of the rise',
  eventRaised: (count, period) => `Raised from a cluster of ${count} complaints in ${period}`,
  raised: (ref) => `Raised to directive ${ref}`,
  raisedFlash: (ref) => `Directive ${ref} was opened from the complaint cluster. Assign units from this page.`,
  trend: {
    title: 'Complaints in the area before and after the directive',
    lead: (place, months) =>
      `Complaints received ${place} each month, ${months} months before the month the directive was issued and up to ${months} after.`,
    allCategories: 'all categories',
    issued: 'Month the directive was issued',
    chartLabel: (place, issued) =>
      `Bar chart of complaints per month ${place}; the directive was issued in ${issued}. The figures are in the table below.`,
    before: (mean) => `Before the directive: a mean of ${mean} a month`,
    after: (mean) => (mean === null ? 'No month after the directive yet' : `After the directive: a mean of ${mean} a month`),
    evidence: (n) => `The complaints this directive was raised from (${n})`,
  },
};
