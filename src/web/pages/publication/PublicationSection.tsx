import { useState } from 'preact/hooks';
import type { ApiError } from '../../api/client.ts';
import {
  getCasePublication,
  getComplaintStory,
  publishCase,
  publishComplaintStory,
  withdrawCase,
  withdrawComplaintStory,
} from '../../api/publication.ts';
import type { ComplaintStoryDraft } from '../../../shared/api/publication.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField } from '../../components/SelectField.tsx';
import { TextArea } from '../../components/TextArea.tsx';
import { apiFieldErrors, type FormError } from '../../forms/formErrors.ts';
import { useResource } from '../../hooks/useResource.ts';
import { useI18n } from '../../i18n/I18nContext.tsx';

const words = {
  title: { th: 'เผยแพร่บนเว็บไซต์สาธารณะ', en: 'Publish on the public portal' },
  casePublished: { th: 'เผยแพร่อยู่บนเว็บไซต์สาธารณะ ตั้งแต่', en: 'On the public portal since' },
  caseNotPublished: {
    th: 'ยังไม่เผยแพร่ ประชาชนจะเห็นเป้าหมาย ตัวชี้วัด การรับทราบ และงบประมาณ เมื่อเผยแพร่แล้ว',
    en: 'Not published. Once published, the public sees its goal, indicators, acknowledgement and budget.',
  },
  publish: { th: 'เผยแพร่', en: 'Publish' },
  withdraw: { th: 'ถอนการเผยแพร่', en: 'Withdraw' },
  view: { th: 'ดูหน้าสาธารณะ', en: 'View the public page' },
  notAllowed: { th: 'ผู้ประสานงานของหน่วยงานเจ้าของเรื่องเป็นผู้เผยแพร่', en: 'The owning unit’s coordinators publish it.' },
  storyIntro: {
    th: 'เล่าเรื่องที่แก้ไขเสร็จแล้วให้ประชาชนเห็น ระบบไม่แสดงชื่อ ช่องทางติดต่อ พิกัด หรือรหัสติดตามของผู้ร้อง',
    en: 'Tell the public about this resolved complaint. The complainant’s name, contact, exact place and tracking code are never shown.',
  },
  notResolved: { th: 'เผยแพร่ได้เมื่อแก้ไขเสร็จแล้ว', en: 'It can be published once resolved.' },
  storyPublished: { th: 'เผยแพร่แล้ว ตั้งแต่', en: 'Published since' },
  publicText: { th: 'ข้อความสาธารณะ', en: 'Public text' },
  publicTextHint: {
    th: 'ตั้งต้นจากคำร้องที่ปิดข้อมูลส่วนบุคคลแล้ว ตรวจสอบอีกครั้งก่อนเผยแพร่',
    en: 'Starts from the complaint with personal data masked. Check it again before publishing.',
  },
  publicReply: { th: 'คำตอบของหน่วยงาน', en: 'The unit’s public reply' },
  place: { th: 'สถานที่โดยประมาณ', en: 'Approximate place' },
  noPlace: { th: 'ไม่ระบุ', en: 'Not shown' },
  before: { th: 'ภาพก่อนแก้ไข', en: 'Before photo' },
  after: { th: 'ภาพหลังแก้ไข', en: 'After photo' },
  noPhoto: { th: 'ไม่มี', en: 'None' },
  save: { th: 'เผยแพร่เรื่องนี้', en: 'Publish this story' },
};

type Words = typeof words;

function CasePublicationPanel({ caseId, w }: { caseId: string; w: (key: keyof Words) => string }) {
  const { locale, date } = useI18n();
  const loaded = useResource(() => getCasePublication(caseId), [caseId]);
  const [failure, setFailure] = useState<{ error: ApiError; attempt: number } | null>(null);
  if (!loaded.data) return null;
  const { publishedAt, canPublish } = loaded.data;
  const change = async (publish: boolean) => {
    try {
      await (publish ? publishCase(caseId) : withdrawCase(caseId));
      setFailure(null);
      loaded.reload();
    } catch (error) {
      setFailure((current) => ({ error: error as ApiError, attempt: (current?.attempt ?? 0) + 1 }));
    }
  };
  const portalHref = `/portal/policies/${caseId}${locale === 'en' ? '?lang=en' : ''}`;
  return (
    <>
      {failure && <ErrorSummary errors={[]} message={failure.error.text(locale)} attempt={failure.attempt} />}
      <p class="body">
        {publishedAt ? `${w('casePublished')} ${date(publishedAt)}` : w('caseNotPublished')}
        {publishedAt && (
          <>
            {' · '}
            <a href={portalHref}>{w('view')}</a>
          </>
        )}
      </p>
      {canPublish ? (
        <button type="button" class={publishedAt ? 'button button--secondary' : 'button'} onClick={() => change(!publishedAt)}>
          {publishedAt ? w('withdraw') : w('publish')}
        </button>
      ) : (
        <p class="caption">{w('notAllowed')}</p>
      )}
    </>
  );
}

