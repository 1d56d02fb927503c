import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { checkAnswer, groundsUsed, refusesSomething, type AnswerInput } from './answerRules.ts';

const active = new Set(['s14', 's15_1', 's15_5']);
const file = '6f1c8f8e-2a5c-4d0e-9d1b-0c7c3f0a1b2c';
const other = '0b0f1d8e-1a2b-4c3d-8e9f-0a1b2c3d4e5f';

function problems(input: AnswerInput): string[] {
  try {
    checkAnswer(input, active);
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('validation_failed');
    return (error as AppError).fields.map((field) => field.path);
  }
}

describe('checkAnswer', () => {
  it('accepts an answer in part: a redacted copy and a withheld document, each with its ground', () => {
    const answer = checkAnswer(
      {
        outcome: 'answered_part',
        message: '  ส่งสำเนาสัญญาที่ปกปิดข้อมูลส่วนบุคคลแล้ว  ',
        feeBaht: 20.005,
        documents: [
          { title: 'สัญญาจ้าง', disclosure: 'partly_disclosed', groundCodes: ['s15_5', 's15_5'], attachmentId: file },
          { title: 'รายงานแพทย์', disclosure: 'withheld', groundCodes: ['s15_5'] },
        ],
      },
      active,
    );
    expect(answer.message).toBe('ส่งสำเนาสัญญาที่ปกปิดข้อมูลส่วนบุคคลแล้ว');
    expect(answer.documents[0]!.groundCodes).toEqual(['s15_5']);
    expect(answer.documents[1]!.attachmentId).toBeNull();
    expect(answer.feeBaht).toBe(20.01);
    expect(groundsUsed(answer)).toEqual(['s15_5']);
    expect(refusesSomething(answer)).toBe(true);
  });

  it('refuses a refusal without any ground', () => {
    expect(problems({ outcome: 'refused', message: 'ไม่อาจเปิดเผยได้' })).toEqual(['/groundCodes']);
  });

  it('accepts a refusal whose ground is on a withheld document only', () => {
    const answer = checkAnswer(
      { outcome: 'refused', message: 'ไม่เปิดเผย', documents: [{ title: 'บันทึกภายใน', disclosure: 'withheld', groundCodes: ['s15_1'] }] },
      active,
    );
    expect(groundsUsed(answer)).toEqual(['s15_1']);
  });

  it('refuses unknown or inactive grounds by name', () => {
    const refused = (() => {
      try {
        return checkAnswer({ outcome: 'refused', message: 'ไม่เปิดเผย', groundCodes: ['s15_7'] }, active);
      } catch (error) {
        return error as AppError;
      }
    })();
    expect((refused as AppError).fields[0]!.en).toContain('"s15_7"');
    expect(problems({ outcome: 'refused', message: 'ไม่เปิดเผย', groundCodes: ['s15_7'] })).toEqual(['/groundCodes']);
  });

  it('needs a file for disclosed and partly disclosed documents, and none for a withheld one', () => {
    expect(
      problems({
        outcome: 'answered_part',
        message: 'คำตอบ',
        documents: [
          { title: 'ก', disclosure: 'disclosed', attachmentId: file },
          { title: 'ข', disclosure: 'partly_disclosed', groundCodes: ['s15_5'] },
          { title: 'ค', disclosure: 'withheld', groundCodes: ['s14'], attachmentId: other },
        ],
      }),
    ).toEqual(['/documents/1/attachmentId', '/documents/2/attachmentId']);
  });

  it('needs a ground for a withheld or partly disclosed document', () => {
    expect(
      problems({
        outcome: 'answered_part',
        message: 'คำตอบ',
        documents: [
          { title: 'ก', disclosure: 'partly_disclosed', attachmentId: file },
          { title: 'ข', disclosure: 'withheld' },
        ],
      }),
    ).toEqual(['/documents/0/groundCodes', '/documents/1/groundCodes']);
  });

  it('refuses a withheld document in an answer in full', () => {
    expect(
      problems({
        outcome: 'answered_full',
        message: 'ครบถ้วน',
        documents: [
          { title: 'ก', disclosure: 'disclosed', attachmentId: file },
          { title: 'ข', disclosure: 'withheld', groundCodes: ['s14'] },
        ],
      }),
    ).toEqual(['/documents/1/disclosure']);
  });

  it('takes no documents when the information is not held, and refuses none of it', () => {
    const answer = checkAnswer({ outcome: 'not_held', message: 'หน่วยงานไม่มีข้อมูลนี้' }, active);
    expect(refusesSomething(answer)).toBe(false);
    expect(
      problems({ outcome: 'not_held', message: 'ไม่มี', documents: [{ title: 'ก', disclosure: 'disclosed', attachmentId: file }] }),
    ).toEqual(['/documents']);
  });

  it('refuses one file used twice and an empty message', () => {
    expect(
      problems({
        outcome: 'answered_full',
        message: '   ',
        documents: [
          { title: 'ก', disclosure: 'disclosed', attachmentId: file },
          { title: 'ข', disclosure: 'disclosed', attachmentId: file },
        ],
      }),
    ).toEqual(['/message', '/documents']);
  });

  it('an answer in full with every document disclosed refuses nothing', () => {
    const answer = checkAnswer(
      { outcome: 'answered_full', message: 'ครบ', documents: [{ title: 'ก', disclosure: 'disclosed', attachmentId: file }] },
      active,
    );
    expect(refusesSomething(answer)).toBe(false);
  });
});
