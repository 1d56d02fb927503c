import type { deliveryWordsTh } from '../deliveryWords.ts';

/** The English words of `../deliveryWords.ts`, in their own module so the Thai first load does not carry them. */
export const deliveryWordsEn: typeof deliveryWordsTh = {
  reported: 'Reported progress',
  reportedOf: (reported: number, all: number) => `${reported.toLocaleString('en-GB')} of ${all.toLocaleString('en-GB')} units`,
  reportHere: 'Your unit reports progress with the “Report progress” button under “What you can do” above.',
  noteHeading: (unit: string) => `${unit} · progress note`,
  noteLabel: 'Progress note',
};
