import '../../../styles/admin.css';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../../api/client.ts';
import { listUsers, type UserView } from '../../../api/adminPeople.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { roleName } from './roleWords.ts';

const PAGE = 20;

/** One account as a stacked card: name (the link), username, role, unit and whether it is active. */
function UserItem({ user }: { user: UserView }) {
  const { t, name, dateTime } = useI18n();
  const words = t.adminPeople.users;
  return (
    <li class="work-item">
      <h2 class="work-item__title">
        <a href={`/admin/users/${user.id}`}>{user.displayName}</a>
      </h2>
      <p class="work-item__meta">
        {user.username} · {roleName(t, user.role)} · {name(user.unit.name)}
      </p>
      <p class="work-item__meta">
        <strong class={`tag ${user.active ? 'tag--green' : 'tag--grey'}`}>{user.active ? words.active : words.inactive}</strong>{' '}
        {user.lastLoginAt ? words.lastLogin(dateTime(user.lastLoginAt)) : words.neverLoggedIn}
      </p>
    </li>
  );
}

/** `/admin/users`: search accounts, "20 of 78", more on request, and the way to create one. */
export function UserListPage({ query }: PageProps) {
  const { t } = useI18n();
  const words = t.adminPeople.users;
  const location = useLocation();
  const q = query['q'] ?? '';
  const [text, setText] = useState(q);
  const [flash] = useState(takeFlash);
  const [page, setPage] = useState<{ items: UserView[]; total: number; cursor: string | null } | null>(null);
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(false);

  const load = async (cursor: string | null) => {
    setLoading(true);
    try {
      const next = await listUsers({ limit: PAGE, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) });
      setPage((current) => ({
        items: cursor && current ? [...current.items, ...next.items] : next.items,
        total: next.total,
        cursor: next.nextCursor,
      }));
      setError(undefined);
    } catch (failure) {
      setError(failure as ApiError);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    setText(q);
    setPage(null);
    void load(null);
  }, [q]);

  const search = (event: Event) => {
    event.preventDefault();
    const wanted = text.trim().slice(0, 100);
    location.route(wanted ? `/admin/users?q=${encodeURIComponent(wanted)}` : '/admin/users');
  };

  return (
    <>
      <a class="back-link" href="/admin">
        {t.adminPeople.back}
      </a>
      <PageHeading title={words.title} />
      {flash && <Notice text={flash} />}
      <a class="button" href="/admin/users/new">
        {words.create}
      </a>
      <form role="search" onSubmit={search} class="form-group">
        <label class="label" for="q">
          {words.search}
        </label>
        <div class="hint" id="q-hint">
          {words.searchHint}
        </div>
        <div class="search-row">
          <input
            class="input input--medium"
            id="q"
            type="search"
            maxLength={100}
            value={text}
            aria-describedby="q-hint"
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="button button--secondary">
            {words.searchButton}
          </button>
        </div>
      </form>
      {error && <LoadError error={error} retry={() => void load(null)} inline />}
      {!page && !error && <Loading />}
      {page && (
        <>
          <p class="count" role="status">
            {page.total === 0 ? words.none : words.shown(page.items.length, page.total)}
          </p>
          <ul class="work-list admin-list">
            {page.items.map((user) => (
              <UserItem key={user.id} user={user} />
            ))}
          </ul>
          {page.cursor && (
            <button type="button" class="button button--secondary" disabled={loading} onClick={() => void load(page.cursor)}>
              {words.more}
            </button>
          )}
        </>
      )}
    </>
  );
}
