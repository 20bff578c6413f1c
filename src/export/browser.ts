/** Saving a file in the browser (loaded with the downloads: src/export/downloads.ts). */

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

/** A file name with the date: "beijing-plans-projects-2026-12-01.csv". */
export const stampedName = (base: string, ext: string, now = new Date()) =>
  `${base}-${now.toISOString().slice(0, 10)}.${ext}`;
