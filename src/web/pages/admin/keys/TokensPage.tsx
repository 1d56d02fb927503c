import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../../api/client.ts';
import { listTokens, revokeToken, type TokenView } from '../../../api/adminPeople.ts';
import { ErrorSummary } from '../../../components/ErrorSummary.tsx';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';

/** `/admin/tokens`: my API tokens with what each may do and until when, a revoke button on each live one. */
export function TokensPage() {
  const { t, locale, dateTime } = useI18n();
  const words = t.adminPeople.tokens;
  const tokens = useResource(() => listTokens(), []);
  const [notice, setNotice] = useState<string | null>(takeFlash);
  const [failure, setFailure] = useState<ApiError>();
  const [attempt, setAttempt] = useState(0);
  const revoke = async (token: TokenView) => {
    try {
      await revokeToken(token.id);
      setFailure(undefined);
      setNotice(words.revokedNotice(token.name));
      tokens.reload();
    } catch (error) {
      setFailure(error as ApiError);
      setAttempt((n) => n + 1);
    }
  };
  const now = Date.now();
  return (
    <>
      <a class="back-link" href="/admin">
        {t.adminPeople.back}
      </a>
      <PageHeading title={words.title} />
      {notice && <Notice text={notice} />}
      {failure && <ErrorSummary errors={[]} message={failure.text(locale)} attempt={attempt} />}
      <p class="lead">{words.lead}</p>
      <a class="button" href="/admin/tokens/new">
        {words.create}
      </a>
      {tokens.error && <LoadError error={tokens.error} retry={tokens.reload} inline />}
      {!tokens.data && !tokens.error && <Loading />}
      {tokens.data && tokens.data.items.length === 0 && <p class="body">{words.none}</p>}
      {tokens.data && tokens.data.items.length > 0 && (
        <ul class="work-list admin-list">
          {tokens.data.items.map((token) => {
            const expired = Date.parse(token.expiresAt) <= now;
            const live = !token.revokedAt && !expired;
            return (
              <li class="work-item" key={token.id}>
                <h2 class="work-item__title">{token.name}</h2>
                <p class="work-item__meta">
                  <strong class={`tag ${live ? 'tag--green' : 'tag--grey'}`}>
                    {token.revokedAt ? words.revokedTag : expired ? words.expiredTag : words.liveTag}
                  </strong>{' '}
                  {words.scopes}: {token.scopes.map((scope) => words.scopeName[scope]).join(', ')}
                </p>
                <p class="work-item__meta">
                  {words.created} {dateTime(token.createdAt)}
                </p>
                <p class="work-item__meta">
                  {words.expires} {dateTime(token.expiresAt)}
                </p>
                {token.revokedAt && <p class="work-item__meta">{words.revokedOn(dateTime(token.revokedAt))}</p>}
                {live && (
                  <button type="button" class="button button--warning button--small work-item__action" onClick={() => void revoke(token)}>
                    {words.revoke}
                    <span class="visually-hidden"> {token.name}</span>
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
