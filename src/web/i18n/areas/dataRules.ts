/**
 * Words of the data rules (issue 13, items 14 and 15): the indicator value's limit and the answer date
 * of a parliamentary question, Thai first; the English object has the Thai one's type, so a string
 * missing in one language is a type error.
 */
export const dataRulesTh = {
  valueOutOfRange: (max: string) => `ค่าต้องอยู่ระหว่าง -${max} ถึง ${max}`,
  answeredOn: 'วันที่ตอบกระทู้',
  answerMissing: 'กรอกคำตอบ',
  answerDateMissing: 'ใส่วันที่ตอบกระทู้',
  answerDateFuture: 'วันที่ตอบต้องไม่เกินวันนี้ โปรดใส่วันที่ตอบกระทู้จริง',
};
