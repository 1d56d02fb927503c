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
import { ReportCard } from './ReportCard.tsx';
import { BudgetSection } from '../budget/BudgetSection.tsx';

/**
 * The case page's delivery section: where delivery stands, what my unit may
 * report, the indicators with their charts and roll-ups, the latest reports,
 * stocktake downloads and decisions.
 */
export function DeliverySection({ detail }: { detail: CaseDetail }) {
  const { t, name, date } = useI18n();
  const words = t.reports.section;
  const caseId = detail.case.id;
  const loaded = useResource(() => getDelivery(caseId), [caseId]);
  if (detail.assignments.length === 0 || detail.case.kind === 'complaint') return null;
  if (loaded.error) return <LoadError error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const picture = loaded.data;
  const { summary } = picture;
  const mine = detail.assignments.filter((a) => a.allowedActions.includes('progress'));
  const ownerSide = detail.allowedActions.includes('assign');

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
          { key: words.stale, value: String(summary.stale) },
          { key: words.help, value: String(summary.helpNeeded) },
        ]}
      />
      <p class="body hint-inline">{words.cycle(picture.cycleMonths)}</p>
      <ul class="link-list">
        {mine.map((assignment) => (
          <li key={`report-${assignment.id}`}>
            <a class="button button--secondary" href={`/assignments/${assignment.id}/report?case=${caseId}`}>
              {mine.length > 1 ? words.fileReportFor(name(assignment.unit.name)) : words.fileReport}
            </a>
          </li>
        ))}
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
      {picture.reports.length === 0 ? (
        <p class="body">{words.noReports}</p>
      ) : (
        picture.reports.slice(0, 10).map((report) => <ReportCard key={report.id} report={report} />)
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
