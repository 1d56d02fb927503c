import type { citizenCloseTh } from '../citizenClose.ts';

/** The English words of `../citizenClose.ts`, in their own module so the Thai first load does not carry them. */
export const citizenCloseEn: typeof citizenCloseTh = {
  repliesTitle: 'Messages from the office',
  replyAt: (when: string) => `Sent ${when}`,
  followUpUntil: (date: string) => `You can rate and reopen it until ${date}, even though it is closed.`,
  publicReplyLabel: 'Message to the citizen',
  publicReplyHint:
    'The citizen reads this on the tracking page and receives it through the contact they gave. Say what the office did, in plain words. Leave out anyone’s name or phone number (they are hidden anyway). The summary above is for staff only.',
  publicReplyTooShort: (min: number) => `Write at least ${min} characters to the citizen, or leave it empty.`,
  replyLink: 'Write to the citizen',
  replyTitle: 'Write to the citizen',
  replyLead:
    'This is apart from internal notes. The citizen reads it on the tracking page and receives it at once through the contact they gave. Phone and ID numbers, e-mail addresses and people’s names are hidden.',
  replyMessage: 'Message',
  replyMissing: 'Write a message to the citizen before sending',
  replyTooShort: (min: number) => `Write at least ${min} characters`,
  replyTooLong: (max: number) => `The message can be at most ${max} characters`,
  replySubmit: 'Send the message to the citizen',
  replySent: 'Your message was sent to the citizen',
  replyEvent: 'Wrote to the citizen',
};
