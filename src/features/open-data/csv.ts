// CSV as RFC 4180 has it (comma, CRLF, quotes doubled), safe to open in a spreadsheet: a text
// cell that starts like a formula is prefixed with an apostrophe (OWASP "CSV injection"), so
// `=HYPERLINK(…)` in a title stays text.

export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | null;

// Tab and carriage return too: some spreadsheets skip them and read the formula after.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: CsvCell[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}
