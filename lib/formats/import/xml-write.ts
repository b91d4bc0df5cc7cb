// Escaping for the XML exporters (XLIFF, TMX). Characters XML 1.0 cannot carry at all (most C0
// controls, lone surrogates, U+FFFE/U+FFFF) are removed; markup characters are escaped; in attribute
// values tabs and newlines are written as character references so parsers don't normalize them away.

// eslint-disable-next-line no-control-regex
const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML, '');
}

export function escapeXmlText(s: string): string {
  return stripInvalidXmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** BCP 47-ish language tag check (what xs:language accepts). */
export function isLanguageTag(s: string): boolean {
  return /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(s);
}
