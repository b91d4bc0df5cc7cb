// The one escaping of text for markup: HTML, XHTML (EPUB) and XML (XLIFF, TMX, TBX, DeepL's tag
// handling). The five markup characters become entities, so the result is safe in element content and
// in single- or double-quoted attribute values alike; characters XML 1.0 cannot carry at all (most C0
// controls, lone surrogates, U+FFFE/U+FFFF) are removed, so an EPUB stays well-formed whatever was typed.
// XML codecs that need more (CR, tab and newline as character references) add it on top
// (lib/formats/import/xml-write.ts).

const INVALID_XML =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Removes the characters XML 1.0 cannot represent (HTML has no use for them either). */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(INVALID_XML, '');
}

/** True when the text holds a character XML 1.0 cannot represent. */
export function hasInvalidXmlChars(s: string): boolean {
  INVALID_XML.lastIndex = 0;
  const found = INVALID_XML.test(s);
  INVALID_XML.lastIndex = 0;
  return found;
}

/** Text or an attribute value, escaped for HTML, XHTML and XML. */
export function escapeMarkup(s: string): string {
  return stripInvalidXmlChars(s).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}
