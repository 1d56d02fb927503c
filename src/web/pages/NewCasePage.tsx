import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { createCase } from '../api/endpoints.ts';
import type { CaseKind, Priority } from '../../shared/caseKinds.ts';
import { CaseKindFields, emptyKindFields, kindDetails, kindFieldFor, kindFieldProblems } from '../components/delivery/CaseKindFields.tsx';
import { DateField } from '../components/DateField.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { RadioGroup } from '../components/RadioGroup.tsx';
import { TargetChooser } from '../components/TargetChooser.tsx';
import { TextArea } from '../components/TextArea.tsx';
import { TextField } from '../components/TextField.tsx';
import { dateProblemText, emptyDate, readDate } from '../forms/dates.ts';
import type { FormError } from '../forms/formErrors.ts';
import { emptyTargets, targetsProblem, toSelection } from '../forms/targets.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit } from '../hooks/useFormSubmit.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSession } from '../session/SessionContext.tsx';
import { limits } from '../../shared/limits.ts';

/** API paths to the field that shows the problem. */
function fieldFor(path: string): string | undefined {
  if (path.replace(/^\//, '').startsWith('details')) return kindFieldFor(path);
  if (path.startsWith('assignments')) return path.includes('dueDate') ? 'assignmentDue' : 'targets';
  const field = path.split('/')[0];
  return field && ['kind', 'title', 'body', 'priority', 'dueDate'].includes(field) ? field : undefined;
}

/** Open a case owned by my unit, and (usually) send it to its first units in the same step. */
export function NewCasePage() {
  const i18n = useI18n();
  const { t } = i18n;
  const { session } = useSession();
  const location = useLocation();
  const kinds = session.permissions.creatableKinds;
  const form = useFormSubmit(fieldFor);
  const [kind, setKind] = useState<CaseKind | ''>(kinds.length === 1 ? kinds[0]! : '');
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [priority, setPriority] = useState<Priority>('normal');
  const [due, setDue] = useState(emptyDate);
  const [targets, setTargets] = useState(() => emptyTargets('units'));
  const [assignmentDue, setAssignmentDue] = useState(emptyDate);
  const [kindFields, setKindFields] = useState(emptyKindFields);

  if (kinds.length === 0) {
    return (
      <>
        <PageHeading title={t.notAllowedTitle} />
        <p class="body">{t.notAllowedBody}</p>
      </>
    );
  }

  const validate = () => {
    const errors: FormError[] = [];
    if (!kind) errors.push({ field: 'kind', text: t.newCase.kindMissing });
    if (!title.trim()) errors.push({ field: 'title', text: t.newCase.titleMissing });
    else if (title.trim().length < 3) errors.push({ field: 'title', text: t.forms.tooShort(3) });
    else if (title.length > limits.titleMax) errors.push({ field: 'title', text: t.forms.tooLong(limits.titleMax) });
    if (body.length > limits.bodyMax) errors.push({ field: 'body', text: t.forms.tooLong(limits.bodyMax) });
    const dueReading = readDate(due);
    if (!dueReading.ok) errors.push({ field: 'dueDate', text: dateProblemText(dueReading.problem, t.forms) });
    errors.push(...kindFieldProblems(kind, kindFields, i18n));
    const problem = targetsProblem(targets);
    if (problem) errors.push({ field: 'targets', text: t.targets[problem] });
    const assignmentReading = readDate(assignmentDue);
    if (targets.mode !== 'none' && !assignmentReading.ok) {
      errors.push({ field: 'assignmentDue', text: dateProblemText(assignmentReading.problem, t.forms) });
    }
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const dueDate = readDate(due);
      const assignmentDate = readDate(assignmentDue);
      const selection = toSelection(targets);
      const caseDue = dueDate.ok ? dueDate.iso : null;
      const created = await createCase({
        kind: kind as CaseKind,
        title: title.trim(),
        body: body.trim(),
        priority,
        dueDate: caseDue,
        details: kindDetails(kind as CaseKind, kindFields),
        assignments: selection
          ? [{ targets: selection, role: 'lead', dueDate: (assignmentDate.ok ? assignmentDate.iso : null) ?? caseDue }]
          : [],
      });
      setFlash(t.case.done.create);
      location.route(`/cases/${created.case.id}`);
    });
  };

  return (
    <div class="narrow">
      <ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />
      <PageHeading title={t.newCase.title} />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          id="kind"
          legend={t.newCase.kind}
          value={kind}
          onChange={(value) => setKind(value as CaseKind)}
          options={kinds.map((value) => ({ value, label: t.caseKind[value] }))}
          error={form.errorFor('kind')}
        />
        <TextField
          id="title"
          label={t.newCase.caseTitle}
          value={title}
          onInput={setTitle}
          maxLength={limits.titleMax}
          error={form.errorFor('title')}
        />
        <TextArea
          id="body"
          label={t.newCase.body}
          hint={t.newCase.bodyHint}
          value={body}
          onInput={setBody}
          rows={6}
          optional
          error={form.errorFor('body')}
        />
        <RadioGroup
          id="priority"
          legend={t.newCase.priority}
          value={priority}
          onChange={(value) => setPriority(value as Priority)}
          options={(['normal', 'high', 'urgent'] as const).map((value) => ({ value, label: t.priority[value] }))}
          inline
        />
        <CaseKindFields kind={kind} value={kindFields} onChange={setKindFields} errorFor={form.errorFor} />
        <DateField id="dueDate" legend={t.newCase.caseDue} value={due} onChange={setDue} error={form.errorFor('dueDate')} optional />
        <section class="form-section" aria-labelledby="first-assignment-title">
          <h2 class="heading-m" id="first-assignment-title">
            {t.newCase.firstAssignment}
          </h2>
          <p class="hint">{t.newCase.firstAssignmentHint}</p>
          <TargetChooser id="targets" value={targets} onChange={setTargets} allowNone error={form.errorFor('targets')} />
          {targets.mode !== 'none' && (
            <DateField
              id="assignmentDue"
              legend={t.newCase.assignmentDue}
              value={assignmentDue}
              onChange={setAssignmentDue}
              error={form.errorFor('assignmentDue')}
              optional
            />
          )}
        </section>
        <button type="submit" class="button">
          {t.newCase.submit}
        </button>
      </form>
    </div>
  );
}
