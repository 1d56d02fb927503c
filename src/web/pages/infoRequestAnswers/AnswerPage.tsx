import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listGrounds, sendAnswer, uploadAnswerDocument } from '../../api/infoRequestAnswers.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { FileField } from '../../components/FileField.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { FormError } from '../../forms/formErrors.ts';
import { setFlash } from '../../hooks/flash.ts';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { documentDisclosureNames, infoRequestOutcomes, type DocumentDisclosure } from '../../../shared/infoRequests.ts';
import type { PageProps } from '../pageProps.ts';
import { GroundChoices } from './GroundChoices.tsx';

interface AddedDocument {
  title: string;
  disclosure: DocumentDisclosure;
  groundCodes: string[];
  attachmentId: string | null;
  filename: string | null;
}

const ACCEPT = '.pdf,.docx,.xlsx,application/pdf';
/** `/documents/1/groundCodes` and `/documents` are both about the documents list; the rest name their field. */
const fieldFor = (path: string) => (path.startsWith('documents') ? 'documents' : path.split('/')[0] || undefined);

/**
 * `/info-requests/:id/answer`: the agency's answer on one page (issue #16): the decision, the message,
 * documents added one by one (each uploaded as it is added, with its disclosure and grounds), the
 * grounds of a refusal and the fee; one error summary for it all.
 */
