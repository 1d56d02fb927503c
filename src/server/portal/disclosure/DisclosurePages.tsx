import type {
  DisclosedRequest,
  DisclosureAgency,
  DisclosureGround,
  DisclosureIndex,
} from '../../../commands/infoRequests/readDisclosureLog.ts';
import type { DisclosedRequestRow } from '../../../commands/infoRequests/readDisclosureLog.ts';
import { formatDate } from '../../../shared/buddhistEra.ts';
import {
  documentDisclosureNames,
  infoRequestFormNames,
  infoRequestStateNames,
  type InfoRequestForm,
} from '../../../shared/infoRequests.ts';
import { PeriodChooser } from '../AreaPage.tsx';
import { FigureTable } from '../FigureTable.tsx';
import type { PortalLocale } from '../portalLocale.ts';

/**
 * The disclosure log (issue #16): requests for official information and their answers as the
 * agency published them. Only what was stored as published is shown (redacted title, body and
 * answers), never the requester's name or contact; documents only once a person approved them.
 */

const stateName = (l: PortalLocale, state: string) => {
  const words = infoRequestStateNames[state as keyof typeof infoRequestStateNames];
  return words ? l.t(words.th, words.en) : state;
};

const groundName = (l: PortalLocale, grounds: readonly DisclosureGround[], code: string) => {
  const ground = grounds.find((g) => g.code === code);
  if (!ground) return code;
  const section = ground.item
    ? l.t(`มาตรา ${ground.section} (${ground.item})`, `Section ${ground.section}(${ground.item})`)
    : l.t(`มาตรา ${ground.section}`, `Section ${ground.section}`);
  return `${section}: ${l.t(ground.nameTh, ground.nameEn)}`;
};

function RequestList({ l, requests, empty }: { l: PortalLocale; requests: readonly DisclosedRequestRow[]; empty: string }) {
  if (requests.length === 0) return <p class="body">{empty}</p>;
  return (
    <ul class="portal-list">
      {requests.map((request) => (
        <li key={request.case_id}>
          <a class="heading-s" href={l.href(`/portal/information/requests/${request.ref}`)}>
            {request.published_title}
          </a>
          <p class="caption">
            {request.ref} · {l.name(request.agency_name_th, request.agency_name_en)} · {stateName(l, request.displayState)} ·{' '}
            {l.t('ยื่นเมื่อ ', 'filed ')}
            {formatDate(request.received_at, l.lang)}
          </p>
        </li>
      ))}
    </ul>
  );
}

function SearchForm({ l, query }: { l: PortalLocale; query: string | null }) {
  return (
    <form method="get" action="/portal/information" class="portal-track-form portal-search-form" role="search">
      {l.lang === 'en' && <input type="hidden" name="lang" value="en" />}
      <label for="disclosure-q" class="heading-s">
        {l.t('ค้นหาคำขอและคำตอบที่เผยแพร่', 'Search published requests and answers')}
      </label>
      <input id="disclosure-q" name="q" type="search" value={query ?? ''} maxLength={200} />
      <button type="submit" class="portal-button">
        {l.t('ค้นหา', 'Search')}
      </button>
    </form>
  );
}

