/**
 * A code chunk loaded on demand (`import()`), loaded once and asked for again after a failure.
 *
 * Browsers keep a failed dynamic import in their module map: asked again, Chromium 150 answers with the same
 * failure and sends no request (whatwg/html#6768; vitejs/vite#17351). So after a failure the next call imports
 * the URL the error names with a `?retry=N` query, which the browser treats as a new module. Chromium and
 * Firefox name the URL in the error; where the error does not (Safari), the next call tries the import again
 * as it was, which works where the browser does not keep failures. A failure to load is a ChunkLoadError.
 *
 * Each such module must be its chunk's own entry, and its chunk must import only chunks the page loads at the
 * start: the retry asks again for this chunk only, and a chunk shared with another is imported through a
 * mapping a retry by URL cannot follow. `npm run size` checks both on the build. A stylesheet Vite failed to
 * load with the chunk (Vite asks for it once per page) is loaded anew before the chunk is asked for again.
 */
export function chunk<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  let failedUrl: string | null = null;
  let failedCss: string | null = null;
  let retries = 0;
  const attempt = async (): Promise<T> => {
    if (failedCss) await loadStylesheet(failedCss);
    failedCss = null;
    return failedUrl ? (import(/* @vite-ignore */ `${failedUrl}?retry=${++retries}`) as Promise<T>) : load();
  };
  return () =>
    (pending ??= attempt().catch((e: unknown) => {
      pending = undefined;
      failedUrl = failedModuleUrl(e) ?? failedUrl;
      failedCss = failedStylesheet(e) ?? failedCss;
      throw notLoaded(e) ? new ChunkLoadError(e) : e;
    }));
}

/**
 * The stylesheet Vite could not load before a chunk ("Unable to preload CSS for <url>"), or null. Vite asks for
 * a chunk's stylesheet once per page and skips it after, so `chunk()` asks for it again itself.
 */
function failedStylesheet(e: unknown, origin = globalThis.location?.origin): string | null {
  const href = e instanceof Error ? /^Unable to preload CSS for (\S+\.css)$/.exec(e.message)?.[1] : undefined;
  if (!href || !origin) return null;
  try {
    return new URL(href).origin === origin ? href : null;
  } catch {
    return null;
  }
}

/** Puts a new `<link>` for the stylesheet in place of the one that failed; resolves once it has loaded (30 s at most). */
function loadStylesheet(href: string): Promise<void> {
  for (const old of document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]'))
    if (old.href === href) old.remove();
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.crossOrigin = '';
  link.href = href;
  return new Promise((resolve, reject) => {
    // The same words as Vite's, so a second failure is known for what it is.
    const fail = () => reject(new Error(`Unable to preload CSS for ${href}`));
    const timer = setTimeout(fail, 30_000);
    link.addEventListener('load', () => {
      clearTimeout(timer);
      resolve();
    });
    link.addEventListener('error', () => {
      clearTimeout(timer);
      fail();
    });
    document.head.appendChild(link);
  });
}

/**
 * Whether an import failed to load (the network, the server) rather than throwing from the module's own code:
 * browsers reject a module that did not arrive with a TypeError (Chromium "Failed to fetch dynamically imported
 * module", Firefox "error loading dynamically imported module", Safari "Importing a module script failed."), and
 * Vite's preload with an Error "Unable to preload CSS for …". A module's own TypeError that names no module
 * URL stays what it is (a bug, logged where it is caught).
 */
const notLoaded = (e: unknown): boolean =>
  e instanceof Error &&
  (failedModuleUrl(e) !== null ||
    /module script failed|dynamically imported module|Unable to preload CSS/.test(e.message));

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
