import '../../../styles/admin.css';
import { useState } from 'preact/hooks';
import { readUser } from '../../../api/adminPeople.ts';
import { LoadError } from '../../../components/LoadError.tsx';
import { Loading } from '../../../components/Loading.tsx';
import { Notice } from '../../../components/Notice.tsx';
import { PageHeading } from '../../../components/PageHeading.tsx';
import { SummaryList } from '../../../components/SummaryList.tsx';
import { takeFlash } from '../../../hooks/flash.ts';
import { useResource } from '../../../hooks/useResource.ts';
import { useI18n } from '../../../i18n/I18nContext.tsx';
import type { PageProps } from '../../pageProps.ts';
import { roleName } from './roleWords.ts';

/** `/admin/users/:id`: one account as facts, and each change as its own page (one clear action a page). */
export function UserPage({ params }: PageProps) {
  const { t, name, dateTime } = useI18n();
  const words = t.adminPeople.users;
  const id = params['id'] ?? '';
  const [flash] = useState(takeFlash);
  const user = useResource(() => readUser(id), [id]);
  if (user.error) return <LoadError error={user.error} retry={user.reload} />;
  if (!user.data) return <Loading />;
  const account = user.data;
  const changes = [
    { href: 'role', label: words.changeRole },
    { href: 'unit', label: words.changeUnit },
    { href: 'password', label: words.resetPassword },
    account.active ? { href: 'deactivate', label: words.deactivate } : { href: 'reactivate', label: words.reactivate },
  ];
  return (
    <>
      <a class="back-link" href="/admin/users">
        {t.adminPeople.backToUsers}
      </a>
      <PageHeading title={account.displayName} caption={words.title} />
      {flash && <Notice text={flash} />}
      <SummaryList
        rows={[
          { key: words.username, value: account.username },
          { key: words.email, value: account.email ?? '–' },
          { key: words.role, value: roleName(t, account.role) },
          { key: words.unit, value: name(account.unit.name) },
          {
            key: words.state,
            value: (
              <>
                <strong class={`tag ${account.active ? 'tag--green' : 'tag--grey'}`}>
                  {account.active ? words.active : words.inactive}
                </strong>{' '}
                {account.lastLoginAt ? words.lastLogin(dateTime(account.lastLoginAt)) : words.neverLoggedIn}
              </>
            ),
          },
        ]}
      />
      <h2 class="heading-m">{words.changes}</h2>
      <ul class="list">
        {changes.map((change) => (
          <li key={change.href}>
            <a href={`/admin/users/${account.id}/${change.href}`}>{change.label}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
