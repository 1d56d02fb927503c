import { getDelivery, stocktakeUrl } from '../../api/reportEndpoints.ts';
import { isDeliveryKind } from '../../../shared/caseKinds.ts';
import type { CaseDetail } from '../../../shared/api/cases.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import '../../styles/reports.css';
import { LoadError } from '../LoadError.tsx';
import { Loading } from '../Loading.tsx';
import { SummaryList } from '../SummaryList.tsx';
import { IndicatorView } from './IndicatorView.tsx';
import { ConfidenceTag, RagTag } from './RatingTags.tsx';
import { NoteCard, ReportCard } from './ReportCard.tsx';
import { BudgetSection } from '../budget/BudgetSection.tsx';

/**
 * The case page's delivery section: where delivery stands, what my unit may
 * report, the indicators with their charts and roll-ups, the latest reports,
 * stocktake downloads and decisions.
 */
export function DeliverySection({ detail }: { detail: CaseDetail }) {
  const { t, date } = useI18n();
  const words = t.reports.section;
  const more = t.deliveryWords;
  const caseId = detail.case.id;
  const loaded = useResource(() => getDelivery(caseId), [caseId]);
  if (detail.assignments.length === 0 || detail.case.kind === 'complaint') return null;
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const picture = loaded.data;
  const { summary } = picture;
  const mine = detail.assignments.filter((a) => a.allowedActions.includes('progress'));
  const ownerSide = detail.allowedActions.includes('assign');
  // Cycle reports and progress notes are both what units reported: newest first, ten in all.
  const latest = [
    ...picture.reports.map((report) => ({ kind: 'report' as const, at: report.createdAt, report })),
    ...picture.notes.map((note) => ({ kind: 'note' as const, at: note.createdAt, note })),
  ]
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, 10);

  return (
    <section aria-labelledby="delivery-title">
      <h2 class="heading-m" id="delivery-title">
        {words.title}
      </h2>
      <SummaryList
        rows={[
          { key: words.rag, value: <RagTag rag={summary.rag} /> },
          { key: words.confidence, value: <ConfidenceTag confidence={summary.confidence} /> },
          {
            key: words.reach,
            value: `${t.reports.overview.reachOf(summary.acknowledged, summary.assigned)}${summary.reachPercent === null ? '' : ` (${summary.reachPercent}%)`}`,
          },
          { key: more.reported, value: more.reportedOf(summary.reported, summary.assigned) },
          { key: words.stale, value: String(summary.stale) },
          { key: words.help, value: String(summary.helpNeeded) },
        ]}
      />
      <p class="body hint-inline">{words.cycle(picture.cycleMonths)}</p>
      {mine.length > 0 && <p class="body">{more.reportHere}</p>}
      <ul class="link-list">
        {mine.length > 0 && picture.indicators.length > 0 && (
          <li>
            <a href={`/assignments/${mine[0]!.id}/measurement?case=${caseId}`}>{words.measure}</a>
          </li>
        )}
        {picture.indicators.length > 0 && (mine.length > 0 || ownerSide) && (
          <li>
            <a href={`/cases/${caseId}/import`}>{words.import}</a>
          </li>
        )}
        <li>
          <a href={stocktakeUrl([caseId], 'pdf')} download>
            {words.stocktakePdf}
          </a>
        </li>
        <li>
          <a href={stocktakeUrl([caseId], 'xlsx')} download>
            {words.stocktakeXlsx}
          </a>
        </li>
        {ownerSide && (
          <li>
            <a href={`/cases/${caseId}/decision`}>{words.decide}</a>
          </li>
        )}
      </ul>

      <h3 class="heading-s">{words.indicators}</h3>
      {picture.indicators.length === 0 ? (
        <p class="body">{words.noIndicators}</p>
      ) : (
        picture.indicators.map((indicator) => <IndicatorView key={indicator.indicator.id} picture={indicator} />)
      )}
      {isDeliveryKind(detail.case.kind) && <BudgetSection caseId={caseId} />}

      <h3 class="heading-s">{words.reports}</h3>
      {latest.length === 0 ? (
        <p class="body">{words.noReports}</p>
      ) : (
        latest.map((item) =>
          item.kind === 'report' ? (
            <ReportCard key={item.report.id} report={item.report} />
          ) : (
            <NoteCard key={item.note.eventId} note={item.note} />
          ),
        )
      )}

      <h3 class="heading-s">{words.decisions}</h3>
      {picture.decisions.length === 0 ? (
        <p class="body">{words.noDecisions}</p>
      ) : (
        <ol class="body">
          {picture.decisions.map((decision) => (
            <li key={decision.id}>
              {decision.text} <span class="hint-inline">({date(decision.createdAt)})</span>
              {decision.followUp && (
                <>
                  {' · '}
                  <a href={`/cases/${decision.followUp.id}`}>{words.followUp(decision.followUp.ref)}</a>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