function StoryForm({ draft, onSaved, w }: { draft: ComplaintStoryDraft; onSaved: () => void; w: (key: keyof Words) => string }) {
  const { locale, date } = useI18n();
  const story = draft.story;
  const [text, setText] = useState(story?.publicText ?? draft.suggestedText);
  const [reply, setReply] = useState(story?.publicReply ?? '');
  const [place, setPlace] = useState(story?.placeAreaCode ?? draft.places[0]?.code ?? '');
  const [before, setBefore] = useState(story?.beforeAttachmentId ?? '');
  const [after, setAfter] = useState(story?.afterAttachmentId ?? '');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [failure, setFailure] = useState<{ message: string; attempt: number } | null>(null);
  const fieldFor = (path: string) =>
    ({
      publicText: 'story-text',
      publicReply: 'story-reply',
      placeAreaCode: 'story-place',
      beforeAttachmentId: 'story-before',
      afterAttachmentId: 'story-after',
    })[path];
  const fail = (error: ApiError) => {
    setErrors(apiFieldErrors(error, locale, fieldFor));
    setFailure((current) => ({ message: error.text(locale), attempt: (current?.attempt ?? 0) + 1 }));
  };
  const save = async (event: Event) => {
    event.preventDefault();
    try {
      await publishComplaintStory(draft.caseId, {
        publicText: text,
        publicReply: reply,
        placeAreaCode: place || null,
        beforeAttachmentId: before || null,
        afterAttachmentId: after || null,
      });
      setErrors([]);
      setFailure(null);
      onSaved();
    } catch (error) {
      fail(error as ApiError);
    }
  };
  const withdraw = async () => {
    try {
      await withdrawComplaintStory(draft.caseId);
      onSaved();
    } catch (error) {
      fail(error as ApiError);
    }
  };
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.text;
  const photoOptions = [{ value: '', label: w('noPhoto') }, ...draft.photos.map((photo) => ({ value: photo.id, label: photo.filename }))];
  return (
    <form onSubmit={save} noValidate>
      {failure && <ErrorSummary errors={errors} message={failure.message} attempt={failure.attempt} />}
      {story && <p class="body">{`${w('storyPublished')} ${date(story.publishedAt)}`}</p>}
      <TextArea
        id="story-text"
        label={w('publicText')}
        hint={w('publicTextHint')}
        value={text}
        onInput={setText}
        error={errorOf('story-text')}
      />
      <TextArea id="story-reply" label={w('publicReply')} value={reply} onInput={setReply} rows={3} error={errorOf('story-reply')} />
      <SelectField
        id="story-place"
        label={w('place')}
        value={place}
        onChange={setPlace}
        error={errorOf('story-place')}
        options={[
          { value: '', label: w('noPlace') },
          ...draft.places.map((option) => ({
            value: option.code,
            label: locale === 'en' && option.nameEn ? option.nameEn : option.nameTh,
          })),
        ]}
      />
      {draft.photos.length > 0 && (
        <>
          <SelectField
            id="story-before"
            label={w('before')}
            value={before}
            onChange={setBefore}
            options={photoOptions}
            error={errorOf('story-before')}
          />
          <SelectField
            id="story-after"
            label={w('after')}
            value={after}
            onChange={setAfter}
            options={photoOptions}
            error={errorOf('story-after')}
          />
        </>
      )}
      <div class="button-group">
        <button type="submit" class="button">
          {w('save')}
        </button>
        {story && (
          <button type="button" class="button button--secondary" onClick={withdraw}>
            {w('withdraw')}
          </button>
        )}
      </div>
    </form>
  );
}

function ComplaintStoryPanel({ caseId, w }: { caseId: string; w: (key: keyof Words) => string }) {
  const loaded = useResource(() => getComplaintStory(caseId), [caseId]);
  if (!loaded.data) return null;
  const draft = loaded.data;
  return (
    <>
      <p class="body">{w('storyIntro')}</p>
      {!draft.resolved ? (
        <p class="caption">{w('notResolved')}</p>
      ) : !draft.canPublish ? (
        <p class="caption">{w('notAllowed')}</p>
      ) : (
        <StoryForm key={draft.story?.updatedAt ?? 'new'} draft={draft} onSaved={loaded.reload} w={w} />
      )}
    </>
  );
}

/**
 * The case page's "Publish on the public portal" section: a policy or directive is published as
 * a whole; a resolved complaint as a story whose text and reply staff check (the server refuses
 * text that still holds personal data). Nothing is public until someone here chooses it.
 */
export function PublicationSection({ caseId, kind }: { caseId: string; kind: string }) {
  const { name } = useI18n();
  const w = (key: keyof Words) => name(words[key]);
  return (
    <section aria-labelledby="publication-title">
      <h2 class="heading-m" id="publication-title">
        {w('title')}
      </h2>
      {kind === 'complaint' ? <ComplaintStoryPanel caseId={caseId} w={w} /> : <CasePublicationPanel caseId={caseId} w={w} />}
    </section>
  );
}
