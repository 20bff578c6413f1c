/**
 * Typo matching whose chunk cannot be loaded (offline, or a release replaced the file): a typo then finds
 * nothing, and the search says so at once instead of waiting for it for ever (the list would say it is
 * looking, and the map would not follow). Its own file: the loaded state is per module instance.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, onFuzzyReady } from '../../src/filters/search';
import { makeProject } from '../fixtures/factories';

vi.mock('../../src/filters/fuzzyLocal', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

describe('typo matching that cannot load', () => {
  it('stops waiting: the typo finds nothing and nothing is pending', async () => {
    const index = buildSearchIndex([
      makeProject({ id: 'hospital', name_zh: '苏家坨中心医院', name_en: 'Sujiatuo Central Hospital' }),
    ]);
    const heard = new Promise<void>((resolve) => onFuzzyReady(resolve));
    expect(index.search('hospitl')).toEqual([]);
    expect(index.waitingForTypos!('hospitl')).toBe(true);
    await heard;
    expect(index.search('hospitl')).toEqual([]);
    expect(index.waitingForTypos!('hospitl')).toBe(false);
    expect(index.search('hospital')).toEqual(['hospital']);
  });
});
