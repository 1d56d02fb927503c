import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from './pageProps.ts';
import { ApiError } from '../api/client.ts';
import { reportProgress, uploadAttachment } from '../api/endpoints.ts';
import { ActionFrame } from '../components/ActionFrame.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { FileField } from '../components/FileField.tsx';
import { TextArea } from '../components/TextArea.tsx';
import type { FormError } from '../forms/formErrors.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit } from '../hooks/useFormSubmit.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { allowedAttachmentTypes, limits } from '../../shared/limits.ts';

const MB = 1024 * 1024;
const fieldFor = (path: string) => (path.startsWith('attachmentIds') || path.startsWith('file') ? 'files' : 'note');

/** A progress note with evidence: each file is uploaded first, then the note cites the files' ids. */
export function ProgressPage({ params, query }: PageProps) {
  const { t } = useI18n();
  const location = useLocation();
  const assignmentId = params['id'] ?? '';
  const caseId = query['case'] ?? '';
  const form = useFormSubmit(fieldFor);
  const [note, setNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const shown = useRef<number | undefined>(undefined);
  const [status, setStatus] = useState('');
  // Files already uploaded are not sent again when the report itself has to be resent.
  const uploaded = useRef(new Map<File, string>());

  const validate = () => {
    const errors: FormError[] = [];
    if (!note.trim()) errors.push({ field: 'note', text: t.progress.noteMissing });
    else if (note.length > limits.noteMax) errors.push({ field: 'note', text: t.forms.tooLong(limits.noteMax) });
    const maxMb = limits.attachmentBytesMax / MB;
    const large = files.find((file) => file.size > limits.attachmentBytesMax);
    if (files.length > limits.attachmentsPerReport)
      errors.push({ field: 'files', text: t.progress.tooManyFiles(limits.attachmentsPerReport) });
    else if (large) errors.push({ field: 'files', text: t.progress.fileTooLarge(large.name, maxMb) });
    return errors;
  };

  const upload = async (file: File, index: number): Promise<string> => {
    const known = uploaded.current.get(file);
    if (known) return known;
    setStatus(t.progress.uploading(index + 1, files.length));
    try {
      const attachment = await uploadAttachment(file);
      uploaded.current.set(file, attachment.id);
      return attachment.id;
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // The API's message says why (type, size); the field says which file.
      const which = t.progress.fileFailed(file.name);
      throw new ApiError(error.status, error.code, error.messageEn, error.messageTh, [{ path: '/file', th: which, en: which }]);
    }
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      try {
        const ids: string[] = [];
        for (const [index, file] of files.entries()) ids.push(await upload(file, index));
        await reportProgress(assignmentId, note.trim(), ids, shown.current);
      } finally {
        setStatus('');
      }
      setFlash(t.case.done.progress);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <ActionFrame
      caseId={caseId}
      assignmentId={assignmentId}
      action="progress"
      title={t.progress.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {(_detail, assignment) => {
        // The version the frame showed: sent as If-Match (409 stale_write when it moved).
        shown.current = assignment?.version;
        return (
          <form onSubmit={onSubmit} noValidate>
            <TextArea
              id="note"
              label={t.progress.note}
              hint={t.progress.noteHint}
              value={note}
              onInput={setNote}
              rows={6}
              error={form.errorFor('note')}
            />
            <FileField
              id="files"
              label={t.progress.files}
              hint={t.progress.filesHint(limits.attachmentsPerReport, limits.attachmentBytesMax / MB)}
              files={files}
              onChange={setFiles}
              accept={allowedAttachmentTypes.join(',')}
              error={form.errorFor('files')}
            />
            <p class="hint" role="status">
              {status}
            </p>
            <div class="button-group">
              <button type="submit" class="button">
                {t.progress.submit}
              </button>
              <a class="link-secondary" href={`/cases/${caseId}`}>
                {t.cancel}
              </a>
            </div>
          </form>
        );
      }}
    </ActionFrame>
  );
}
