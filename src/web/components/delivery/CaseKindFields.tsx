import { listMinistries } from '../../api/delivery.ts';
import type { CaseKind } from '../../../shared/caseKinds.ts';
import { dateProblemText, emptyDate, readDate, type DateParts } from '../../forms/dates.ts';
import type { FormError } from '../../forms/formErrors.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n, type I18n } from '../../i18n/I18nContext.tsx';
import { DateField } from '../DateField.tsx';
import { SelectField } from '../SelectField.tsx';
import { TextField } from '../TextField.tsx';

/** The new-case form's fields that depend on the kind: where the matter came from, and a question's member, ministry and deadline. */
export interface KindFields {
  sourceType: string;
  sourceTitle: string;
  sourceDate: DateParts;
  sourceReference: string;
  sourceAuthority: string;
  askingMember: string;
  answeringUnitId: string;
  answerDeadline: DateParts;
}

export const emptyKindFields: KindFields = {
  sourceType: 'meeting',
  sourceTitle: '',
  sourceDate: emptyDate,
  sourceReference: '',
  sourceAuthority: '',
  askingMember: '',
  answeringUnitId: '',
  answerDeadline: emptyDate,
};

const sourceTypes = ['meeting', 'order', 'cabinet', 'letter', 'parliament'];

/** API paths under /details to the field that shows the problem. */
export function kindFieldFor(path: string): string | undefined {
  const ids: Record<string, string> = {
    'details/source/title': 'sourceTitle',
    'details/source/date': 'sourceDate',
    'details/source/authority': 'sourceAuthority',
    'details/source/reference': 'sourceReference',
    'details/askingMember': 'askingMember',
    'details/answeringUnitId': 'answeringUnitId',
    'details/answerDeadline': 'answerDeadline',
  };
  return ids[path.replace(/^\//, '')];
}

export function kindFieldProblems(kind: CaseKind | '', value: KindFields, i18n: I18n): FormError[] {
  const { t } = i18n;
  const errors: FormError[] = [];
  if (!kind || kind === 'complaint') return errors;
  const sourceDate = readDate(value.sourceDate);
  if (value.sourceTitle.trim()) {
    if (!sourceDate.ok) errors.push({ field: 'sourceDate', text: dateProblemText(sourceDate.problem, t.forms) });
    else if (!sourceDate.iso) errors.push({ field: 'sourceDate', text: t.delivery.source.date });
    if (!value.sourceAuthority.trim()) errors.push({ field: 'sourceAuthority', text: t.delivery.source.authority });
  }
  if (kind === 'parliamentary_question') {
    if (!value.askingMember.trim()) errors.push({ field: 'askingMember', text: t.delivery.question.askingMember });
    if (!value.answeringUnitId) errors.push({ field: 'answeringUnitId', text: t.delivery.question.chooseMinistry });
    const deadline = readDate(value.answerDeadline);
    if (!deadline.ok) errors.push({ field: 'answerDeadline', text: dateProblemText(deadline.problem, t.forms) });
    else if (!deadline.iso) errors.push({ field: 'answerDeadline', text: t.delivery.question.deadline });
  }
  return errors;
}

/** The `details` the API expects for the kind, from checked fields. */
export function kindDetails(kind: CaseKind, value: KindFields): Record<string, unknown> {
  const details: Record<string, unknown> = {};
  const sourceDate = readDate(value.sourceDate);
  if (value.sourceTitle.trim() && sourceDate.ok && sourceDate.iso) {
    details['source'] = {
      type: value.sourceType,
      title: value.sourceTitle.trim(),
      date: sourceDate.iso,
      authority: value.sourceAuthority.trim(),
      ...(value.sourceReference.trim() ? { reference: value.sourceReference.trim() } : {}),
    };
  }
  if (kind === 'parliamentary_question') {
    const deadline = readDate(value.answerDeadline);
    details['askingMember'] = value.askingMember.trim();
    details['answeringUnitId'] = value.answeringUnitId;
    details['answerDeadline'] = deadline.ok ? deadline.iso : null;
  }
  return details;
}

export function CaseKindFields(props: {
  kind: CaseKind | '';
  value: KindFields;
  onChange(value: KindFields): void;
  errorFor(field: string): string | undefined;
}) {
  const { t, name } = useI18n();
  const { kind, value, onChange, errorFor } = props;
  const ministries = useResource(
    () => (kind === 'parliamentary_question' ? listMinistries() : Promise.resolve({ items: [], nextCursor: null, total: 0 })),
    [kind],
  );
  if (!kind || kind === 'complaint') return null;
  const set = (patch: Partial<KindFields>) => onChange({ ...value, ...patch });
  const words = t.delivery.source;
  return (
    <>
      {kind === 'parliamentary_question' && (
        <section class="form-section" aria-labelledby="question-fields-title">
          <h2 class="heading-m" id="question-fields-title">
            {t.caseKind.parliamentary_question}
          </h2>
          <TextField
            id="askingMember"
            label={t.delivery.question.askingMember}
            value={value.askingMember}
            onInput={(askingMember) => set({ askingMember })}
            maxLength={200}
            error={errorFor('askingMember')}
          />
          <SelectField
            id="answeringUnitId"
            label={t.delivery.question.answeringUnit}
            value={value.answeringUnitId}
            onChange={(answeringUnitId) => set({ answeringUnitId })}
            options={[
              { value: '', label: t.delivery.question.chooseMinistry },
              ...(ministries.data?.items ?? []).map((unit) => ({ value: unit.id, label: name(unit.name) })),
            ]}
            error={errorFor('answeringUnitId')}
          />
          <DateField
            id="answerDeadline"
            legend={t.delivery.question.deadline}
            value={value.answerDeadline}
            onChange={(answerDeadline) => set({ answerDeadline })}
            error={errorFor('answerDeadline')}
          />
        </section>
      )}
      <section class="form-section" aria-labelledby="source-fields-title">
        <h2 class="heading-m" id="source-fields-title">
          {words.title}
        </h2>
        <SelectField
          id="sourceType"
          label={words.typeLegend}
          value={value.sourceType}
          onChange={(sourceType) => set({ sourceType })}
          options={sourceTypes.map((type) => ({ value: type, label: words.type[type] ?? type }))}
        />
        <TextField
          id="sourceTitle"
          label={words.titleLabel}
          value={value.sourceTitle}
          onInput={(sourceTitle) => set({ sourceTitle })}
          maxLength={300}
          optional
          error={errorFor('sourceTitle')}
        />
        <DateField
          id="sourceDate"
          legend={words.date}
          value={value.sourceDate}
          onChange={(sourceDate) => set({ sourceDate })}
          optional
          error={errorFor('sourceDate')}
        />
        <TextField
          id="sourceReference"
          label={words.reference}
          value={value.sourceReference}
          onInput={(sourceReference) => set({ sourceReference })}
          maxLength={120}
          width="medium"
          optional
          error={errorFor('sourceReference')}
        />
        <TextField
          id="sourceAuthority"
          label={words.authority}
          value={value.sourceAuthority}
          onInput={(sourceAuthority) => set({ sourceAuthority })}
          maxLength={200}
          optional
          error={errorFor('sourceAuthority')}
        />
      </section>
    </>
  );
}