export function DisclosureIndexPage({ l, index }: { l: PortalLocale; index: DisclosureIndex }) {
  return (
    <>
      <p class="body">
        {l.t(
          'คำขอข้อมูลข่าวสารตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 และคำตอบของหน่วยงาน ที่ผู้ขอยินยอมให้เผยแพร่ โดยไม่มีชื่อหรือช่องทางติดต่อของผู้ขอ',
          'Requests under the Official Information Act B.E. 2540 and the agencies’ answers, published with the requester’s consent and without their name or contact.',
        )}
      </p>
      <SearchForm l={l} query={index.query} />
      <section aria-labelledby="requests">
        <h2 class="heading-m" id="requests">
          {index.query
            ? l.t(`ผลการค้นหา “${index.query}”`, `Results for “${index.query}”`)
            : l.t('คำขอที่เผยแพร่ล่าสุด', 'Latest published requests')}
        </h2>
        <RequestList
          l={l}
          requests={index.requests}
          empty={
            index.query
              ? l.t('ไม่พบคำขอที่ตรงกับคำค้น ลองใช้คำอื่น', 'No published request matches. Try other words.')
              : l.t('ยังไม่มีคำขอที่เผยแพร่', 'No request has been published yet.')
          }
        />
      </section>
      <section aria-labelledby="agencies">
        <h2 class="heading-m" id="agencies">
          {l.t('หน่วยงาน', 'Agencies')}
        </h2>
        <FigureTable
          caption={l.t('หน่วยงานที่มีคำขอเผยแพร่', 'Agencies with published requests')}
          columns={[l.t('หน่วยงาน', 'Agency'), l.t('เผยแพร่', 'Published'), l.t('ได้รับทั้งหมด', 'Received')]}
          rows={index.agencies.map((agency) => ({
            key: agency.code,
            head: <a href={l.href(`/portal/information/agencies/${agency.code}`)}>{l.name(agency.name_th, agency.name_en)}</a>,
            cells: [l.number(agency.published), l.number(agency.received)],
          }))}
        />
      </section>
    </>
  );
}

export function DisclosureAgencyPage({ l, page, path, now }: { l: PortalLocale; page: DisclosureAgency; path: string; now: Date }) {
  const { statistics: s, grounds } = page;
  const outcomes = Object.entries(s.outcomes).sort((a, b) => b[1] - a[1]);
  const used = Object.entries(s.grounds).sort((a, b) => b[1] - a[1]);
  return (
    <>
      <PeriodChooser l={l} path={path} fiscalYear={page.fiscalYear} now={now} />
      <section aria-labelledby="figures">
        <h2 class="heading-m" id="figures">
          {l.t(`คำขอที่ได้รับ ปีงบประมาณ ${page.fiscalYear}`, `Requests received, fiscal year ${page.fiscalYear} BE`)}
        </h2>
        <dl class="portal-figures">
          <div>
            <dt>{l.t('ได้รับ', 'Received')}</dt>
            <dd>{l.number(s.received)}</dd>
          </div>
          <div>
            <dt>{l.t('ตอบแล้ว', 'Answered')}</dt>
            <dd>{l.number(s.answered)}</dd>
          </div>
          <div>
            <dt>{l.t('ตอบภายในกำหนด', 'Answered on time')}</dt>
            <dd>
              {l.number(s.answered_on_time)} ({l.percent(s.onTimeShare)})
            </dd>
          </div>
        </dl>
        <FigureTable
          caption={l.t('ผลการตอบ', 'Outcomes')}
          columns={[l.t('ผลการตอบ', 'Outcome'), l.t('คำขอ', 'Requests')]}
          rows={outcomes.map(([outcome, n]) => ({ key: outcome, head: stateName(l, outcome), cells: [l.number(n)] }))}
        />
        <h3 class="heading-s">{l.t('เหตุที่ไม่เปิดเผย', 'Grounds for withholding')}</h3>
        {used.length === 0 ? (
          <p class="body">{l.t('ไม่มีการอ้างเหตุไม่เปิดเผยในปีนี้', 'No ground for withholding was cited this year.')}</p>
        ) : (
          <FigureTable
            caption={l.t('เหตุที่ไม่เปิดเผยและจำนวนคำขอที่อ้าง', 'Grounds cited and the requests citing them')}
            columns={[l.t('เหตุ', 'Ground'), l.t('คำขอ', 'Requests')]}
            rows={used.map(([code, n]) => ({ key: code, head: groundName(l, grounds, code), cells: [l.number(n)] }))}
          />
        )}
      </section>
      <section aria-labelledby="published">
        <h2 class="heading-m" id="published">
          {l.t('คำขอที่เผยแพร่', 'Published requests')}
        </h2>
        <RequestList l={l} requests={page.requests} empty={l.t('หน่วยงานนี้ยังไม่มีคำขอที่เผยแพร่', 'This agency has no published request yet.')} />
      </section>
    </>
  );
}

