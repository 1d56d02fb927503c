import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';
import { createFollowUp, recordDecision } from '../../api/reportEndpoints.ts';
import { ActionFrame } from '../../components/ActionFrame.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

/** A decision taken at a stocktake, optionally turned at once into a follow-up directive to the units named. */
export function DecisionPage({ params }: PageProps) {
  const { t } = useI18n();
  const words = t.reports.decision;
  const location = useLocation();
  const caseId = params['id'] ?? '';
  const form = useFormSubmit((path) =>
    path.startsWith('unitCodes') || path.startsWith('targets') ? 'units' : path.split('/')[0] || undefined,
  );
  const [text, setText] = useState('');
  const [followUp, setFollowUp] = useState(false);
  const [title, setTitle] = useState('');
  const [units, setUnits] = useState('');

  const validate = () => {
    const errors: FormError[] = [];
    if (text.trim().length < 3) errors.push({ field: 'text', text: words.missing });
    if (followUp && !title.trim()) errors.push({ field: 'title', text: words.followUpTitle });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const { decisionId } = await recordDecision(caseId, text.trim());
      if (followUp) {
        const unitCodes = units
          .split(/[,\s]+/)
          .map((code) => code.trim())
          .filter(Boolean);
        await createFollowUp(decisionId, { title: title.trim(), unitCodes });
      }
      setFlash(words.done);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <ActionFrame
      caseId={caseId}
      action="assign"
      title={words.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {() => (
        <form onSubmit={onSubmit} noValidate>
          <TextArea
            id="text"
            label={words.text}
            hint={words.textHint}
            value={text}
            onInput={setText}
            rows={4}
            error={form.errorFor('text')}
          />
          <div class="form-group">
            <div class="checkboxes">
              <Checkbox id="followUp" label={words.followUp} hint={words.followUpHint} checked={followUp} onChange={setFollowUp} />
            </div>
          </div>
          {followUp && (
            <>
              <TextField id="title" label={words.followUpTitle} value={title} onInput={setTitle} error={form.errorFor('title')} />
              <TextField
                id="units"
                label={words.units}
                hint={words.unitsHint}
                value={units}
                onInput={setUnits}
                error={form.errorFor('units')}
              />
            </>
          )}
          <div class="button-group">
            <button type="submit" class="button" aria-busy={form.busy || undefined}>
              {words.submit}
            </button>
            <a class="link-secondary" href={`/cases/${caseId}`}>
              {t.cancel}
            </a>
          </div>
        </form>
      )}
    </ActionFrame>
  );
}
