import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from '../pageProps.ts';
import { uploadAttachment } from '../../api/endpoints.ts';
import { fileProgressReport } from '../../api/reportEndpoints.ts';
import type { Confidence, Rag } from '../../../shared/ratings.ts';
import { ActionFrame } from '../../components/ActionFrame.tsx';
import { Checkbox } from '../../components/Checkbox.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FileField } from '../../components/FileField.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { allowedAttachmentTypes, limits } from '../../../shared/limits.ts';

const questions = ['aim', 'approach', 'workingEvidence', 'changes', 'centreHelp'] as const;
type Question = (typeof questions)[number];
const fieldFor = (path: string) =>
  path.startsWith('attachmentIds') || path.startsWith('file') ? 'files' : path.split('/')[0] || undefined;

/** A unit's progress report for the cycle: the five questions, RAG, confidence, blockers, help needed and evidence. */
export function ReportFormPage({ params, query }: PageProps) {
  const { t } = useI18n();
  const words = t.reports.form;
  const location = useLocation();
  const assignmentId = params['id'] ?? '';
  const caseId = query['case'] ?? '';
  const form = useFormSubmit(fieldFor);
  const [answers, setAnswers] = useState<Record<Question, string>>({
    aim: '',
    approach: '',
    workingEvidence: '',
    changes: '',
    centreHelp: '',
  });
  const [rag, setRag] = useState('');
  const [confidence, setConfidence] = useState('');
  const [blockers, setBlockers] = useState('');
  const [helpNeeded, setHelpNeeded] = useState(false);
  const [files, setFiles] = useState<File[]>([]);
  const uploaded = useRef(new Map<File, string>());

  const validate = () => {
    const errors: FormError[] = [];
    for (const question of questions) {
      if (question !== 'centreHelp' && !answers[question].trim())
        errors.push({ field: question, text: words.missing(t.reports.questions[question]) });
      if (answers[question].length > limits.noteMax) errors.push({ field: question, text: t.forms.tooLong(limits.noteMax) });
    }
    if (!rag) errors.push({ field: 'rag', text: words.ragMissing });
    if (!confidence) errors.push({ field: 'confidence', text: words.confidenceMissing });
    if (files.length > limits.attachmentsPerReport)
      errors.push({ field: 'files', text: t.progress.tooManyFiles(limits.attachmentsPerReport) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      const ids: string[] = [];
      for (const file of files) {
        const known = uploaded.current.get(file) ?? (await uploadAttachment(file)).id;
        uploaded.current.set(file, known);
        ids.push(known);
      }
      await fileProgressReport(assignmentId, {
        aim: answers.aim.trim(),
        approach: answers.approach.trim(),
        workingEvidence: answers.workingEvidence.trim(),
        changes: answers.changes.trim(),
        centreHelp: answers.centreHelp.trim(),
        rag: rag as Rag,
        confidence: confidence as Confidence,
        blockers: blockers.trim(),
        helpNeeded,
        attachmentIds: ids,
      });
      setFlash(words.done);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <ActionFrame
      caseId={caseId}
      assignmentId={assignmentId}
      action="progress"
      title={words.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {() => (
        <form onSubmit={onSubmit} noValidate>
          <p class="body">{words.lead}</p>
          {questions.map((question) => (
            <TextArea
              key={question}
              id={question}
              label={t.reports.questions[question]}
              optional={question === 'centreHelp'}
              value={answers[question]}
              onInput={(value) => {
                setAnswers((current) => ({ ...current, [question]: value }));
                form.clearError(question);
              }}
              rows={3}
              error={form.errorFor(question)}
            />
          ))}
          <RadioGroup
            id="rag"
            legend={words.rag}
            hint={words.ragHint}
            value={rag}
            onChange={(value) => {
              setRag(value);
              form.clearError('rag');
            }}
            inline
            error={form.errorFor('rag')}
            options={(['green', 'amber', 'red'] as const).map((value) => ({ value, label: t.reports.rag[value] ?? value }))}
          />
          <RadioGroup
            id="confidence"
            legend={words.confidence}
            value={confidence}
            onChange={(value) => {
              setConfidence(value);
              form.clearError('confidence');
            }}
            error={form.errorFor('confidence')}
            options={(['green', 'amber_green', 'amber', 'amber_red', 'red'] as const).map((value) => ({
              value,
              label: t.reports.confidence[value] ?? value,
            }))}
          />
          <TextArea
            id="blockers"
            label={words.blockers}
            optional
            hint={words.blockersHint}
            value={blockers}
            onInput={setBlockers}
            rows={3}
            error={form.errorFor('blockers')}
          />
          <div class="form-group">
            <div class="checkboxes">
              <Checkbox id="helpNeeded" label={words.help} hint={words.helpHint} checked={helpNeeded} onChange={setHelpNeeded} />
            </div>
          </div>
          <FileField
            id="files"
            label={words.files}
            hint={t.progress.filesHint(limits.attachmentsPerReport, limits.attachmentBytesMax / (1024 * 1024))}
            files={files}
            onChange={setFiles}
            accept={allowedAttachmentTypes.join(',')}
            error={form.errorFor('files')}
          />
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
