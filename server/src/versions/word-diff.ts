/** The word diff lives in @accord/schema, shared with the page (issue 15: what changed in an original since its translation). */
export { MAX_DIFF_CELLS, tokenize, wordDiff } from '@accord/schema';
