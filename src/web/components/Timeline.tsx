import type { AssignmentView } from '../../shared/api/assignments.ts';
import type { AttachmentView, EventView } from '../../shared/api/cases.ts';
import { describeEvent } from '../format/describeEvent.ts';
import { useI18n } from '../i18n/I18nContext.tsx';
import { AttachmentList } from './AttachmentList.tsx';

interface Props {
  events: readonly EventView[];
  assignments: readonly AssignmentView[];
  attachments: readonly AttachmentView[];
}

/** What happened to the case, newest first, each with when (Buddhist era, Bangkok time), who and which unit. */
export function Timeline({ events, assignments, attachments }: Props) {
  const i18n = useI18n();
  const { t, dateTime, name } = i18n;
  const newestFirst = [...events].reverse();
  return (
    <ol class="timeline">
      {newestFirst.map((event) => {
        const described = describeEvent(event, assignments, i18n);
        const files = attachments.filter((file) => file.eventId === event.id);
        return (
          <li class="timeline__item" key={event.id}>
            <h3 class="timeline__title">{described.title}</h3>
            {described.units && (
              <ul class="timeline__units">
                {described.units.map((unit) => (
                  <li key={unit}>{unit}</li>
                ))}
              </ul>
            )}
            <p class="timeline__byline">
              <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>
              {event.actor?.name && (
                <>
                  <span aria-hidden="true"> · </span>
                  {t.case.by} {event.actor.name}
                </>
              )}
              {event.actor?.unit && (
                <>
                  <span aria-hidden="true"> · </span>
                  <span class="timeline__unit">{name(event.actor.unit)}</span>
                </>
              )}
            </p>
            {described.quote && (
              <blockquote class="timeline__quote">
                <span class="visually-hidden">{described.quote.label}: </span>
                {described.quote.text}
              </blockquote>
            )}
            {described.due && <p class="timeline__due">{described.due}</p>}
            {files.length > 0 && <AttachmentList files={files} />}
          </li>
        );
      })}
    </ol>
  );
}
