import { documentUrl } from '../../api/infoRequests.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import type { TrackedInfoRequestView } from '../../../shared/api/infoRequests.ts';
import {
  documentDisclosureNames,
  infoRequestFormNames,
  infoRequestStateNames,
  type DocumentDisclosure,
  type InfoRequestOutcome,
} from '../../../shared/infoRequests.ts';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

const overdue = new Set(['overdue', 'long_overdue']);

/**
 * A request as its requester and the agency both read it: state, agency, deadline, the words asked,
 * transfers with their reasons, answers with their documents (withheld ones with the grounds' names),
 * and the history. With a tracking code, documents link to the requester's download.
 */
export function RequestSummary({ request, trackingCode }: { request: TrackedInfoRequestView; trackingCode?: string }) {
  const { name, date, dateTime, locale } = useI18n();
  const w = useInfoRequestWords().track;
  const row = (key: string, value: preact.ComponentChildren) => (
    <div class="summary-list__row">
      <dt class="summary-list__key">{key}</dt>
      <dd class="summary-list__value">{value}</dd>
    </div>
  );
  return (
    <>
      <dl class="summary-list">
        {row(w.ref, request.ref)}
        {trackingCode && row(w.code, <span class="tracking-code--inline">{trackingCode}</span>)}
        {row(
          w.state,
          <strong class={`tag ${overdue.has(request.displayState) ? 'tag--red' : 'tag--blue'}`} data-testid="request-state">
            {infoRequestStateNames[request.displayState][locale]}
          </strong>,
        )}
        {row(w.agency, name(request.agency))}
        {row(w.received, dateTime(request.receivedAt))}
        {request.dueAt && row(w.due, date(request.dueAt))}
        {row(w.formWanted, infoRequestFormNames[request.formWanted][locale])}
      </dl>
      <h2 class="heading-m">{w.yourRequest}</h2>
      <p class="body">
        <strong>{request.title}</strong>
      </p>
      <p class="body complaint-text">{request.body}</p>
      {request.transfers.length > 0 && (
        <section data-testid="transfers">
          <h2 class="heading-m">{w.transfers}</h2>
          {request.transfers.map((transfer, index) => (
            <div class="inset" key={index}>
              <p class="body">{w.transferLine(name(transfer.from), name(transfer.to))}</p>
              <p class="body">
                {w.reason}: {transfer.reason}
              </p>
              <p class="hint">{dateTime(transfer.at)}</p>
            </div>
          ))}
        </section>
      )}
      {request.answers.length > 0 && (
        <section data-testid="answers">
          <h2 class="heading-m">{w.answers}</h2>
          {request.answers.map((answer, index) => (
            <div class="inset" key={index}>
              <p class="body">
                {w.outcome}: <strong>{infoRequestStateNames[answer.outcome as InfoRequestOutcome]?.[locale] ?? answer.outcome}</strong>
              </p>
              <p class="body complaint-text">{answer.message}</p>
              {answer.feeBaht > 0 && (
                <p class="body">
                  {w.fee}: {w.feeBaht(answer.feeBaht.toLocaleString(locale === 'th' ? 'th-TH' : 'en-GB'))}
                  {answer.feeNote && ` (${answer.feeNote})`}
                </p>
              )}
              {answer.grounds.length > 0 && (
                <p class="body">
                  {w.grounds}: {answer.grounds.map((g) => name(g.name)).join('; ')}
                </p>
              )}
              {answer.appealDeadlineAt && <p class="body">{w.appealUntil(date(answer.appealDeadlineAt))}</p>}
              {answer.documents.length > 0 && (
                <>
                  <h3 class="heading-s">{w.documents}</h3>
                  <ul class="list">
                    {answer.documents.map((doc) => (
                      <li key={doc.id}>
                        {doc.title} — {documentDisclosureNames[doc.disclosure as DocumentDisclosure]?.[locale] ?? doc.disclosure}
                        {doc.downloadable && trackingCode && (
                          <>
                            {' '}
                            <a href={documentUrl(trackingCode, doc.id)} download>
                              {w.download}
                              <span class="visually-hidden"> {doc.title}</span>
                            </a>
                          </>
                        )}
                        {doc.grounds.length > 0 && (
                          <span class="hint">
                            {' '}
                            · {w.withheldOn} {doc.grounds.map((g) => name(g.name)).join('; ')}
                          </span>
                        )}
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          ))}
        </section>
      )}
      <h2 class="heading-m">{w.history}</h2>
      <ol class="timeline" data-testid="request-history">
        {request.steps.map((step, index) => (
          <li class="timeline__item" key={index}>
            <p class="timeline__title">{name(step.text)}</p>
            <p class="timeline__byline">{dateTime(step.at)}</p>
            {step.message && <p class="timeline__quote">{step.message}</p>}
          </li>
        ))}
      </ol>
    </>
  );
}
