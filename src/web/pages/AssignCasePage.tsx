import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from './pageProps.ts';
import { assignCase } from '../api/endpoints.ts';
import type { CaseDetail } from '../../shared/api/cases.ts';
import type { AssignmentRole } from '../../shared/assignmentStates.ts';
import { ActionFrame } from '../components/ActionFrame.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { TargetChooser } from '../components/TargetChooser.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { dateProblemText, partsFromInstant, readDate } from '../forms/dates.ts';
import type { FormError } from '../forms/formErrors.ts';
import { emptyTargets, targetsProblem, toSelection } from '../forms/targets.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit, type FormSubmit } from '../hooks/useFormSubmit.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

const fieldFor = (path: string) => (path.startsWith('targets') ? 'targets' : path.startsWith('dueDate') ? 'dueDate' : 'note');

/** The case owner sends the case to more units anywhere in the government. */
export function AssignCasePage({ params }: PageProps) {
  const { t } = useI18n();
  const form = useFormSubmit(fieldFor);
  return (
    <ActionFrame
      caseId={params['id'] ?? ''}
      action="assign"
      title={t.assign.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {(detail) => <AssignForm detail={detail} form={form} />}
    </ActionFrame>
  );
}

function AssignForm({ detail, form }: { detail: CaseDetail; form: FormSubmit }) {
  const { t } = useI18n();
  const location = useLocation();
  const [targets, setTargets] = useState(() => emptyTargets('units'));
  const [role, setRole] = useState<AssignmentRole>('lead');
  const [due, setDue] = useState(() => partsFromInstant(detail.case.dueAt));
  const [note, setNote] = useState('');

  const validate = () => {
    const errors: FormError[] = [];
    const problem = targetsProblem(targets);
    if (problem) errors.push({ field: 'targets', text: t.targets[problem] });
    const reading = readDate(due);
    if (!reading.ok) errors.push({ field: 'dueDate', text: dateProblemText(reading.problem, t.forms) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const reading = readDate(due);
      const result = await assignCase(
        detail.case.id,
        {
          targets: toSelection(targets)!,
          role,
          dueDate: reading.ok ? reading.iso : null,
          note: note.trim() || null,
        },
        detail.case.version,
      );
      setFlash(t.case.done.assign(result.created.length));
      location.route(`/cases/${detail.case.id}`);
    });
  };

  return (
    <>
      <p class="lead">{t.assign.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <TargetChooser id="targets" value={targets} onChange={setTargets} error={form.errorFor('targets')} />
        <RadioGroup
          id="role"
          legend={t.forms.role}
          value={role}
          onChange={(value) => setRole(value as AssignmentRole)}
          options={(['lead', 'support', 'information'] as const).map((value) => ({ value, label: t.role[value] }))}
          inline
        />
        <DateField id="dueDate" legend={t.forms.dueDate} value={due} onChange={setDue} error={form.errorFor('dueDate')} optional />
        <TextArea id="note" label={t.forms.note} value={note} onInput={setNote} rows={3} optional error={form.errorFor('note')} />
        <div class="button-group">
          <button type="submit" class="button">
            {t.assign.submit}
          </button>
          <a class="link-secondary" href={`/cases/${detail.case.id}`}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}
