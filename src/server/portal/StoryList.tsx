import { formatDate } from '../../shared/buddhistEra.ts';
import type { PortalStory } from '../../commands/publication/readPortalStories.ts';
import type { PortalLocale } from './portalLocale.ts';

/** Recently resolved complaints that staff chose to tell: their words, the area, the reply, photos. */
export function StoryList({ l, stories }: { l: PortalLocale; stories: readonly PortalStory[] }) {
  if (stories.length === 0) {
    return <p class="body">{l.t('ยังไม่มีเรื่องที่เผยแพร่ในพื้นที่นี้', 'No resolved complaint has been published here yet.')}</p>;
  }
  return (
    <ul class="portal-stories">
      {stories.map((story) => (
        <li class="portal-story" key={story.id}>
          <h3 class="heading-s">
            {l.name(story.category.th, story.category.en)}
            {story.place && <span class="caption"> · {l.name(story.place.th, story.place.en)}</span>}
          </h3>
          <p class="body">{story.text}</p>
          <p class="body portal-story__reply">
            <strong>{l.t('คำตอบของหน่วยงาน: ', 'The unit’s reply: ')}</strong>
            {story.reply}
          </p>
          {(story.beforePhotoId || story.afterPhotoId) && (
            <div class="portal-story__photos">
              {story.beforePhotoId && (
                <figure>
                  <img
                    src={`/portal/photos/${story.beforePhotoId}`}
                    alt={l.t('ภาพก่อนแก้ไข', 'Before')}
                    loading="lazy"
                    width={320}
                    height={240}
                  />
                  <figcaption class="caption">{l.t('ก่อน', 'Before')}</figcaption>
                </figure>
              )}
              {story.afterPhotoId && (
                <figure>
                  <img
                    src={`/portal/photos/${story.afterPhotoId}`}
                    alt={l.t('ภาพหลังแก้ไข', 'After')}
                    loading="lazy"
                    width={320}
                    height={240}
                  />
                  <figcaption class="caption">{l.t('หลัง', 'After')}</figcaption>
                </figure>
              )}
            </div>
          )}
          {story.resolvedAt && (
            <p class="caption">
              {l.t('แก้ไขเสร็จเมื่อ ', 'Resolved on ')}
              {formatDate(story.resolvedAt, l.lang)}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
