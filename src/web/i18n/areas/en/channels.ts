import type { channelsTh } from '../channels.ts';

/** The English words of `../channels.ts`, in their own module so the Thai first load does not carry them. */
export const channelsEn: typeof channelsTh = {};
