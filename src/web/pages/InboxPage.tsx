import { useState } from 'preact/hooks';
import type { ApiError } from '../api/client.ts';
import { acknowledge, getInbox } from '../api/endpoints.ts';
import type { InboxItem } from '../../shared/api/inbox.ts';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { GroupedInboxItem } from '../components/GroupedInboxItem.tsx';
import { InboxItemView } from '../components/InboxItemView.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { useSession } from '../session/SessionContext.tsx';

/** My work: what waits for my unit, overdue first (the API orders it). */
export function InboxPage() {
  const { t, locale, name } = useI18n();
  const { session } = useSession();
  const inbox = useResource(getInbox, []);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ error: ApiError; attempt: number } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const onAcknowledge = async (item: InboxItem) => {
    if (busyId) return;
    setBusyId(item.assignment.id);
    try {
      await acknowledge(item.assignment.id, item.assignment.version);
      setFailure(null);
      setNotice(t.inbox.acknowledged(item.case.title));
      inbox.reload();
    } catch (error) {
      setNotice(null);
      setFailure((current) => ({ error: error as ApiError, attempt: (current?.attempt ?? 0) + 1 }));
      // Someone else acted on it since the list was loaded: show the list as it is now under the message.
      if ((error as ApiError).code === 'stale_write') inbox.reload();
    } finally {
      setBusyId(null);
    }
  };

  if (inbox.error) return <LoadError error={inbox.error} retry={inbox.reload} />;
  if (!inbox.data) return <Loading />;
  const { items, hasMore } = inbox.data;

  return (
    <>
      {failure && <ErrorSummary errors={[]} message={failure.error.text(locale)} attempt={failure.attempt} />}
      {notice && <Notice text={notice} />}
      <PageHeading title={t.inbox.title} />
      <p class="lead">{t.inbox.lead(name(session.user.unit.name))}</p>
      {items.length === 0 ? (
        <p class="body empty">{t.inbox.empty}</p>
      ) : (
        <>
          <p class="count" aria-live="polite">
            {t.inbox.count(items.length)}
          </p>
          <ul class="work-list">
            {items.map((item) =>
              item.group.length > 1 ? (
                <GroupedInboxItem key={item.assignment.id} item={item} />
              ) : (
                <InboxItemView key={item.assignment.id} item={item} onAcknowledge={onAcknowledge} busy={busyId === item.assignment.id} />
              ),
            )}
          </ul>
          {hasMore && (
            <p class="body">
              <a href="/cases">{t.inbox.more}</a>
            </p>
          )}
        </>
      )}
    </>
  );
}
