import type { TrackedComplaint } from '../../commands/complaints/trackComplaint.ts';
import { citizenStatusNames } from '../../domain/complaints/citizenMessages.ts';
import { formatDate, formatDateTime } from '../../shared/buddhistEra.ts';

/**
 * The tracking page for a browser without JavaScript (or before the app has loaded on a slow
 * phone): the status, the office and the citizen's timeline, in Thai then English. It sits in
 * a `<noscript>` inside the app's root, so a browser running the app never shows it twice.
 */
export function TrackedComplaintView({ tracked }: { tracked: TrackedComplaint }) {
  const status = citizenStatusNames[tracked.status];
  return (
    <main class="portal-width portal-main" id="main">
      <h1 class="heading-xl">
        ติดตามเรื่องร้องเรียน <span lang="en">/ Track a complaint</span>
      </h1>
      <p class="caption">
        รหัสติดตาม <span lang="en">Tracking code</span>: <strong>{tracked.trackingCode}</strong>
      </p>
      <dl class="portal-summary">
        <div>
          <dt>
            สถานะ <span lang="en">/ Status</span>
          </dt>
          <dd>
            <strong>{status.th}</strong> <span lang="en">/ {status.en}</span>
          </dd>
        </div>
        <div>
          <dt>
            เรื่อง <span lang="en">/ Subject</span>
          </dt>
          <dd>{tracked.title}</dd>
        </div>
        <div>
          <dt>
            ประเภท <span lang="en">/ Category</span>
          </dt>
          <dd>
            {tracked.category.th} <span lang="en">/ {tracked.category.en}</span>
          </dd>
        </div>
        <div>
          <dt>
            หน่วยงานที่รับผิดชอบ <span lang="en">/ Office handling it</span>
          </dt>
          <dd>{tracked.unit ? `${tracked.unit.th} / ${tracked.unit.en}` : 'กำลังส่งต่อ / Being routed'}</dd>
        </div>
        <div>
          <dt>
            วันที่แจ้ง <span lang="en">/ Received</span>
          </dt>
          <dd>{formatDate(tracked.receivedAt, 'th')}</dd>
        </div>
      </dl>
      {tracked.replies.length > 0 && (
        <>
          <h2 class="heading-m">
            ข้อความจากหน่วยงาน <span lang="en">/ Messages from the office</span>
          </h2>
          {tracked.replies.map((reply, index) => (
            <div key={index}>
              <p class="body">{reply.message}</p>
              <p class="caption">{formatDateTime(reply.at, 'th')}</p>
            </div>
          ))}
        </>
      )}
      <h2 class="heading-m">
        ความคืบหน้า <span lang="en">/ Progress</span>
      </h2>
      <ol class="portal-timeline">
        {tracked.steps.map((step, index) => (
          <li key={index}>
            <strong>{citizenStatusNames[step.status].th}</strong> <span lang="en">/ {citizenStatusNames[step.status].en}</span>
            <br />
            <span class="caption">{formatDateTime(step.at, 'th')}</span>
            {step.message && <p class="body">{step.message}</p>}
          </li>
        ))}
      </ol>
      <p class="body">
        <a href="/track">ติดตามเรื่องอื่น / Track another complaint</a>
      </p>
    </main>
  );
}

/** Code entry for a browser without JavaScript: a plain GET form that the server answers with a redirect. */
export function TrackForm({ notFoundCode }: { notFoundCode?: string }) {
  return (
    <main class="portal-width portal-main" id="main">
      <h1 class="heading-xl">
        ติดตามเรื่องร้องเรียน <span lang="en">/ Track a complaint</span>
      </h1>
      {notFoundCode !== undefined && (
        <div class="portal-error" role="alert">
          <h2 class="heading-m">
            ไม่พบรหัสติดตามนี้ <span lang="en">/ We could not find this tracking code</span>
          </h2>
          <p class="body">
            โปรดตรวจสอบรหัสจากข้อความยืนยันที่ได้รับเมื่อแจ้งเรื่อง (ตัวอักษรและตัวเลข 12 ตัว) แล้วลองอีกครั้ง หรือโทร 1111
            <br />
            <span lang="en">
              Check the code in the confirmation you received when you filed the complaint (12 letters and digits) and try again, or call
              1111.
            </span>
          </p>
        </div>
      )}
      <form method="get" action="/track" class="portal-track-form">
        <label for="track-code" class="heading-s">
          รหัสติดตาม <span lang="en">/ Tracking code</span>
        </label>
        <input id="track-code" name="code" type="text" autocomplete="off" spellcheck={false} value={notFoundCode ?? ''} required />
        <button type="submit" class="portal-button">
          ติดตาม <span lang="en">/ Track</span>
        </button>
      </form>
      <p class="body">
        <a href="/complain">แจ้งเรื่องร้องเรียนใหม่ / Make a new complaint</a> · <a href="/portal">ข้อมูลสาธารณะ / Open government</a>
      </p>
    </main>
  );
}
