import { Fragment } from 'preact';
import type { DeliveryPictureView, ReportView } from '../../../shared/api/reports.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';
import { formatPeriod } from '../../../shared/periods.ts';
import { Tag } from '../StatusTag.tsx';
import { ConfidenceTag, RagTag } from './RatingTags.tsx';

/** One unit's progress report: its ratings, the five answers and its blockers. */
export function ReportCard({ report }: { report: ReportView }) {
  const { t, locale, name, date } = useI18n();
  const q = t.reports.questions;
  const answers = [
    [q.aim, report.aim],
    [q.approach, report.approach],
    [q.workingEvidence, report.workingEvidence],
    [q.changes, report.changes],
    [q.centreHelp, report.centreHelp],
    [t.reports.form.blockers, report.blockers],
  ].filter(([, answer]) => answer && answer.trim() !== '');
  return (
    <article class={`report-card${report.helpNeeded ? ' report-card--help' : ''}`}>
      <h4 class="heading-s">{t.reports.section.reportHeading(name(report.unit.name), formatPeriod(report.period, locale))}</h4>
      <p class="tags">
        <RagTag rag={report.rag} />
        <ConfidenceTag confidence={report.confidence} />
        {report.helpNeeded && <Tag tone="red">{t.reports.section.helpNeeded}</Tag>}
        <span class="hint-inline">{date(report.createdAt)}</span>
      </p>
      <dl>
        {answers.map(([question, answer]) => (
          <Fragment key={question}>
            <dt>{question}</dt>
            <dd>{answer}</dd>
          </Fragment>
        ))}
      </dl>
    </article>
  );
}

/** A unit's progress note: free text it sent instead of (or between) cycle reports, shown beside them. */
export function NoteCard({ note }: { note: DeliveryPictureView['notes'][number] }) {
  const { t, name, date } = useI18n();
  return (
    <article class="report-card">
      <h4 class="heading-s">{t.deliveryWords.noteHeading(name(note.unit.name))}</h4>
      <p class="tags">
        <span class="hint-inline">{date(note.createdAt)}</span>
      </p>
      <p class="body">{note.note}</p>
    </article>
  );
}
