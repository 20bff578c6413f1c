/**
 * Typo matching on the page (small data sets, or when the worker cannot be used): Fuse.js and its matcher,
 * one lazy chunk loaded by `loadFuzzy` in search.ts, so neither is in the first view's JavaScript.
 */
import Fuse from 'fuse.js';
import { fuzzyMatcher, type FuzzyFields, type FuzzyHits } from './fuzzy';

/** @public read through the module `loadFuzzy` imports (knip does not follow that). */
export const localMatcher = (fields: FuzzyFields): ((word: string) => FuzzyHits) => fuzzyMatcher(Fuse, fields);
