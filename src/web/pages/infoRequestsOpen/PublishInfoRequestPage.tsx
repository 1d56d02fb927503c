import '../../styles/infoRequestOpen.css';
import { useState } from 'preact/hooks';
import {
  addRule,
  listRules,
  publish,
  readPublication,
  removeRule,
  reviewDocument,
  withdrawPublication,
  type InfoRequestPublication,
  type RedactedText,
} from '../../api/infoRequestOpen.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RadioGroup } from '../../components/RadioGroup.tsx';
import { useFormSubmit } from '../../hooks/useFormSubmit.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatDate } from '../../../shared/buddhistEra.ts';
import type { PageProps } from '../pageProps.ts';
import { RedactionRuleFields } from './RedactionRuleFields.tsx';
import { useInfoRequestOpenWords } from './useInfoRequestOpenWords.ts';

type Words = ReturnType<typeof useInfoRequestOpenWords>;

/** Redacted text with every replacement marked, and what it replaced said in words (a tooltip and for screen readers). */
function Redacted({ text, words }: { text: RedactedText; words: Words }) {
  return (
    <p class="body redacted-text">
      {text.parts.map((part, i) => {
        const r = part.replaced;
        if (!r) return <span key={i}>{part.text}</span>;
        const why =
          r.kind === 'rule'
            ? words.replaced.rule(words.scopes[r.scope ?? 'site'], r.original ?? '')
            : r.kind === 'requester'
              ? words.replaced.requester(words.fields[r.field ?? 'name'])
              : words.replaced.personal_data(r.original ?? '');
        return (
          <mark key={i} class="redacted-mark" title={why}>
            {part.text}
            <span class="visually-hidden"> ({why})</span>
          </mark>
        );
      })}
    </p>
  );
}

