import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../../api/client.ts';
import { listOpen311Keys, revokeOpen311Key, type Open311KeyView } from '../../../api/adminPeople.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';

/** `/admin/open311-keys`: each civic app's key with its quota, when it was made and last used; revoke a live one. */
export function Open311KeysPage() {
  const { t, locale, dateTime } = useI18n();
  const words = t.adminPeople.open311;
  const keys = useResource(() => listOpen311Keys(), []);
  const [notice, setNotice] = useState<string | null>(takeFlash);
  const [failure, setFailure] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const revoke = async (key: Open311KeyView) => {
    try {
      await revokeOpen311Key(key.id);
      setFailure(undefined);
      setNotice(words.revokedNotice(key.name));
      keys.reload();
    } catch (error) {
      setFailure(error as ApiError);
      setAttempt((n) => n + 1);
    }
  };
  return (
    <>
      <a class="back-link" href="/admin">
        {t.adminPeople.back}
      </a>
      <PageHeading title={words.title} />
      {notice && <Notice text={notice} />}
      {failure && <ErrorSummary errors={[]} message={failure.text(locale)} attempt={attempt} />}
      <p class="lead">{words.lead}</p>
      <a class="button" href="/admin/open311-keys/new">
        {words.create}
      </a>
      {keys.error && <LoadError error={keys.error} retry={keys.reload} inline />}
      {!keys.data && !keys.error && <Loading />}
      {keys.data && keys.data.items.length === 0 && <p class="body">{words.none}</p>}
      {keys.data && keys.data.items.length > 0 && (
        <ul class="work-list admin-list">
          {keys.data.items.map((key) => (
            <li class="work-item" key={key.id}>
              <h2 class="work-item__title">{key.name}</h2>
              <p class="work-item__meta">
                <strong class={`tag ${key.revokedAt ? 'tag--grey' : 'tag--green'}`}>
                  {key.revokedAt ? words.revokedTag : words.liveTag}
                </strong>{' '}
                {words.perMinute}: {words.perMinuteValue(key.perMinute)}
              </p>
              <p class="work-item__meta">
                {words.created} {dateTime(key.createdAt)}
              </p>
              <p class="work-item__meta">
                {words.lastUsed} {key.lastUsedAt ? dateTime(key.lastUsedAt) : words.neverUsed}
              </p>
              {key.revokedAt && <p class="work-item__meta">{words.revokedOn(dateTime(key.revokedAt))}</p>}
              {!key.revokedAt && (
                <button type="button" class="button button--warning button--small work-item__action" onClick={() => void revoke(key)}>
                  {words.revoke}
                  <span class="visually-hidden"> {key.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
