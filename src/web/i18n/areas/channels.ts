/**
 * The channels screens' words, Thai first; the English object has the Thai one's
 * type, so a string missing in one language is a type error.
 */
export const channelsTh = {};
