// Escaping for the XML exporters (XLIFF, TMX), on top of the one markup escaping (lib/text/markup.ts:
// characters XML 1.0 cannot carry removed, the five markup characters escaped): a CR is written as a
// character reference, and in attribute values tabs and newlines too, so parsers don't normalize them away.
import { escapeMarkup } from '../../text/markup';

export function escapeXmlText(s: string): string {
  return escapeMarkup(s).replace(/\r/g, '&#13;');
}

export function escapeXmlAttr(s: string): string {
  return escapeXmlText(s).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** BCP 47-ish language tag check (what xs:language accepts). */
export function isLanguageTag(s: string): boolean {
  return /^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$/.test(s);
}
