/** Copying text from the page (citations, links), where the panels use it. */

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
