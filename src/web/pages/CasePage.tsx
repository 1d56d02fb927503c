import { useState } from 'preact/hooks';
import type { PageProps } from './pageProps.ts';
import type { ApiError } from '../api/client.ts';
import { accept, acknowledge, getCase, getCaseEvents } from '../api/endpoints.ts';
import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { EventView } from '../../shared/api/cases.ts';
import { AcknowledgementSummary } from '../components/AcknowledgementSummary.tsx';
import { AssignmentTree } from '../components/AssignmentTree.tsx';
import { AttachmentList } from '../components/AttachmentList.tsx';
import { AreaTrendSection } from '../components/clusters/AreaTrendSection.tsx';
import { CaseActions, type OneClickAction } from '../components/CaseActions.tsx';
import { ComplaintPanel } from '../components/complaints/ComplaintPanel.tsx';
import { DeliverySection } from '../components/reports/DeliverySection.tsx';
import { DeliveryPanels } from '../components/delivery/DeliveryPanels.tsx';
import { ErrorSummary } from '../components/ErrorSummary.tsx';
import { LoadError } from '../components/LoadError.tsx';
import { Loading } from '../components/Loading.tsx';
import { Notice } from '../components/Notice.tsx';
import { PageHeading } from '../components/PageHeading.tsx';
import { CaseStatusTag, OverdueTag, PriorityTag } from '../components/StatusTag.tsx';
import { SummaryList } from '../components/SummaryList.tsx';
import { Timeline } from '../components/Timeline.tsx';
import { takeFlash } from '../hooks/flash.ts';
import { PublicationSection } from './publication/PublicationSection.tsx';
import { useResource } from '../hooks/useResource.ts';
import { useI18n } from '../i18n/I18nContext.tsx';

const oneClick: Record<OneClickAction, (id: string, version?: number) => Promise<unknown>> = { acknowledge, accept };

/** One case: what it is, who holds it and where each stands, what happened, and what I may do now. */
export function CasePage({ params }: PageProps) {
  const { t, locale, name, date } = useI18n();
  const id = params['id'] ?? '';
  const loaded = useResource(async () => {
    const [detail, events] = await Promise.all([getCase(id), getCaseEvents(id)]);
    return { detail, events: events.items, hasEarlier: events.hasEarlier };
  }, [id]);
  // Older pages of the timeline, fetched on request (the API answers the newest 200 events).
  const [earlier, setEarlier] = useState<{ items: EventView[]; hasEarlier: boolean } | null>(null);
  const [notice, setNotice] = useState<string | null>(takeFlash);
  const [failure, setFailure] = useState<{ error: ApiError; attempt: number } | null>(null);
  const [busy, setBusy] = useState(false);

  const act = async (assignment: AssignmentView, action: OneClickAction) => {
    if (busy) return;
    setBusy(true);
    try {
      await oneClick[action](assignment.id, assignment.version);
      setFailure(null);
      setNotice(t.case.done[action]);
      loaded.reload();
    } catch (error) {
      setNotice(null);
      setFailure((current) => ({ error: error as ApiError, attempt: (current?.attempt ?? 0) + 1 }));
      // Someone else changed it since this page was loaded: show their change under the message.
      if ((error as ApiError).code === 'stale_write') loaded.reload();
    } finally {
      setBusy(false);
    }
  };

  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { detail } = loaded.data;
  const events = [...(earlier?.items ?? []), ...loaded.data.events];
  const hasEarlier = earlier ? earlier.hasEarlier : loaded.data.hasEarlier;
  const showEarlier = async () => {
    try {
      const page = await getCaseEvents(id, events[0]?.id);
      setEarlier({ items: [...page.items, ...(earlier?.items ?? [])], hasEarlier: page.hasEarlier });
    } catch (error) {
      setFailure((current) => ({ error: error as ApiError, attempt: (current?.attempt ?? 0) + 1 }));
    }
  };
  const kase = detail.case;

  return (
    <>
      {failure && <ErrorSummary errors={[]} message={failure.error.text(locale)} attempt={failure.attempt} />}
      {notice && <Notice text={notice} />}
      <PageHeading title={kase.title} caption={`${kase.ref} · ${t.caseKind[kase.kind] ?? name(detail.kindName)}`} />
      <p class="tags tags--large">
        {kase.overdue && <OverdueTag />}
        <CaseStatusTag status={kase.status} />
        <PriorityTag priority={kase.priority} />
      </p>

      <CaseActions
        caseId={kase.id}
        caseKind={kase.kind}
        assignments={detail.assignments}
        caseActions={detail.allowedActions}
        onOneClick={act}
        busy={busy}
      />

      <SummaryList
        rows={[
          { key: t.case.ref, value: kase.ref },
          { key: t.case.kind, value: t.caseKind[kase.kind] ?? name(detail.kindName) },
          { key: t.case.status, value: t.caseStatus[kase.status] },
          { key: t.case.priority, value: t.priority[kase.priority] },
          { key: t.case.owner, value: name(kase.ownerUnit.name) },
          { key: t.case.due, value: kase.dueAt ? date(kase.dueAt) : t.case.noDue },
          { key: t.case.created, value: date(kase.createdAt) },
        ]}
      />

      <section aria-labelledby="details-title">
        <h2 class="heading-m" id="details-title">
          {t.case.details}
        </h2>
        <p class="body case-body">{kase.body.trim() || t.case.noBody}</p>
      </section>

      {kase.kind === 'complaint' && <ComplaintPanel caseId={kase.id} />}
      <DeliveryPanels detail={detail} onChanged={loaded.reload} />

      <section aria-labelledby="units-title">
        <h2 class="heading-m" id="units-title">
          {t.case.units}
        </h2>
        {detail.assignments.length === 0 ? (
          <p class="body">{t.case.noUnits}</p>
        ) : (
          <>
            <AcknowledgementSummary assignments={detail.assignments} />
            <AssignmentTree assignments={detail.assignments} />
          </>
        )}
      </section>

      <DeliverySection detail={detail} />
      <AreaTrendSection kase={kase} />
      <PublicationSection caseId={kase.id} kind={kase.kind} />

      <section aria-labelledby="timeline-title">
        <h2 class="heading-m" id="timeline-title">
          {t.case.timeline}
        </h2>
        {events.length === 0 ? (
          <p class="body">{t.case.noEvents}</p>
        ) : (
          <>
            <Timeline events={events} assignments={detail.assignments} attachments={detail.attachments} />
            {/* The timeline shows the newest first, so the earlier events come in below it, where the button is. */}
            {hasEarlier && (
              <button type="button" class="button button--secondary" onClick={() => void showEarlier()}>
                {t.case.earlierEvents}
              </button>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="attachments-title">
        <h2 class="heading-m" id="attachments-title">
          {t.case.attachments}
        </h2>
        {detail.attachments.length === 0 ? <p class="body">{t.case.noAttachments}</p> : <AttachmentList files={detail.attachments} />}
      </section>
    </>
  );
}
