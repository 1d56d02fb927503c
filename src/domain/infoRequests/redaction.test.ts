import { describe, expect, it } from 'vitest';
import { maskPersonalData, personalDataParts } from '../complaints/maskPersonalData.ts';
import { redactText, REQUESTER_REPLACEMENT, type RedactionRule, type RequesterDetails } from './redaction.ts';

const nobody: RequesterDetails = { name: null, email: null, phone: null, citizenId: null };
const rule = (id: string, pattern: string, replacement = '[ปกปิด]', scope: RedactionRule['scope'] = 'site'): RedactionRule => ({
  id,
  scope,
  pattern,
  replacement,
});

describe('redaction of text for the disclosure log', () => {
  it('replaces a Thai pattern inside running Thai text, without word boundaries', () => {
    const out = redactText('ขอสัญญาจ้างบริษัทรุ่งเรืองก่อสร้างจำกัดปี2569', [rule('r1', 'รุ่งเรืองก่อสร้าง')], nobody);
    expect(out.text).toBe('ขอสัญญาจ้างบริษัท[ปกปิด]จำกัดปี2569');
    expect(out.parts.filter((p) => p.replaced)).toEqual([
      { text: '[ปกปิด]', replaced: { kind: 'rule', ruleId: 'r1', scope: 'site', original: 'รุ่งเรืองก่อสร้าง' } },
    ]);
  });

  it('matches Latin text case-insensitively and a space in a pattern as any white space', () => {
    const out = redactText('Contract with ACME   Builders\nand acme builders', [rule('r1', 'Acme Builders', '[บริษัท]')], nobody);
    expect(out.text).toBe('Contract with [บริษัท]\nand [บริษัท]');
  });

  it('lets the longest of overlapping patterns claim the text first, whatever the rules order', () => {
    const rules = [rule('short', 'สมชาย', '[A]'), rule('long', 'สมชาย ใจดีเด่น', '[B]'), rule('mid', 'ใจดี', '[C]')];
    const out = redactText('สมชาย ใจดีเด่น พบ สมชาย อีกคน ใจดีมาก', rules, nobody);
    expect(out.text).toBe('[B] พบ [A] อีกคน [C]มาก');
    expect(redactText('สมชาย ใจดีเด่น', [...rules].reverse(), nobody).text).toBe('[B]');
  });

  it("always removes the requester's own name, e-mail, phone and citizen id, however written, and never echoes them", () => {
    const requester: RequesterDetails = {
      name: 'สมหญิง ใจงามยิ่ง',
      email: 'Somying.J@example.com',
      phone: '081-234-5678',
      citizenId: '1103700123458',
    };
    const text = [
      'ข้าพเจ้าสมหญิง ใจงามยิ่ง ขอสำเนาสัญญา',
      'ติดต่อ somying.j@EXAMPLE.com หรือ (081) 234 5678 หรือ +66 81 234 5678',
      'เลขบัตร ๑-๑๐๓๗-๐๐๑๒๓-๔๕-๘ ลงชื่อ ใจงามยิ่ง',
    ].join('\n');
    const out = redactText(text, [], requester);
    for (const secret of ['สมหญิง', 'ใจงามยิ่ง', 'somying', '5678', '๔๕-๘', '1103700123458']) expect(out.text).not.toContain(secret);
    expect(out.text).toContain(`ข้าพเจ้า${REQUESTER_REPLACEMENT} ขอสำเนาสัญญา`);
    const fields = out.parts.flatMap((p) => (p.replaced?.kind === 'requester' ? [p.replaced.field] : []));
    expect(new Set(fields)).toEqual(new Set(['name', 'email', 'phone', 'citizen_id']));
    // The preview says which detail went, never what it was.
    expect(JSON.stringify(out.parts)).not.toContain('สมหญิง');
    expect(JSON.stringify(out.parts)).not.toContain('234 5678');
  });

  it('removes the requester even without any rule, and a rule of another scope with them', () => {
    const out = redactText('นายก้องภพ ทองดี แจ้งเรื่องโครงการหนองบัว', [rule('a', 'หนองบัว', '[สถานที่]', 'agency')], {
      ...nobody,
      name: 'ก้องภพ ทองดี',
    });
    expect(out.text).toBe(`นาย${REQUESTER_REPLACEMENT} แจ้งเรื่องโครงการ[สถานที่]`);
  });

  it('then masks personal data the rules did not name, as complaints are masked', () => {
    const out = redactText('เจ้าหน้าที่ นางมาลี ศรีสุข โทร 089-999-0011 ส่งเอกสาร', [], nobody);
    expect(out.text).toBe(maskPersonalData('เจ้าหน้าที่ นางมาลี ศรีสุข โทร 089-999-0011 ส่งเอกสาร'));
    expect(out.text).not.toContain('มาลี');
    expect(out.parts.filter((p) => p.replaced).map((p) => p.replaced!.kind)).toEqual(['personal_data', 'personal_data']);
  });

  it('keeps text without anything to redact as it was, in one part', () => {
    const text = 'ขอข้อมูลงบประมาณน้ำท่วมปี 2569 ของจังหวัด';
    expect(redactText(text, [rule('r', 'ไม่มีในข้อความ')], nobody)).toEqual({ text, parts: [{ text }] });
    expect(redactText('', [], nobody)).toEqual({ text: '', parts: [] });
  });

  it('joins the mask parts back into the masked text', () => {
    const text = 'คุณวิภาวดี โทร 0812345678 อีเมล a.b@example.org';
    expect(
      personalDataParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(maskPersonalData(text));
  });
});
