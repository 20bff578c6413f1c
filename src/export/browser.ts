/** Browser side of exports: saving a file and copying text. */

/** Saves a Blob under a name through a temporary link (no server). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const downloadText = (text: string, filename: string, type: string) =>
  downloadBlob(new Blob([text], { type }), filename);

/**
 * Copies text: the async Clipboard API where allowed, else a hidden textarea and execCommand('copy')
 * (older browsers, pages without clipboard permission). Resolves to whether it worked.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const ta = document.createElement('textarea');
  ta.value = text;
  ta.setAttribute('readonly', '');
  ta.className = 'copy-fallback';
  ta.dataset.testid = 'copy-fallback';
  document.body.appendChild(ta);
  ta.select();
  let ok: boolean;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  ta.remove();
  return ok;
}

/** A file name with the date: "beijing-plans-projects-2026-12-01.csv". */
export const stampedName = (base: string, ext: string, now = new Date()) =>
  `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