export function AnswerPage({ params }: PageProps) {
  const { t, locale } = useI18n();
  const w = t.infoRequestAnswers.answer;
  const caseId = params['id']!;
  const location = useLocation();
  const grounds = useResource(() => listGrounds(), []);
  const submit = useFormSubmit(fieldFor);
  const adding = useFormSubmit((path) => path.split('/')[0] || undefined);
  const [outcome, setOutcome] = useState('');
  const [message, setMessage] = useState('');
  const [groundCodes, setGroundCodes] = useState<string[]>([]);
  const [fee, setFee] = useState('0');
  const [feeNote, setFeeNote] = useState('');
  const [documents, setDocuments] = useState<AddedDocument[]>([]);
  const [docTitle, setDocTitle] = useState('');
  const [disclosure, setDisclosure] = useState<DocumentDisclosure>('disclosed');
  const [docGrounds, setDocGrounds] = useState<string[]>([]);
  const [files, setFiles] = useState<File[]>([]);

  if (grounds.error) return <LoadError error={grounds.error} retry={grounds.reload} />;
  if (!grounds.data) return <Loading />;

  const addDocument = () =>
    adding.submit(
      () => {
        const errors: FormError[] = [];
        if (!docTitle.trim()) errors.push({ field: 'docTitle', text: w.needTitle });
        if (disclosure !== 'withheld' && files.length === 0) errors.push({ field: 'docFile', text: w.needFile });
        if (disclosure !== 'disclosed' && docGrounds.length === 0) errors.push({ field: 'docGrounds', text: w.needGround });
        return errors;
      },
      async () => {
        const file = disclosure === 'withheld' ? undefined : files[0];
        const uploaded = file ? await uploadAnswerDocument(caseId, file) : null;
        setDocuments((list) => [
          ...list,
          {
            title: docTitle.trim(),
            disclosure,
            groundCodes: disclosure === 'disclosed' ? [] : docGrounds,
            attachmentId: uploaded?.id ?? null,
            filename: uploaded?.filename ?? null,
          },
        ]);
        setDocTitle('');
        setDisclosure('disclosed');
        setDocGrounds([]);
        setFiles([]);
        submit.clearError('documents');
      },
    );

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => {
        const errors: FormError[] = [];
        if (!outcome) errors.push({ field: 'outcome', text: w.needOutcome });
        if (!message.trim()) errors.push({ field: 'message', text: w.needMessage });
        const amount = Number(fee || '0');
        if (!Number.isFinite(amount) || amount < 0) errors.push({ field: 'feeBaht', text: w.badFee });
        return errors;
      },
      async () => {
        await sendAnswer(caseId, {
          outcome: outcome as (typeof infoRequestOutcomes)[number],
          message: message.trim(),
          groundCodes: outcome === 'refused' || outcome === 'answered_part' ? groundCodes : [],
          feeBaht: Number(fee || '0'),
          feeNote: feeNote.trim() || null,
          documents: outcome === 'not_held' ? [] : documents.map(({ filename: _f, ...doc }) => doc),
        });
        setFlash(w.sent);
        location.route(`/info-requests/${caseId}`);
      },
    );
  };

  const groundName = (code: string) => {
    const g = grounds.data!.items.find((item) => item.code === code);
    return g ? t.infoRequestAnswers.section(g) : code;
  };

  return (
    <>
      <a class="back-link" href={`/info-requests/${caseId}`}>
        {w.back}
      </a>
      <PageHeading title={w.title} />
      <p class="lead">{w.lead}</p>
      <ErrorSummary
        errors={[...submit.errors, ...adding.errors]}
        message={submit.message ?? adding.message}
        attempt={submit.attempt + adding.attempt}
      />
      <form onSubmit={onSubmit} noValidate>
        <RadioGroup
          id="outcome"
          legend={w.outcome}
          value={outcome}
          error={submit.errorFor('outcome')}
          onChange={(value) => {
            setOutcome(value);
            submit.clearError('outcome');
          }}
          options={infoRequestOutcomes.map((value) => ({ value, label: w.outcomes[value]![0], hint: w.outcomes[value]![1] }))}
        />
        <TextArea
          id="message"
          label={w.message}
          hint={w.messageHint}
          value={message}
          rows={6}
          error={submit.errorFor('message')}
          onInput={(value) => {
            setMessage(value);
            submit.clearError('message');
          }}
        />
        {(outcome === 'refused' || outcome === 'answered_part') && (
          <GroundChoices
            id="groundCodes"
            legend={w.grounds}
            hint={w.groundsHint}
            grounds={grounds.data.items}
            chosen={groundCodes}
            error={submit.errorFor('groundCodes')}
            onChange={(codes) => {
              setGroundCodes(codes);
              submit.clearError('groundCodes');
            }}
          />
        )}
        {outcome !== 'not_held' && (
          <section aria-labelledby="documents-heading" id="documents" tabIndex={-1}>
            <h2 class="heading-m" id="documents-heading">
              {w.documents}
            </h2>
            {submit.errorFor('documents') && <p class="error-message">{submit.errorFor('documents')}</p>}
            {documents.length === 0 ? (
              <p class="body">{w.noDocuments}</p>
            ) : (
              <ul class="work-list">
                {documents.map((doc, index) => (
                  <li class="work-item" key={`${doc.title}-${index}`}>
                    <p class="work-item__title">{doc.title}</p>
                    <p class="work-item__meta">
                      {documentDisclosureNames[doc.disclosure][locale]}
                      {doc.groundCodes.length > 0 && ` · ${doc.groundCodes.map(groundName).join(', ')}`}
                      {doc.filename && ` · ${doc.filename}`}
                    </p>
                    <button
                      type="button"
                      class="button button--secondary"
                      onClick={() => setDocuments((list) => list.filter((_, i) => i !== index))}
                    >
                      {w.remove}
                    </button>
                  </li>
                ))}
              </ul>
            )}
            <fieldset class="fieldset">
              <legend class="fieldset__legend">{w.addDocument}</legend>
              <TextField
                id="docTitle"
                label={w.docTitle}
                value={docTitle}
                error={adding.errorFor('docTitle')}
                onInput={(value) => {
                  setDocTitle(value);
                  adding.clearError('docTitle');
                }}
              />
              <RadioGroup
                id="disclosure"
                legend={w.disclosure}
                value={disclosure}
                onChange={(value) => setDisclosure(value as DocumentDisclosure)}
                options={(['disclosed', 'partly_disclosed', 'withheld'] as const).map((value) => ({
                  value,
                  label: documentDisclosureNames[value][locale],
                }))}
              />
              {disclosure !== 'disclosed' && (
                <GroundChoices
                  id="docGrounds"
                  legend={w.docGrounds}
                  grounds={grounds.data.items}
                  chosen={docGrounds}
                  error={adding.errorFor('docGrounds')}
                  onChange={(codes) => {
                    setDocGrounds(codes);
                    adding.clearError('docGrounds');
                  }}
                />
              )}
              {disclosure !== 'withheld' && (
                <FileField
                  id="docFile"
                  label={w.file}
                  hint={w.fileHint}
                  files={files}
                  accept={ACCEPT}
                  single
                  error={adding.errorFor('docFile')}
                  onChange={(chosen) => {
                    setFiles(chosen.slice(0, 1));
                    adding.clearError('docFile');
                  }}
                  disabled={adding.busy}
                />
              )}
              <button type="button" class="button button--secondary" disabled={adding.busy} onClick={() => void addDocument()}>
                {w.addThis}
              </button>
            </fieldset>
          </section>
        )}
        <TextField
          id="feeBaht"
          label={w.fee}
          hint={w.feeHint}
          value={fee}
          width="short"
          error={submit.errorFor('feeBaht')}
          onInput={(value) => {
            setFee(value);
            submit.clearError('feeBaht');
          }}
        />
        <TextField id="feeNote" label={w.feeNote} value={feeNote} optional onInput={setFeeNote} />
        <button type="submit" class="button" disabled={submit.busy || adding.busy}>
          {w.send}
        </button>
      </form>
    </>
  );
}