function Documents({ data, reload, words }: { data: InfoRequestPublication; reload: () => void; words: Words }) {
  const submit = useFormSubmit();
  const [done, setDone] = useState<string | null>(null);
  const review = (docId: string, title: string, status: 'approved' | 'rejected') =>
    void submit.submit(
      () => [],
      async () => {
        await reviewDocument(data.caseId, docId, { status });
        setDone(words.reviewed(title, words.reviewStatus[status]));
        reload();
      },
    );
  return (
    <section aria-labelledby="documents">
      <h2 class="heading-m" id="documents">
        {words.documents}
      </h2>
      <p class="body">{words.documentsLead}</p>
      {done && <Notice text={done} />}
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <ul class="work-list">
        {data.documents.map((doc) => (
          <li class="work-item" key={doc.id}>
            <h3 class="work-item__title">{doc.title}</h3>
            {doc.disclosure === 'withheld' ? (
              <p class="work-item__meta">{words.withheldNote}</p>
            ) : (
              <>
                <p class="work-item__meta">
                  <strong>{words.reviewStatus[doc.reviewStatus]}</strong>
                  {' · '}
                  <a href={`/api/info-requests/${data.caseId}/documents/${doc.id}`} target="_blank" rel="noopener">
                    {words.open} {doc.filename}
                  </a>
                </p>
                {doc.canReview && (
                  <div class="button-group">
                    <button type="button" class="button" disabled={submit.busy} onClick={() => review(doc.id, doc.title, 'approved')}>
                      {words.approve}
                      <span class="visually-hidden"> {doc.title}</span>
                    </button>
                    <button
                      type="button"
                      class="button button--secondary"
                      disabled={submit.busy}
                      onClick={() => review(doc.id, doc.title, 'rejected')}
                    >
                      {words.reject}
                      <span class="visually-hidden"> {doc.title}</span>
                    </button>
                  </div>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Rules({ caseId, onChange, words }: { caseId: string; onChange: () => void; words: Words }) {
  const rules = useResource(() => listRules(caseId), [caseId]);
  const submit = useFormSubmit();
  const [pattern, setPattern] = useState('');
  const [replacement, setReplacement] = useState('');
  const [scope, setScope] = useState<'request' | 'requester'>('request');
  const [notice, setNotice] = useState<string | null>(null);
  const changed = () => {
    rules.reload();
    onChange();
  };
  const onSubmit = (event: Event) => {
    event.preventDefault();
    void submit.submit(
      () => (pattern.trim() ? [] : [{ field: 'pattern', text: words.patternRequired }]),
      async () => {
        await addRule({ scope, caseId, pattern: pattern.trim(), ...(replacement.trim() ? { replacement: replacement.trim() } : {}) });
        setPattern('');
        setReplacement('');
        setNotice(words.ruleAdded);
        changed();
      },
    );
  };
  return (
    <section aria-labelledby="rules">
      <h2 class="heading-m" id="rules">
        {words.rules}
      </h2>
      <p class="body">{words.rulesLead}</p>
      {notice && <Notice text={notice} />}
      {rules.error && <LoadError error={rules.error} retry={rules.reload} />}
      {rules.data && rules.data.items.length === 0 && <p class="body">{words.noRules}</p>}
      <ul class="work-list">
        {rules.data?.items.map((rule) => (
          <li class="work-item" key={rule.id}>
            <p class="body">
              “{rule.pattern}” → {rule.replacement} <span class="caption">({words.scopes[rule.scope]})</span>
            </p>
            {rule.canDelete && (
              <button type="button" class="button button--secondary" onClick={() => void removeRule(rule.id).then(changed)}>
                {words.removeRule}
                <span class="visually-hidden"> {rule.pattern}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <form onSubmit={onSubmit} noValidate>
        <RedactionRuleFields
          pattern={pattern}
          onPattern={setPattern}
          replacement={replacement}
          onReplacement={setReplacement}
          patternError={submit.errorFor('pattern')}
        />
        <RadioGroup
          id="rule-scope"
          legend={words.ruleScope}
          value={scope}
          onChange={(value) => setScope(value as 'request' | 'requester')}
          options={(['request', 'requester'] as const).map((value) => ({ value, label: words.scopes[value] }))}
          inline
        />
        <button type="submit" class="button button--secondary" disabled={submit.busy}>
          {words.addRule}
        </button>
      </form>
    </section>
  );
}

/** `/info-requests/:id/publish`: the preview with replacements highlighted, document review, the request's rules, publish. */
export function PublishInfoRequestPage({ params }: PageProps) {
  const { locale } = useI18n();
  const words = useInfoRequestOpenWords();
  const caseId = params['id'] ?? '';
  const publication = useResource(() => readPublication(caseId), [caseId]);
  const submit = useFormSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  if (publication.error) return <LoadError error={publication.error} retry={publication.reload} />;
  const data = publication.data;
  if (!data) return <Loading />;
  const act = (published: boolean) =>
    void submit.submit(
      () => [],
      async () => {
        await (published ? publish(caseId) : withdrawPublication(caseId));
        setNotice(published ? words.publishedNotice : words.withdrawnNotice);
        publication.reload();
      },
    );
  return (
    <div>
      <PageHeading title={words.publishTitle(data.ref)} />
      <p class="lead">{words.publishLead}</p>
      {notice && <Notice text={notice} />}
      <ErrorSummary errors={submit.errors} message={submit.message} attempt={submit.attempt} />
      <p class="body">
        <strong>{data.publishedAt ? words.publishedOn(formatDate(data.publishedAt, locale)) : words.notPublished}</strong>
        {data.publishedAt && (
          <>
            {' · '}
            <a href={`/portal/information/requests/${data.ref}${locale === 'en' ? '?lang=en' : ''}`}>{words.viewPublic}</a>
          </>
        )}
      </p>
      {!data.publishConsent && <p class="body redacted-warning">{words.consentMissing}</p>}
      <section aria-labelledby="preview">
        <h2 class="heading-m" id="preview">
          {words.preview}
        </h2>
        <h3 class="heading-s">{words.titleLabel}</h3>
        <Redacted text={data.title} words={words} />
        <h3 class="heading-s">{words.bodyLabel}</h3>
        <Redacted text={data.body} words={words} />
        <h3 class="heading-s">{words.answersLabel}</h3>
        {data.answers.length === 0 && <p class="body">{words.noAnswers}</p>}
        {data.answers.map((answer) => (
          <Redacted key={answer.id} text={answer.message} words={words} />
        ))}
      </section>
      <Documents data={data} reload={publication.reload} words={words} />
      <Rules caseId={caseId} onChange={publication.reload} words={words} />
      <div class="button-group">
        {data.canPublish ? (
          <>
            <button type="button" class="button" disabled={submit.busy || !data.publishConsent} onClick={() => act(true)}>
              {data.publishedAt ? words.republish : words.publish}
            </button>
            {data.publishedAt && (
              <button type="button" class="button button--warning" disabled={submit.busy} onClick={() => act(false)}>
                {words.withdraw}
              </button>
            )}
          </>
        ) : (
          <p class="body">{words.cannotPublish}</p>
        )}
      </div>
    </div>
  );
}
