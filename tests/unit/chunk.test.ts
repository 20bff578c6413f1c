import { describe, expect, it } from 'vitest';
import { chunk, ChunkLoadError, failedModuleUrl } from '../../src/ui/chunk';

const ORIGIN = 'https://map.example';

describe('failedModuleUrl: the chunk a failed import() names', () => {
  it("reads Chromium's and Firefox's messages, without a query", () => {
    const chromium = new TypeError(`Failed to fetch dynamically imported module: ${ORIGIN}/assets/panels-7TsVI-UJ.js`);
    const firefox = new TypeError(
      `error loading dynamically imported module: ${ORIGIN}/assets/ResultsList-B1.js?retry=2`,
    );
    expect(failedModuleUrl(chromium, ORIGIN)).toBe(`${ORIGIN}/assets/panels-7TsVI-UJ.js`);
    expect(failedModuleUrl(firefox, ORIGIN)).toBe(`${ORIGIN}/assets/ResultsList-B1.js`);
  });

  it('gives null when the message names no URL (Safari), another origin, or is not an error', () => {
    expect(failedModuleUrl(new TypeError('Importing a module script failed.'), ORIGIN)).toBeNull();
    expect(
      failedModuleUrl(new TypeError('Failed to fetch dynamically imported module: https://evil.example/x.js'), ORIGIN),
    ).toBeNull();
    expect(failedModuleUrl(`Failed to fetch dynamically imported module: ${ORIGIN}/assets/a.js`, ORIGIN)).toBeNull();
    expect(failedModuleUrl(new Error(`see ${ORIGIN}/assets/a.css`), ORIGIN)).toBeNull();
  });
});

describe('chunk: loaded once, asked again after a failure', () => {
  it('shares one load between callers, keeps a success, and forgets a failure', async () => {
    let calls = 0;
    let fail = true;
    const load = chunk(() => {
      calls++;
      return fail ? Promise.reject(new TypeError('Importing a module script failed.')) : Promise.resolve({ ok: calls });
    });
    const [a, b] = [load(), load()];
    await expect(a).rejects.toBeInstanceOf(ChunkLoadError);
    await expect(b).rejects.toThrow('Importing a module script failed.');
    expect(calls).toBe(1);
    fail = false;
    // No URL in the message: the next call loads as it did (the browser may not have kept the failure).
    expect(await load()).toEqual({ ok: 2 });
    expect(await load()).toEqual({ ok: 2 });
    expect(calls).toBe(2);
  });

  it('keeps the cause of a failure', async () => {
    const cause = new TypeError('Importing a module script failed.');
    const error = await chunk(() => Promise.reject(cause))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChunkLoadError);
    expect((error as ChunkLoadError).cause).toBe(cause);
  });

  it("rethrows a module's own error as it is: a bug, not a failed load", async () => {
    const bug = new TypeError('x is not a function');
    const error = await chunk(() => Promise.reject(bug))().catch((e: unknown) => e);
    expect(error).toBe(bug);
    const css = await chunk(() => Promise.reject(new Error('Unable to preload CSS for /assets/a.css')))().catch(
      (e: unknown) => e,
    );
    expect(css).toBeInstanceOf(ChunkLoadError);
  });
});
