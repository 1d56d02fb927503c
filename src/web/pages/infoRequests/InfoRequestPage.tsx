import { useState } from 'preact/hooks';
import { readInfoRequest, readRequester } from '../../api/infoRequests.ts';
import type { ApiError } from '../../api/client.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { takeFlash } from '../../hooks/flash.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { RequesterView } from '../../../shared/api/infoRequests.ts';
import { objectionKindNames, type ObjectionKind } from '../../../shared/infoRequests.ts';
import type { PageProps } from '../pageProps.ts';
import { RequestSummary } from './RequestSummary.tsx';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

/**
 * One request for its agency's staff: what the requester sees, plus the channel, consent, objections,
 * and the actions this person may take (from the server's `allowedActions`). The requester's identity
 * is shown only on request, and that read is recorded.
 */
export function InfoRequestPage({ params }: PageProps) {
  const { date, locale } = useI18n();
  const words = useInfoRequestWords();
  const w = words.staff;
  const f = words.form;
  const id = params['id'] ?? '';
  const loaded = useResource(() => readInfoRequest(id), [id]);
  const [notice] = useState<string | null>(takeFlash);
  const [requester, setRequester] = useState<RequesterView[] | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const request = loaded.data;
  const labels: Record<keyof RequesterView, string> = {
    name: f.name,
    citizenId: w.citizenId,
    phone: f.phone,
    email: f.email,
    address: f.address,
  };
  const can = (action: string) => request.allowedActions.includes(action as never);
  const showRequester = async () => {
    try {
      setRequester((await readRequester(id)).items);
    } catch (problem) {
      setFailure(problem as ApiError);
    }
  };
  return (
    <>
      <a class="back-link" href="/info-requests">
        {w.listTitle}
      </a>
      {notice && (
        <p class="inset" role="status">
          {notice}
        </p>
      )}
      <PageHeading title={request.title} caption={request.ref} />
      <div class="button-group">
        {can('transfer') && (
          <a class="button button--secondary" href={`/info-requests/${id}/transfer`}>
            {w.transfer}
          </a>
        )}
        {can('clarify') && (
          <a class="button button--secondary" href={`/info-requests/${id}/clarify`}>
            {w.clarify}
          </a>
        )}
        {can('answer') && (
          <a class="button" href={`/info-requests/${id}/answer`}>
            {w.answer}
          </a>
        )}
        {can('publish') && (
          <a class="button button--secondary" href={`/info-requests/${id}/publish`}>
            {w.publish}
          </a>
        )}
      </div>
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{w.channel}</dt>
          <dd class="summary-list__value">{w.channels[request.channel] ?? request.channel}</dd>
        </div>
        <div class="summary-list__row">
          <dt class="summary-list__key">{w.consent}</dt>
          <dd class="summary-list__value">{request.publishConsent ? w.yes : w.no}</dd>
        </div>
      </dl>
      {can('read_requester') && (
        <section class="section">
          <h2 class="heading-m">{w.requester}</h2>
          {!requester && (
            <>
              <p class="hint">{w.requesterLogged}</p>
              <button type="button" class="button button--secondary" onClick={() => void showRequester()}>
                {w.showRequester}
              </button>
            </>
          )}
          {failure && <p class="error-message">{failure.text(locale)}</p>}
          {requester?.map((person, index) => (
            <dl class="summary-list" key={index} data-testid="requester">
              {(Object.entries(person) as [keyof RequesterView, string | null][])
                .filter(([, value]) => value)
                .map(([key, value]) => (
                  <div class="summary-list__row" key={key}>
                    <dt class="summary-list__key">{labels[key]}</dt>
                    <dd class="summary-list__value">{value}</dd>
                  </div>
                ))}
            </dl>
          ))}
        </section>
      )}
      {request.objections.length > 0 && (
        <section class="section">
          <h2 class="heading-m">{w.objections}</h2>
          <ul class="list">
            {request.objections.map((o) => (
              <li key={o.id}>
                {objectionKindNames[o.kind as ObjectionKind]?.[locale] ?? o.kind} · {o.status} · {date(o.filedAt)}
                {o.dueAt && ` → ${date(o.dueAt)}`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <RequestSummary request={request} />
    </>
  );
}
