import { useState } from 'preact/hooks';
import { answerQuestion } from '../../api/delivery.ts';
import { dateProblemText, partsFromInstant, readDate, type DateParts } from '../../forms/dates.ts';
import type { FormError } from '../../forms/formErrors.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { thaiDay } from '../../../shared/thaiTime.ts';
import { DateField } from '../DateField.tsx';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { TextArea } from '../TextArea.tsx';

/**
 * Records a parliamentary question's answer and the day it was given (today unless changed). An answer
 * is recorded after it is given, so a day after today is refused here and by the API alike
 * (`answerDateProblem`), with the same words.
 */
export function AnswerQuestionForm({ caseId, onAnswered }: { caseId: string; onAnswered: () => void }) {
  const { t } = useI18n();
  const words = t.dataRules;
  const form = useFormSubmit();
  const [answer, setAnswer] = useState('');
  const [answeredOn, setAnsweredOn] = useState<DateParts>(() => partsFromInstant(new Date().toISOString()));

  const validate = (): FormError[] => {
    const errors: FormError[] = [];
    if (!answer.trim()) errors.push({ field: 'answer', text: words.answerMissing });
    const date = readDate(answeredOn);
    if (!date.ok) errors.push({ field: 'answeredOn', text: dateProblemText(date.problem, t.forms) });
    else if (!date.iso) errors.push({ field: 'answeredOn', text: words.answerDateMissing });
    else if (date.iso > thaiDay(new Date())) errors.push({ field: 'answeredOn', text: words.answerDateFuture });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const date = readDate(answeredOn);
      await answerQuestion(caseId, { answer: answer.trim(), answeredOn: date.ok && date.iso ? date.iso : '' });
      onAnswered();
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <TextArea
        id="answer"
        label={t.delivery.question.answer}
        value={answer}
        onInput={setAnswer}
        rows={4}
        error={form.errorFor('answer')}
      />
      <DateField
        id="answeredOn"
        legend={words.answeredOn}
        value={answeredOn}
        onChange={setAnsweredOn}
        error={form.errorFor('answeredOn')}
      />
      <button type="submit" class="button" aria-busy={form.busy || undefined}>
        {t.delivery.question.answerAction}
      </button>
    </form>
  );
}
