/**
 * Typo matching loads on demand (Fuse.js is not in the first view's JavaScript). Before it has loaded a typo
 * finds nothing and the load starts; listeners hear when it has, and the same query then finds the record.
 * Its own file: the loaded state is per module instance.
 */
import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, fuzzyReady, onFuzzyReady } from '../../src/filters/search';
import { makeProject } from '../fixtures/factories';

describe('typo matching, loaded on demand', () => {
  it('starts loading on the first typo and tells listeners, who then find the record', async () => {
    const index = buildSearchIndex([
      makeProject({ id: 'hospital', name_zh: '苏家坨中心医院', name_en: 'Sujiatuo Central Hospital' }),
    ]);
    expect(index.search('hospital')).toEqual(['hospital']);
    expect(fuzzyReady()).toBe(false);
    const ready = vi.fn();
    const loaded = new Promise<void>((resolve) => onFuzzyReady(() => (ready(), resolve())));
    expect(index.search('hospitl')).toEqual([]);
    await loaded;
    expect(ready).toHaveBeenCalledOnce();
    expect(fuzzyReady()).toBe(true);
    expect(index.search('hospitl')).toEqual(['hospital']);
  });
});
