import { describe, expect, it } from 'vitest';
import { receiptMessage, statusChangedMessage } from './citizenMessages.ts';
import { citizenSmsText, maskPhone, maskPhonesIn, smsMaxChars, thaiMobileE164 } from './citizenSms.ts';

describe('the SMS a phone-only complainant gets', () => {
  const code = 'AB7K-3MPQ-9XWZ';

  it('is the Thai paragraph of the message, with the tracking code and status, in at most two SMS parts', () => {
    const status = citizenSmsText(statusChangedMessage({ trackingCode: code, status: 'in_progress' }).body);
    expect(status).toBe(`เรื่องร้องเรียนรหัส ${code} มีความคืบหน้า: กำลังดำเนินการ`);
    const receipt = citizenSmsText(receiptMessage({ trackingCode: code, unitNameTh: 'สำนักงานเขตพญาไท', unitNameEn: null }).body);
    expect(receipt).toContain(code);
    expect(receipt).not.toMatch(/received|Use this code/);
    expect(receipt.length).toBeLessThanOrEqual(smsMaxChars);
  });

  it('cuts a long note to 134 characters with an ellipsis, never between a Thai letter and its tone mark', () => {
    const note = 'ซ่อมไฟฟ้าส่องสว่างเรียบร้อยแล้ว '.repeat(12);
    const text = citizenSmsText(statusChangedMessage({ trackingCode: code, status: 'resolved', note }).body);
    expect(text.length).toBeLessThanOrEqual(smsMaxChars);
    expect(text.startsWith(`เรื่องร้องเรียนรหัส ${code} มีความคืบหน้า: แก้ไขเสร็จแล้ว ซ่อม`)).toBe(true);
    expect(text.endsWith('…')).toBe(true);
    for (let cut = 100; cut < 160; cut++) {
      const shortened = citizenSmsText('ก่'.repeat(cut));
      expect(shortened.length).toBeLessThanOrEqual(smsMaxChars);
      expect(shortened.at(-2)).toBe('่');
    }
  });

  it('sends to Thai mobile numbers in E.164 and masks numbers in errors', () => {
    expect(thaiMobileE164('0812345678')).toBe('+66812345678');
    expect(thaiMobileE164('0612345678')).toBe('+66612345678');
    expect(thaiMobileE164('021234567')).toBeNull();
    expect(thaiMobileE164('0712345678')).toBeNull();
    expect(maskPhone('+66812345678')).toBe('+66••••••678');
    expect(maskPhonesIn('invalid destination +66812345678 (081-234-5678)')).not.toMatch(/812345678|234-5678/);
  });
});
