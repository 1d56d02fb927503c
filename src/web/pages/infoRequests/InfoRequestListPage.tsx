import { useState } from 'preact/hooks';
import { listInfoRequests } from '../../api/infoRequests.ts';
import { LoadError } from '../../components/LoadError.tsx';
import { Loading } from '../../components/Loading.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { infoRequestDisplayStates, infoRequestStateNames } from '../../../shared/infoRequests.ts';
import type { PageProps } from '../pageProps.ts';
import { useInfoRequestWords } from './useInfoRequestWords.ts';

const PAGE = 25;

/** The requests the actor's unit handles, newest first, by displayed state (overdue ones found in one choice). */
export function InfoRequestListPage({ query }: PageProps) {
  const { name, date, locale } = useI18n();
  const w = useInfoRequestWords().staff;
  const [state, setState] = useState(query['state'] ?? '');
  const [offset, setOffset] = useState(0);
  const loaded = useResource(() => listInfoRequests({ state: state || undefined, offset }), [state, offset]);
  return (
    <>
      <PageHeading title={w.listTitle} />
      <p>
        <a class="button button--secondary" href="/info-requests/new">
          {w.fileForCaller}
        </a>
      </p>
      <SelectField
        id="state"
        label={w.filter}
        value={state}
        onChange={(value) => {
          setState(value);
          setOffset(0);
        }}
        options={[
          { value: '', label: w.all },
          ...infoRequestDisplayStates.map((s) => ({ value: s, label: infoRequestStateNames[s][locale] })),
        ]}
      />
      {loaded.error && <LoadError error={loaded.error} retry={loaded.reload} />}
      {!loaded.data && !loaded.error && <Loading />}
      {loaded.data && (
        <>
          <p class="hint" aria-live="polite">
            {loaded.data.items.length === 0 ? w.none : w.count(loaded.data.items.length + offset, loaded.data.total)}
          </p>
          <ul class="work-list" data-testid="info-request-list">
            {loaded.data.items.map((item) => (
              <li class={`work-item${item.displayState.includes('overdue') ? ' work-item--overdue' : ''}`} key={item.id}>
                <h3 class="work-item__title">
                  <a href={`/info-requests/${item.id}`}>{item.title}</a>
                </h3>
                <p class="work-item__meta">
                  <span class="nowrap">{item.ref}</span>
                </p>
                <p class="work-item__meta">
                  <strong class={`tag ${item.displayState.includes('overdue') ? 'tag--red' : 'tag--blue'}`}>
                    {infoRequestStateNames[item.displayState][locale]}
                  </strong>{' '}
                  {name(item.agency)} · {date(item.receivedAt)}
                  {item.dueAt && ` → ${date(item.dueAt)}`}
                </p>
              </li>
            ))}
          </ul>
          <div class="button-group">
            {offset > 0 && (
              <button type="button" class="button button--secondary" onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                {w.previous}
              </button>
            )}
            {offset + PAGE < loaded.data.total && (
              <button type="button" class="button button--secondary" onClick={() => setOffset(offset + PAGE)}>
                {w.next}
              </button>
            )}
          </div>
        </>
      )}
    </>
  );
}
