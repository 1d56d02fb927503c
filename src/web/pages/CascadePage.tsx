import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from './pageProps.ts';
import { cascade } from '../api/endpoints.ts';
import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { CaseDetail } from '../../shared/api/cases.ts';
import type { AssignmentRole } from '../../shared/assignmentStates.ts';
import { ActionFrame } from '../components/ActionFrame.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { UnitChecklist } from '../components/UnitChecklist.tsx';
import { dateProblemText, partsFromInstant, readDate } from '../forms/dates.ts';
import type { FormError } from '../forms/formErrors.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit, type FormSubmit } from '../hooks/useFormSubmit.ts';
import { useUnitPages } from '../hooks/useUnitPages.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { limits } from '../../shared/limits.ts';

/** API paths to the field that shows the problem. */
const fieldFor = (path: string) => (path.startsWith('targets') ? 'targets' : path.startsWith('dueDate') ? 'dueDate' : 'note');

/** Pass my unit's assignment on to the units directly below mine. */
export function CascadePage({ params, query }: PageProps) {
  const { t } = useI18n();
  const form = useFormSubmit(fieldFor);
  return (
    <ActionFrame
      caseId={query['case'] ?? ''}
      assignmentId={params['id']}
      action="cascade"
      title={t.cascade.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {(detail, assignment) => <CascadeForm detail={detail} assignment={assignment!} form={form} />}
    </ActionFrame>
  );
}

function CascadeForm({ detail, assignment, form }: { detail: CaseDetail; assignment: AssignmentView; form: FormSubmit }) {
  const { t } = useI18n();
  const location = useLocation();
  const children = useUnitPages({ parentId: assignment.unit.id });
  const holding = new Set(detail.assignments.map((a) => a.unit.id));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [due, setDue] = useState(() => partsFromInstant(assignment.dueAt));
  const [role, setRole] = useState<AssignmentRole>('lead');
  const [note, setNote] = useState('');

  const validate = () => {
    const errors: FormError[] = [];
    if (selected.size === 0) errors.push({ field: 'targets', text: t.cascade.chooseUnit });
    const reading = readDate(due);
    if (!reading.ok) errors.push({ field: 'dueDate', text: dateProblemText(reading.problem, t.forms) });
    if (note.length > limits.noteMax) errors.push({ field: 'note', text: t.forms.tooLong(limits.noteMax) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const reading = readDate(due);
      const result = await cascade(assignment.id, {
        targets: { unitIds: [...selected] },
        role,
        dueDate: reading.ok ? reading.iso : null,
        note: note.trim() || null,
      });
      setFlash(t.case.done.cascade(result.created.length));
      location.route(`/cases/${detail.case.id}`);
    });
  };

  if (children.error) return <LoadError error={children.error} inline />;
  if (children.loading && children.units.length === 0) return <Loading />;
  if (children.units.length === 0) return <p class="body">{t.cascade.noUnits}</p>;

  return (
    <>
      <p class="lead">{t.cascade.lead}</p>
      <form onSubmit={onSubmit} noValidate>
        <UnitChecklist
          id="targets"
          legend={t.cascade.units}
          units={children.units}
          selected={selected}
          onChange={setSelected}
          holding={holding}
          error={form.errorFor('targets')}
          onLoadMore={children.loadMore}
        />
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
            {t.cascade.submit}
          </button>
          <a class="link-secondary" href={`/cases/${detail.case.id}`}>
            {t.cancel}
          </a>
        </div>
      </form>
    </>
  );
}
