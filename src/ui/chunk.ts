/**
 * A code chunk loaded on demand (`import()`), loaded once and asked for again after a failure.
 *
 * Browsers keep a failed dynamic import in their module map: asked again, Chromium 150 answers with the same
 * failure and sends no request (whatwg/html#6768; vitejs/vite#17351). So after a failure the next call imports
 * the URL the error names with a `?retry=N` query, which the browser treats as a new module. Chromium and
 * Firefox name the URL in the error; where the error does not (Safari), the next call tries the import again
 * as it was, which works where the browser does not keep failures. A failure is a ChunkLoadError.
 */
export function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedUrl: string | null = null;
  let retries = 0;
  return () =>
    (pending ??= (
      failedUrl ? (import(/* @vite-ignore */ `${failedUrl}?retry=${++retries}`) as Promise<T>) : load()
    ).catch((e: unknown) => {
      pending = undefined;
      failedUrl = failedModuleUrl(e) ?? failedUrl;
      throw new ChunkLoadError(e);
    }));
}

/** A chunk's code could not be loaded (the network, the server): the interface says so in its own words. */
export class ChunkLoadError extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'ChunkLoadError';
  }
}

/** The URL of this page's own module that a failed `import()` names in its message (without a query), or null. */
export function failedModuleUrl(e: unknown, origin = globalThis.location?.origin): string | null {
  const m = e instanceof Error ? /\bhttps?:\/\/[^\s?#'"]+\.m?js\b/.exec(e.message) : null;
  if (!m || !origin) return null;
  try {
    const url = new URL(m[0]);
    return url.origin === origin ? url.href : null;
  } catch {
    return null;
  }
}
