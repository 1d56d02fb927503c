import '../../styles/complaints.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { answerClarification, trackInfoRequest, withdrawInfoRequest } from '../../api/infoRequests.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { TextField } from '../../components/TextField.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import type { TrackedInfoRequestView } from '../../../shared/api/infoRequests.ts';
import type { PageProps } from '../pageProps.ts';
import { RequestSummary } from './RequestSummary.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

/**
 * Following a request by its tracking code, without signing in: where it stands in plain words, the
 * agency and its deadline (Buddhist era), transfers with their reasons, the agency's question with a
 * form to answer it, the answer and its documents, the way to object, and withdrawal.
 */
export function InfoRequestTrackPage({ params }: PageProps) {
  const location = useLocation();
  const w = useInfoRequestWords().track;
  const [code, setCode] = useState(params['code'] ?? '');
  const [tracked, setTracked] = useState<TrackedInfoRequestView | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [answer, setAnswer] = useState('');
  const [confirming, setConfirming] = useState(false);
  const find = useFormSubmit(() => 'code');
  const reply = useFormSubmit(() => 'answer');
  const withdraw = useFormSubmit(() => 'withdraw');
  const current = (params['code'] ?? code).trim().toUpperCase();

  const load = async (value: string) => setTracked(await trackInfoRequest(value));
  useEffect(() => {
    if (params['code'])
      void find.submit(
        () => [],
        () => load(params['code']!),
      );
  }, [params['code']]);

  const onFind = (event: Event) => {
    event.preventDefault();
    void find.submit(
      () => (code.trim() ? [] : [{ field: 'code', text: w.codeMissing }]),
      async () => {
        await load(code);
        location.route(`/information-request/track/${encodeURIComponent(code.trim().toUpperCase())}`, true);
      },
    );
  };
  const onAnswer = (event: Event) => {
    event.preventDefault();
    setNotice(null);
    void reply.submit(
      () => (answer.trim().length >= 3 ? [] : [{ field: 'answer', text: w.answerMissing }]),
      async () => {
        await answerClarification(current, answer.trim());
        setAnswer('');
        setNotice(w.answered);
        await load(current);
      },
    );
  };
  const onWithdraw = (event: Event) => {
    event.preventDefault();
    setNotice(null);
    void withdraw.submit(
      () => [],
      async () => {
        await withdrawInfoRequest(current);
        setConfirming(false);
        setNotice(w.withdrawn);
        await load(current);
      },
    );
  };

  const notFound = find.message && !tracked;
  return (
    <div class="narrow">
      <ErrorSummary
        errors={[...find.errors, ...reply.errors, ...withdraw.errors]}
        message={notFound ? find.message : (reply.message ?? withdraw.message)}
        attempt={find.attempt + reply.attempt + withdraw.attempt}
      />
      <PageHeading title={w.title} />
      {!tracked && (
        <form onSubmit={onFind} noValidate>
          <p class="lead">{w.lead}</p>
          <TextField
            id="code"
            label={w.code}
            hint={w.codeHint}
            value={code}
            onInput={setCode}
            width="medium"
            error={find.errorFor('code')}
          />
          <button type="submit" class="button">
            {w.find}
          </button>
        </form>
      )}
      {tracked && (
        <>
          {notice && (
            <p class="inset" role="status">
              {notice}
            </p>
          )}
          <RequestSummary request={tracked} trackingCode={current} />
          {tracked.clarificationQuestion && (
            <form onSubmit={onAnswer} noValidate class="section" data-testid="clarification">
              <h2 class="heading-m">{w.question}</h2>
              <p class="timeline__quote">{tracked.clarificationQuestion}</p>
              <p class="hint">{w.questionLead}</p>
              <TextArea id="answer" label={w.answer} value={answer} onInput={setAnswer} rows={4} error={reply.errorFor('answer')} />
              <button type="submit" class="button">
                {w.sendAnswer}
              </button>
            </form>
          )}
          {tracked.canObject && (
            <section class="section">
              <h2 class="heading-m">{w.objectTitle}</h2>
              <a class="button button--secondary" href={`/information-request/track/${encodeURIComponent(current)}/object`}>
                {w.objectLink}
              </a>
            </section>
          )}
          {tracked.canWithdraw && (
            <form onSubmit={onWithdraw} noValidate class="section">
              <h2 class="heading-m">{w.withdrawTitle}</h2>
              <p class="body">{w.withdrawLead}</p>
              {/* Two steps: withdrawing cannot be undone, so the first press only asks. */}
              {!confirming && (
                <button type="button" class="button button--secondary" id="withdraw" onClick={() => setConfirming(true)}>
                  {w.withdrawStart}
                </button>
              )}
              {confirming && (
                <div class="inset" role="group" aria-labelledby="withdraw-sure">
                  <p class="body" id="withdraw-sure">
                    <strong>{w.withdrawSure}</strong>
                  </p>
                  <div class="button-group">
                    <button type="submit" class="button button--warning" id="withdraw">
                      {w.withdrawConfirm}
                    </button>
                    <button type="button" class="link-button" onClick={() => setConfirming(false)}>
                      {w.keep}
                    </button>
                  </div>
                </div>
              )}
            </form>
          )}
        </>
      )}
    </div>
  );
}
