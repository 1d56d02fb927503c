import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { PageProps } from './pageProps.ts';
import { closeCase, complete, returnAssignment, sendBack } from '../api/endpoints.ts';
import { ActionFrame } from '../components/ActionFrame.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { TextArea } from '../components/TextArea.tsx';
import type { FormError } from '../forms/formErrors.ts';
import { setFlash } from '../hooks/flash.ts';
import { useFormSubmit } from '../hooks/useFormSubmit.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { limits } from '../../shared/limits.ts';

export type NoteAction = 'complete' | 'return' | 'send_back' | 'close';

/** Whether the words are required, and where they go. */
const actions: Record<NoteAction, { required: boolean; send(id: string, text: string, version?: number): Promise<unknown> }> = {
  complete: { required: false, send: (id, text, version) => complete(id, text, '', version) },
  return: { required: true, send: returnAssignment },
  send_back: { required: true, send: sendBack },
  close: { required: true, send: closeCase },
};

/** The actions that are a few words and a button: report done, return, send back, close the case. */
export function NoteActionPage({ params, query, action }: PageProps & { action: NoteAction }) {
  const { t } = useI18n();
  const location = useLocation();
  const words = t.note[action];
  const isCase = action === 'close';
  const caseId = (isCase ? params['id'] : query['case']) ?? '';
  const [text, setText] = useState('');
  const [publicReply, setPublicReply] = useState('');
  const form = useFormSubmit((path) => (path === '/publicReply' ? 'publicReply' : 'note'));
  const { required, send } = actions[action];
  // The version of the case (close) or assignment the frame showed: sent as If-Match (409 stale_write when it moved).
  const shown = useRef<number | undefined>(undefined);

  const validate = () => {
    const errors: FormError[] = [];
    const trimmed = text.trim();
    const max = action === 'close' || action === 'complete' ? limits.noteMax : limits.reasonMax;
    if (required && !trimmed) errors.push({ field: 'note', text: t.note.missing });
    else if (required && trimmed.length < limits.reasonMin) errors.push({ field: 'note', text: t.forms.tooShort(limits.reasonMin) });
    else if (trimmed.length > max) errors.push({ field: 'note', text: t.forms.tooLong(max) });
    const reply = publicReply.trim();
    if (reply && reply.length < limits.reasonMin)
      errors.push({ field: 'publicReply', text: t.citizenClose.publicReplyTooShort(limits.reasonMin) });
    else if (reply.length > limits.reasonMax) errors.push({ field: 'publicReply', text: t.forms.tooLong(limits.reasonMax) });
    return errors;
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(validate, async () => {
      if (action === 'complete') await complete(params['id'] ?? '', text.trim(), publicReply.trim(), shown.current);
      else await send(isCase ? caseId : (params['id'] ?? ''), text.trim(), shown.current);
      setFlash(t.case.done[action]);
      location.route(`/cases/${caseId}`);
    });
  };

  return (
    <ActionFrame
      caseId={caseId}
      assignmentId={isCase ? undefined : params['id']}
      action={action}
      title={words.title}
      summary={<ErrorSummary errors={form.errors} message={form.message} attempt={form.attempt} />}
    >
      {(detail, assignment) => {
        shown.current = isCase ? detail.case.version : assignment?.version;
        return (
          <>
            <p class="lead">{words.lead}</p>
            <form onSubmit={onSubmit} noValidate>
              <TextArea
                id="note"
                label={words.label}
                value={text}
                onInput={(value) => {
                  setText(value);
                  form.clearError('note');
                }}
                optional={!required}
                error={form.errorFor('note')}
              />
              {action === 'complete' && detail.case.kind === 'complaint' && assignment?.role === 'lead' && assignment.parentId === null && (
                // The citizen's words, apart from the staff summary above (issue 13, finding 2).
                <TextArea
                  id="publicReply"
                  label={t.citizenClose.publicReplyLabel}
                  hint={t.citizenClose.publicReplyHint}
                  value={publicReply}
                  onInput={(value) => {
                    setPublicReply(value);
                    form.clearError('publicReply');
                  }}
                  optional
                  error={form.errorFor('publicReply')}
                />
              )}
              <div class="button-group">
                <button type="submit" class={`button${action === 'close' || action === 'return' ? ' button--warning' : ''}`}>
                  {words.submit}
                </button>
                <a class="link-secondary" href={`/cases/${caseId}`}>
                  {t.cancel}
                </a>
              </div>
            </form>
          </>
        );
      }}
    </ActionFrame>
  );
}
