/**
 * CSV that opens correctly in Excel with Chinese text, safe against formula injection. Pure.
 * - UTF-8 with a byte-order mark (Excel reads a BOM-less file as the local code page and garbles Chinese).
 * - CRLF between rows (RFC 4180); every field that holds a quote, comma, CR or LF is quoted, quotes doubled.
 * - A text cell that begins with `=`, `+`, `-`, `@`, a tab or a CR is prefixed with `'`, so a spreadsheet
 *   shows it as text instead of running it as a formula (OWASP "CSV injection"). Numbers are written as
 *   numbers: a number cannot carry a formula.
 */
export const BOM = '\uFEFF';
export type Cell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One field, neutralised and quoted as needed. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV cell: not a finite number (${value})`);
    return String(value);
  }
  let s = String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A whole file: BOM, header row, then one row per record. Every row must have the header's length. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  rows.forEach((r, i) => {
    if (r.length !== header.length) throw new Error(`CSV row ${i + 1}: ${r.length} cells for ${header.length} columns`);
  });
  return BOM + [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Reads back a file written by toCsv (tests, and a check that a download round-trips): strips the BOM,
 * splits quoted fields. Not a general CSV reader.
 */
export function parseCsv(text: string): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && src[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}
