import type { PortalPolicy } from '../../commands/publication/readPortalPolicies.ts';
import type { PublishedCaseRow } from '../../db/queries/publicationQueries.ts';
import { formatDate } from '../../shared/buddhistEra.ts';
import { formatPeriod } from '../../shared/periods.ts';
import type { PortalLocale } from './portalLocale.ts';
import { FigureTable } from './FigureTable.tsx';

const KIND_NAMES: Record<string, { th: string; en: string }> = {
  policy: { th: 'นโยบาย', en: 'Policy' },
  directive: { th: 'ข้อสั่งการ', en: 'Directive' },
};
const kindName = (l: PortalLocale, kind: string) => l.name(KIND_NAMES[kind]?.th ?? kind, KIND_NAMES[kind]?.en ?? kind);

const RAG_NAMES = {
  green: { th: 'เป็นไปตามแผน', en: 'On track' },
  amber: { th: 'ล่าช้าเล็กน้อย', en: 'Slightly behind' },
  red: { th: 'ล่าช้ากว่าแผน', en: 'Behind plan' },
} as const;

/** Baht from satang, whole baht (a public summary, not an account). */
const baht = (l: PortalLocale, satang: number) => `${l.number(Math.round(satang / 100))} ${l.t('บาท', 'baht')}`;

export function PolicyIndexPage({ l, cases }: { l: PortalLocale; cases: readonly PublishedCaseRow[] }) {
  if (cases.length === 0) {
    return <p class="body">{l.t('ยังไม่มีนโยบายหรือข้อสั่งการที่เผยแพร่', 'No policy or directive has been published yet.')}</p>;
  }
  return (
    <ul class="portal-list">
      {cases.map((kase) => (
        <li key={kase.id}>
          <a class="heading-s" href={l.href(`/portal/policies/${kase.id}`)}>
            {kase.title}
          </a>
          <p class="caption">
            {kindName(l, kase.kind)} · {kase.ref} · {l.name(kase.owner_unit_name_th, kase.owner_unit_name_en)} ·{' '}
            {l.t('เผยแพร่ ', 'published ')}
            {formatDate(kase.published_at, l.lang)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function Progress({ l, share, label }: { l: PortalLocale; share: number; label: string }) {
  return (
    <div class="portal-progress" role="img" aria-label={`${label}: ${l.percent(share)}`}>
      <div class="portal-progress__bar" style={{ width: `${(share * 100).toFixed(1)}%` }} />
    </div>
  );
}

/** One published policy or directive: its goal, indicators against trajectory, reach and budget. */
export function PolicyPage({ l, policy }: { l: PortalLocale; policy: PortalPolicy }) {
  const { kase, indicators, reach, budget } = policy;
  const reachShare = reach.assigned > 0 ? reach.acknowledged / reach.assigned : null;
  return (
    <>
      <p class="caption">
        {kindName(l, kase.kind)} · {kase.ref} · {l.name(kase.owner_unit_name_th, kase.owner_unit_name_en)}
        {kase.due_at && ` · ${l.t('กำหนดเสร็จ ', 'due ')}${formatDate(kase.due_at, l.lang)}`}
      </p>
      <section aria-labelledby="goal">
        <h2 class="heading-m" id="goal">
          {l.t('เป้าหมาย', 'Goal')}
        </h2>
        <p class="body portal-prose">{kase.body.trim() || l.t('ไม่มีรายละเอียด', 'No description.')}</p>
      </section>

      <section aria-labelledby="indicators">
        <h2 class="heading-m" id="indicators">
          {l.t('ตัวชี้วัดเทียบกับแผน', 'Indicators against plan')}
        </h2>
        {indicators.length === 0 ? (
          <p class="body">{l.t('ยังไม่มีตัวชี้วัด', 'No indicators yet.')}</p>
        ) : (
          indicators.map((indicator, index) => (
            <div class="portal-indicator" key={index}>
              <h3 class="heading-s">{l.name(indicator.nameTh, indicator.nameEn)}</h3>
              <p class="body">
                {l.t('ฐาน ', 'Baseline ')}
                {l.number(indicator.baseline)} → {l.t('เป้าหมาย ', 'target ')}
                {l.number(indicator.target)} {indicator.unitOfMeasure}
                {indicator.period && (
                  <>
                    {' · '}
                    {l.t('ล่าสุด ', 'latest ')}({formatPeriod(indicator.period, l.lang)}):{' '}
                    <strong>{indicator.actual === null ? '–' : l.number(indicator.actual)}</strong>
                    {indicator.planned !== null && ` (${l.t('แผน', 'plan')} ${l.number(indicator.planned)})`}
                  </>
                )}
                {indicator.rag && (
                  <span class={`portal-tag portal-tag--${indicator.rag}`}>
                    {l.name(RAG_NAMES[indicator.rag].th, RAG_NAMES[indicator.rag].en)}
                  </span>
                )}
              </p>
              {indicator.progress !== null && (
                <Progress l={l} share={indicator.progress} label={l.t('ความคืบหน้าสู่เป้าหมาย', 'Progress to target')} />
              )}
              {indicator.series.length > 0 && (
                <FigureTable
                  caption={l.name(indicator.nameTh, indicator.nameEn)}
                  columns={[l.t('งวด', 'Period'), l.t('ผลจริง', 'Actual'), l.t('ตามแผน', 'Planned')]}
                  rows={indicator.series.map((point) => ({
                    key: point.period,
                    head: formatPeriod(point.period, l.lang),
                    cells: [point.actual === null ? '–' : l.number(point.actual), point.planned === null ? '–' : l.number(point.planned)],
                  }))}
                />
              )}
            </div>
          ))
        )}
      </section>

      <section aria-labelledby="reach">
        <h2 class="heading-m" id="reach">
          {l.t('การรับทราบของหน่วยงาน', 'Acknowledgement by units')}
        </h2>
        <p class="body">
          {l.t(
            `รับทราบแล้ว ${l.number(reach.acknowledged)} จาก ${l.number(reach.assigned)} หน่วยงาน`,
            `${l.number(reach.acknowledged)} of ${l.number(reach.assigned)} units have acknowledged it`,
          )}
          {reachShare !== null && ` (${l.percent(reachShare)})`}
        </p>
        {reachShare !== null && <Progress l={l} share={reachShare} label={l.t('การรับทราบ', 'Acknowledged')} />}
      </section>

      <section aria-labelledby="budget">
        <h2 class="heading-m" id="budget">
          {l.t('งบประมาณ', 'Budget')}
        </h2>
        {budget.length === 0 ? (
          <p class="body">{l.t('ยังไม่มีข้อมูลงบประมาณ', 'No budget has been reported yet.')}</p>
        ) : (
          <FigureTable
            caption={l.t('งบประมาณตามปีงบประมาณ', 'Budget by fiscal year')}
            columns={[l.t('ปีงบประมาณ', 'Fiscal year'), l.t('จัดสรร', 'Allocated'), l.t('ก่อหนี้ผูกพัน', 'Committed'), l.t('เบิกจ่าย', 'Disbursed')]}
            rows={budget.map((year) => ({
              key: String(year.fiscalYear),
              head: String(year.fiscalYear),
              cells: [baht(l, year.allocated), baht(l, year.committed), baht(l, year.disbursed)],
            }))}
          />
        )}
      </section>
    </>
  );
}
