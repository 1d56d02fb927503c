import type { dataRulesTh } from '../dataRules.ts';

/** The English words of `../dataRules.ts`, in their own module so the Thai first load does not carry them. */
export const dataRulesEn: typeof dataRulesTh = {
  valueOutOfRange: (max: string) => `The value must be between -${max} and ${max}`,
  answeredOn: 'Date the question was answered',
  answerMissing: 'Enter the answer',
  answerDateMissing: 'Enter the date the question was answered',
  answerDateFuture: 'The answer date cannot be after today. Enter the day the question was answered.',
};
