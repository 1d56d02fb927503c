/** The shapes of `/api/search-synonyms` are shared with the browser. */
export { SearchSynonymBody, SearchSynonymList, SearchSynonymParams, SearchSynonymView } from '../../../shared/api/searchSynonyms.ts';
