import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from './pageProps.ts';
import { previewCascade } from '../api/cascade.ts';
import { cascade } from '../api/endpoints.ts';
import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { CaseDetail } from '../../shared/api/cases.ts';
import type { AssignmentRole } from '../../shared/assignmentStates.ts';
import { ActionFrame } from '../components/ActionFrame.tsx';
import { CascadeByKind } from '../components/CascadeByKind.tsx';
import { CascadeReview } from '../components/CascadeReview.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { UnitChecklist } from '../components/UnitChecklist.tsx';
import { emptyCascadeTargets, kindSelection, kindSelectionProblem, type CascadeTargets } from '../forms/cascadeTargets.ts';
import { dateProblemText, partsFromInstant, readDate } from '../forms/dates.ts';
import type { FormError } from '../forms/formErrors.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit, type FormSubmit } from '../hooks/useFormSubmit.ts';
import { useResource } from '../hooks/useResource.ts';
import { useUnitPages } from '../hooks/useUnitPages.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { limits } from '../../shared/limits.ts';

/** API paths to the field that shows the problem. */
const fieldFor = (path: string) => (path.startsWith('targets') ? 'targets' : path.startsWith('dueDate') ? 'dueDate' : 'note');

const PAGE = 20;

/**
 * Pass my unit's assignment on to units below mine: those directly below, chosen one by one, or
 * every unit of a kind below (a ministry's provincial offices), everywhere or in one province,
 * inspection zone or province group, with the count and the list to review before sending.
 */
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
  const [targets, setTargets] = useState<CascadeTargets>(emptyCascadeTargets);
  const [offset, setOffset] = useState(0);
  const [due, setDue] = useState(() => partsFromInstant(assignment.dueAt));
  const [role, setRole] = useState<AssignmentRole>('lead');
  const [note, setNote] = useState('');
  const byKind = kindSelection(targets);
  const selectionKey = JSON.stringify(byKind);
  const preview = useResource(
    () => (byKind ? previewCascade(assignment.id, { targets: byKind, offset, limit: PAGE }) : Promise.resolve(undefined)),
    [selectionKey, offset],
  );
  const changeTargets = (next: CascadeTargets) => {
    setTargets(next);
    setOffset(0);
  };

  const validate = () => {
    const errors: FormError[] = [];
    if (targets.mode === 'children' && selected.size === 0) errors.push({ field: 'targets', text: t.cascade.chooseUnit });
    const problem = targets.mode === 'kind' ? kindSelectionProblem(targets) : null;
    if (problem) errors.push({ field: problem.field, text: t.cascadeTargets[problem.key] });
    else if (targets.mode === 'kind' && preview.data?.willReceive === 0)
      errors.push({ field: 'targets', text: t.cascadeTargets.noneReached });
    const reading = readDate(due);
    if (!reading.ok) errors.push({ field: 'dueDate', text: dateProblemText(reading.problem, t.forms) });
    if (note.length > limits.noteMax) errors.push({ field: 'note', text: t.forms.tooLong(limits.noteMax) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const reading = readDate(due);
      const result = await cascade(
        assignment.id,
        {
          targets: targets.mode === 'kind' && byKind ? byKind : { unitIds: [...selected] },
          role,
          dueDate: reading.ok ? reading.iso : null,
          note: note.trim() || null,
        },
        assignment.version,
      );
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
        <RadioGroup
          id="mode"
          legend={t.cascadeTargets.sendTo}
          value={targets.mode}
          onChange={(mode) => changeTargets({ ...targets, mode: mode as CascadeTargets['mode'] })}
          options={[
            { value: 'children', label: t.cascadeTargets.modeChildren },
            { value: 'kind', label: t.cascadeTargets.modeKind, hint: t.cascadeTargets.modeKindHint },
          ]}
        />
        {targets.mode === 'children' ? (
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
        ) : (
          <>
            <CascadeByKind unitId={assignment.unit.id} value={targets} onChange={changeTargets} errorFor={form.errorFor} />
            {byKind && <CascadeReview preview={preview.data} loading={preview.loading} pageSize={PAGE} onPage={setOffset} />}
          </>
        )}
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
