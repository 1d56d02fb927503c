import '../../styles/reports.css';
import { useState } from 'preact/hooks';
import { limits } from '../../../shared/limits.ts';
import { recategoriseComplaint } from '../../api/classifierAdmin.ts';
import type { ApiError } from '../../api/client.ts';
import { publicCategories } from '../../api/complaints.ts';
import { firstSegment, type FormError } from '../../forms/formErrors.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { useClassifierAdminWords } from '../../pages/admin/useClassifierAdminWords.ts';
import { ErrorSummary } from '../ErrorSummary.tsx';
import { Notice } from '../Notice.tsx';
import { SelectField } from '../SelectField.tsx';
import { TextField } from '../TextField.tsx';

/**
 * Correcting a complaint's category (issue #14, item 2), folded away under the complaint's facts:
 * the suggester learns from each correction. Shown to whoever the API says may make it.
 */
export function RecategoriseForm({
  caseId,
  version,
  currentCode,
  onChanged,
}: {
  caseId: string;
  /** The complaint's version shown: a change by someone else since is refused (stale_write) and the panel reloads. */
  version: number;
  currentCode: string;
  onChanged: () => void;
}) {
  const { name } = useI18n();
  const words = useClassifierAdminWords().recategorise;
  const categories = useResource(() => publicCategories(), []);
  // Ids of their own: the case page carries other forms.
  const form = useFormSubmit((path) => {
    const field = firstSegment(path);
    return field ? `recategorise-${field}` : undefined;
  });
  const [category, setCategory] = useState('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string>();
  const options = (categories.data?.items ?? []).filter((item) => item.active);
  const submit = (event: Event) => {
    event.preventDefault();
    void form.submit(
      () => {
        const problems: FormError[] = [];
        if (!category) problems.push({ field: 'recategorise-category', text: words.chooseError });
        else if (category === currentCode) problems.push({ field: 'recategorise-category', text: words.sameError });
        return problems;
      },
      async () => {
        try {
          await recategoriseComplaint(caseId, { category, ...(reason.trim() ? { reason: reason.trim() } : {}) }, version);
        } catch (error) {
          // Someone else changed the complaint since: the panel reloads to show it, under this form's message.
          if ((error as ApiError).code === 'stale_write') onChanged();
          throw error;
        }
        const chosen = options.find((item) => item.code === category);
        setDone(words.done(chosen ? name(chosen.name) : category));
        setCategory('');
        setReason('');
        onChanged();
      },
    );
  };
  return (
    <>
      {done && <Notice text={done} />}
      <details class="details">
        <summary class="details__summary">{words.title}</summary>
        <form onSubmit={submit} noValidate>
          <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
          <p class="hint">{words.hint}</p>
          <SelectField
            id="recategorise-category"
            label={words.category}
            error={form.errorFor('recategorise-category')}
            value={category}
            onChange={(value) => {
              setCategory(value);
              form.clearError('recategorise-category');
            }}
            options={[{ value: '', label: words.choose }, ...options.map((item) => ({ value: item.code, label: name(item.name) }))]}
          />
          <TextField
            id="recategorise-reason"
            label={words.reason}
            error={form.errorFor('recategorise-reason')}
            value={reason}
            maxLength={limits.reasonMax}
            onInput={(value) => {
              setReason(value);
              form.clearError('recategorise-reason');
            }}
          />
          <button type="submit" class="button button--secondary" disabled={form.busy}>
            {words.submit}
          </button>
        </form>
      </details>
    </>
  );
}
