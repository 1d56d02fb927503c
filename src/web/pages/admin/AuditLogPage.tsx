import '../../styles/reports.css';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { listAuditEvents, type AuditEvent } from '../../api/audit.ts';
import { query } from '../../api/client.ts';
import type { PageProps } from '../pageProps.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

const shown = (value: unknown) => (value === null || value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/** Each changed field as `field: before → after`; a created thing shows its values, a removed one what it was. */
function Changes({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const fields = [...new Set([...Object.keys(event.before ?? {}), ...Object.keys(event.after ?? {})])];
  return (
    <ul class="list">
      {fields.map((field) => (
        <li key={field}>
          <code>{field}</code>: {event.before ? `${shown(event.before[field])} → ` : ''}
          {event.after ? shown(event.after[field]) : '—'}
        </li>
      ))}
      {event.data['passwordReset'] === true && <li>{t.audit.passwordReset}</li>}
    </ul>
  );
}

/** The audit trail for administrators: read-only, newest first, 50 a page, Buddhist-era times. */
export function AuditLogPage({ query: params }: PageProps) {
  const { t, dateTime } = useI18n();
  const location = useLocation();
  const words = t.audit;
  const category = params['category'] === 'admin' || params['category'] === 'security' ? params['category'] : undefined;
  const cursor = params['cursor'];
  const events = useResource(() => listAuditEvents({ category, cursor }), [category, cursor]);
  const base = query({ category });
  const [chosen, setChosen] = useState(category ?? '');
  return (
    <>
      <PageHeading title={words.title} />
      <p class="body">{words.lead}</p>
      <form
        class="filters"
        onSubmit={(event) => {
          event.preventDefault();
          location.route(`/admin/audit${query({ category: chosen })}`);
        }}
      >
        <label class="label" for="audit-category">
          {words.filter}
        </label>
        <select class="select" id="audit-category" value={chosen} onChange={(event) => setChosen(event.currentTarget.value)}>
          <option value="">{words.all}</option>
          <option value="admin">{words.category['admin']}</option>
          <option value="security">{words.category['security']}</option>
        </select>{' '}
        <button type="submit" class="button button--secondary">
          {words.show}
        </button>
      </form>
      {events.error ? (
        <LoadError error={events.error} retry={events.reload} inline />
      ) : !events.data ? (
        <Loading />
      ) : events.data.items.length === 0 ? (
        <p class="body empty" role="status">
          {words.empty}
        </p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{words.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.when}</th>
                  <th scope="col">{words.who}</th>
                  <th scope="col">{words.what}</th>
                  <th scope="col">{words.target}</th>
                  <th scope="col">{words.changes}</th>
                </tr>
              </thead>
              <tbody>
                {events.data.items.map((event) => (
                  <tr key={event.id}>
                    <td>{dateTime(event.at)}</td>
                    <td>{event.actor ? event.actor.name : event.via === 'cli' ? words.commandLine : words.system}</td>
                    <td>{words.actions[event.action] ?? event.action}</td>
                    <td>
                      {event.target && (
                        <>
                          {event.target.type} <code>{event.target.id}</code>
                        </>
                      )}
                    </td>
                    <td>
                      <Changes event={event} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <nav class="pagination" aria-label={words.title}>
            {cursor && <a href={`/admin/audit${base}`}>{words.firstPage}</a>}
            {events.data.nextCursor && (
              <a class="pagination__next" rel="next" href={`/admin/audit${query({ category, cursor: events.data.nextCursor })}`}>
                {words.nextPage}
              </a>
            )}
          </nav>
        </>
      )}
    </>
  );
}
