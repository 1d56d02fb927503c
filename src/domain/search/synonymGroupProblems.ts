import { synonymLimits, type SynonymTermProblem } from '../../shared/searchSynonymTerms.ts';
import type { FieldProblem } from '../errors.ts';

const thaiNumber = (n: number) => n.toLocaleString('th-TH');

/** Each problem with a group's terms as a field problem that says how to fix it, in Thai and English. */
export function synonymTermFieldProblems(problems: readonly SynonymTermProblem[]): FieldProblem[] {
  return problems.map((problem) => {
    switch (problem.kind) {
      case 'empty':
        return {
          path: `/terms/${problem.index}`,
          th: `คำที่ ${thaiNumber(problem.index + 1)} ว่างอยู่ โปรดพิมพ์คำหรือลบบรรทัดนั้นออก`,
          en: `Term ${problem.index + 1} is empty. Type a word or remove that line.`,
        };
      case 'too_long':
        return {
          path: `/terms/${problem.index}`,
          th: `คำ “${problem.term.slice(0, 20)}…” ยาวเกิน ${thaiNumber(synonymLimits.termMax)} ตัวอักษร โปรดใช้คำที่สั้นลง`,
          en: `The term “${problem.term.slice(0, 20)}…” is longer than ${synonymLimits.termMax} characters. Use a shorter term.`,
        };
      case 'comma':
        return {
          path: `/terms/${problem.index}`,
          th: `คำ “${problem.term}” มีเครื่องหมายจุลภาค (,) โปรดแยกเป็นคนละคำ`,
          en: `The term “${problem.term}” has a comma in it. Split it into separate terms.`,
        };
      case 'too_few':
        return {
          path: '/terms',
          th: `กลุ่มคำต้องมีคำที่ไม่ซ้ำกันอย่างน้อย ${thaiNumber(synonymLimits.termsMin)} คำ โปรดเพิ่มคำที่มีความหมายเดียวกัน`,
          en: `A group needs at least ${synonymLimits.termsMin} different terms. Add another word with the same meaning.`,
        };
      case 'too_many':
        return {
          path: '/terms',
          th: `กลุ่มคำมีได้ไม่เกิน ${thaiNumber(synonymLimits.termsMax)} คำ (ตอนนี้มี ${thaiNumber(problem.count)} คำ) โปรดลดจำนวนคำหรือแยกเป็นกลุ่มใหม่`,
          en: `A group can have at most ${synonymLimits.termsMax} terms (this one has ${problem.count}). Remove some or split it into another group.`,
        };
    }
  });
}

/** The refusal of a term already in another group, naming that group by its number and first terms. */
export function termTakenProblem(input: { index: number; term: string; groupId: string; groupTerms: readonly string[] }): FieldProblem {
  const shown = input.groupTerms.slice(0, 3).join(', ') + (input.groupTerms.length > 3 ? ', …' : '');
  return {
    path: `/terms/${input.index}`,
    th: `คำ “${input.term}” อยู่ในกลุ่มที่ ${input.groupId} (${shown}) แล้ว คำหนึ่งอยู่ได้เพียงกลุ่มเดียว โปรดลบคำนี้ออก หรือแก้ไขกลุ่มที่ ${input.groupId} แทน`,
    en: `“${input.term}” is already in group ${input.groupId} (${shown}). A term can be in one group only: remove it here, or change group ${input.groupId} instead.`,
  };
}
