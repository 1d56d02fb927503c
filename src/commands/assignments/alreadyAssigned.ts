import { AppError } from '../../domain/errors.ts';

/**
 * Assigning a case and cascading an assignment both refuse a request whose
 * every unit already holds the case. One file for the shared error, so the
 * assignment commands need not import the case command that also throws it.
 */
export function alreadyAssigned(): AppError {
  return new AppError('conflict', {
    th: 'หน่วยงานที่เลือกได้รับมอบหมายเรื่องนี้แล้วทั้งหมด',
    en: 'Every unit chosen already holds this case.',
  });
}