const baht = (l: PortalLocale, value: number) => `${l.number(value)} ${l.t('บาท', 'baht')}`;

export function DisclosedRequestPage({ l, page }: { l: PortalLocale; page: DisclosedRequest }) {
  const { request, answers, documents, grounds } = page;
  const form = infoRequestFormNames[request.form_wanted as InfoRequestForm];
  return (
    <>
      <dl class="portal-summary">
        <div>
          <dt>{l.t('เลขที่คำขอ', 'Reference')}</dt>
          <dd>{request.ref}</dd>
        </div>
        <div>
          <dt>{l.t('หน่วยงาน', 'Agency')}</dt>
          <dd>
            <a href={l.href(`/portal/information/agencies/${request.agency_code}`)}>
              {l.name(request.agency_name_th, request.agency_name_en)}
            </a>
          </dd>
        </div>
        <div>
          <dt>{l.t('สถานะ', 'Status')}</dt>
          <dd>{stateName(l, request.displayState)}</dd>
        </div>
        <div>
          <dt>{l.t('ยื่นเมื่อ', 'Filed')}</dt>
          <dd>{formatDate(request.received_at, l.lang)}</dd>
        </div>
        {request.due_at && (
          <div>
            <dt>{l.t('กำหนดตอบ', 'Answer due')}</dt>
            <dd>{formatDate(request.due_at, l.lang)}</dd>
          </div>
        )}
        {request.answered_at && (
          <div>
            <dt>{l.t('ตอบเมื่อ', 'Answered')}</dt>
            <dd>{formatDate(request.answered_at, l.lang)}</dd>
          </div>
        )}
        {form && (
          <div>
            <dt>{l.t('รูปแบบที่ขอ', 'Form asked for')}</dt>
            <dd>{l.t(form.th, form.en)}</dd>
          </div>
        )}
      </dl>
      <h2 class="heading-m">{l.t('ข้อมูลที่ขอ', 'Information asked for')}</h2>
      <p class="body portal-prose">{request.published_body}</p>
      <h2 class="heading-m">{l.t('คำตอบของหน่วยงาน', 'The agency’s answer')}</h2>
      {answers.length === 0 && <p class="body">{l.t('ยังไม่มีคำตอบที่เผยแพร่', 'No answer has been published yet.')}</p>}
      {answers.map((answer) => (
        <article key={answer.id} class="portal-story">
          <p class="caption">
            {stateName(l, answer.outcome)} · {formatDate(answer.created_at, l.lang)}
            {answer.fee_baht > 0 ? ` · ${l.t('ค่าธรรมเนียม', 'Fee')} ${baht(l, answer.fee_baht)}` : ''}
          </p>
          <p class="body portal-prose">{answer.published_message}</p>
          {answer.ground_codes.length > 0 && (
            <ul class="body">
              {answer.ground_codes.map((code) => (
                <li key={code}>{groundName(l, grounds, code)}</li>
              ))}
            </ul>
          )}
        </article>
      ))}
      <h2 class="heading-m">{l.t('เอกสาร', 'Documents')}</h2>
      {documents.length === 0 ? (
        <p class="body">{l.t('ยังไม่มีเอกสารที่ผ่านการตรวจและเผยแพร่', 'No document has been reviewed and published yet.')}</p>
      ) : (
        <ul class="portal-list">
          {documents.map((doc) => (
            <li key={doc.id}>
              {doc.disclosure === 'withheld' ? (
                <span class="heading-s">{doc.title}</span>
              ) : (
                <a class="heading-s" href={l.href(`/portal/information/documents/${doc.id}`)} download>
                  {doc.title}
                </a>
              )}
              <p class="caption">
                {l.t(documentDisclosureNames[doc.disclosure].th, documentDisclosureNames[doc.disclosure].en)}
                {doc.size_bytes ? ` · ${l.number(Math.max(1, Math.round(doc.size_bytes / 1024)))} KB` : ''}
              </p>
              {doc.ground_codes.length > 0 && (
                <p class="caption">{doc.ground_codes.map((code) => groundName(l, grounds, code)).join('; ')}</p>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
