// EPUB 3 of a published edition: English and Korean paragraphs interleaved, every paragraph and
// name language-tagged, a navigation document, Dublin Core metadata (both titles, both languages,
// translators and reviewers as contributors). No external resources; one CJK-friendly stylesheet.
// The text comes from the same escaping renderer as the web edition (lib/publish/render.ts), in
// XHTML mode. Checked with epubcheck in epub.test.ts.
import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { planNameIndex, type NameIndexPlan } from './name-index';
import { escapeMarkup } from '../text/markup';
import { anchorsFor, bilingual, blockHtml, editorNoteHtml, inlineHtml, isoDate, LABELS, nameIndex, nameIndexHtml } from './render';
import { bodySegments, subtitleOf, type EditionSegment, type EditionView } from './snapshot';
import { readerMarks } from './reader-marks';

export const EPUB_MIME = 'application/epub+zip';
/** Paragraph pairs per content file; reading systems prefer files well under 300 KB. */
const PAIRS_PER_FILE = 200;

export const EPUB_CSS = `@charset "UTF-8";
body { font-family: serif; line-height: 1.6; margin: 0 4%; }
:lang(ko) { font-family: "Noto Serif CJK KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", "Malgun Gothic", serif; word-break: keep-all; line-height: 1.85; }
h1 { font-size: 1.6em; line-height: 1.3; margin: 1em 0 .6em; }
h1 .title-trg { display: block; font-size: .85em; margin-top: .3em; }
.pair { margin: 0 0 1.2em; }
.pair p, .pair h2, .pair h3, .pair h4, .pair h5, .pair h6 { margin: 0 0 .35em; }
.pair .trg { color: #222; }
.pn { font-size: .7em; color: #666; }
.li { padding-left: 1em; }
.subtitle { font-size: 1.15em; margin: 0 0 1em; }
.subtitle span { display: block; }
.ed-note { border-top: 1px solid #ccc; border-bottom: 1px solid #ccc; padding: .4em 0; margin: 1.2em 0; }
.ed-note h2, .ed-names h2 { font-size: 1em; margin: .4em 0; }
.ed-names-list { list-style: none; padding-left: 0; }
.nm-rom { color: #555; }
.name { border-bottom: 1px dotted #888; }
a.noteref { text-decoration: none; }
aside.footnote { font-size: .85em; color: #333; margin: .2em 0 1em; }
.facts dt { font-weight: bold; margin-top: .6em; }
.facts dd { margin: 0 0 0 1em; }
.override { border-left: 3px solid #c58e00; padding-left: .6em; }
nav ol { list-style: none; padding-left: 0; }
`;

function xhtml(lang: string, title: string, body: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n' +
    `<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${escapeMarkup(lang)}" xml:lang="${escapeMarkup(lang)}">\n` +
    `<head>\n<meta charset="utf-8"/>\n<title>${escapeMarkup(title)}</title>\n<link rel="stylesheet" type="text/css" href="style.css"/>\n</head>\n` +
    `<body>\n${body}\n</body>\n</html>\n`
  );
}

function lang(l: string) {
  return ` lang="${escapeMarkup(l)}" xml:lang="${escapeMarkup(l)}"`;
}

/** A stable urn:uuid for the edition (same edition, same identifier). */
export function editionUuid(id: string, version: number): string {
  const h = createHash('sha1').update(`edition:${id}:${version}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

function epubDate(iso: string): string {
  return new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function titlePage(ed: EditionView): string {
  const parts: string[] = [];
  parts.push('<section epub:type="titlepage" id="title">');
  parts.push(`<h1><span class="title-src"${lang(ed.sourceLang)}>${escapeMarkup(ed.title.source)}</span>`);
  if (ed.title.target !== ed.title.source)
    parts.push(`<span class="title-trg"${lang(ed.targetLang)}>${escapeMarkup(ed.title.target)}</span>`);
  parts.push('</h1>');
  const sub = subtitleOf(ed);
  if (sub) {
    parts.push(`<p class="subtitle"><span${lang(ed.sourceLang)}>${escapeMarkup(sub.source)}</span>`);
    if (sub.target !== sub.source) parts.push(`<span${lang(ed.targetLang)}>${escapeMarkup(sub.target)}</span>`);
    parts.push('</p>');
  }
  parts.push('<dl class="facts">');
  parts.push(`<dt>${bilingual(LABELS.version, true)}</dt><dd>${ed.version}</dd>`);
  parts.push(`<dt>${bilingual(LABELS.published, true)}</dt><dd>${escapeMarkup(isoDate(ed.publishedAt))}</dd>`);
  if (ed.credits.translators.length)
    parts.push(`<dt>${bilingual(LABELS.translators, true)}</dt><dd>${ed.credits.translators.map(escapeMarkup).join(', ')}</dd>`);
  if (ed.credits.reviewers.length)
    parts.push(`<dt>${bilingual(LABELS.reviewers, true)}</dt><dd>${ed.credits.reviewers.map(escapeMarkup).join(', ')}</dd>`);
  parts.push('</dl>');
  const note = editorNoteHtml(ed, true);
  if (note) parts.push(note);
  parts.push('</section>');
  return parts.join('\n');
}

function pairXhtml(
  ed: EditionView,
  seg: EditionSegment,
  names: ReturnType<typeof nameIndex>,
  plan: NameIndexPlan,
  reader = readerMarks(ed, 'epub'),
): string {
  const src = blockHtml(
    seg,
    inlineHtml(
      seg.source,
      { side: 'source', lang: ed.sourceLang, names, xhtml: true, inserts: reader.inserts(seg, 'source') },
      ed.targetLang,
    ),
  );
  // A paragraph without a translation shows its English alone.
  const trg = seg.target
    ? `<div class="trg"${lang(ed.targetLang)}>${blockHtml(seg, inlineHtml(seg.target, { side: 'target', lang: ed.targetLang, names, xhtml: true, anchors: anchorsFor(plan, seg.n), inserts: reader.inserts(seg, 'target') }))}</div>`
    : '';
  return (
    `<div class="pair" id="p${seg.n}">` + `<div class="src"${lang(ed.sourceLang)}>${src}</div>` + trg + '</div>' + reader.footnotes(seg)
  );
}

export interface EpubOptions {
  /** Fixed "now" for dcterms:modified (tests); defaults to the publication date. */
  modified?: Date;
}

export async function buildEpub(ed: EditionView, opts: EpubOptions = {}): Promise<Uint8Array> {
  const names = nameIndex(ed.names);
  const plan = planNameIndex(ed, ed.names, names.matcher);
  const reader = readerMarks(ed, 'epub');
  const zip = new JSZip();
  zip.file('mimetype', EPUB_MIME, { compression: 'STORE' });
  zip.file(
    'META-INF/container.xml',
    '<?xml version="1.0" encoding="UTF-8"?>\n<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n' +
      '<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>\n</container>\n',
  );
  const docTitle = ed.title.target !== ed.title.source ? `${ed.title.source} · ${ed.title.target}` : ed.title.source;

  const body = bodySegments(ed);
  const files: { name: string; segs: EditionSegment[] }[] = [];
  for (let i = 0; i < body.length; i += PAIRS_PER_FILE) {
    files.push({ name: `text-${String(files.length + 1).padStart(3, '0')}.xhtml`, segs: body.slice(i, i + PAIRS_PER_FILE) });
  }
  zip.file('EPUB/title.xhtml', xhtml(ed.sourceLang, docTitle, titlePage(ed)));
  for (const f of files) {
    zip.file(
      'EPUB/' + f.name,
      xhtml(
        ed.sourceLang,
        docTitle,
        `<section epub:type="bodymatter chapter">\n${f.segs.map((s) => pairXhtml(ed, s, names, plan, reader)).join('\n')}\n</section>`,
      ),
    );
  }

  // Navigation: the title page, then every heading (or, without headings, each content file).
  const toc: string[] = [`<li><a href="title.xhtml">${escapeMarkup(ed.title.source)}</a></li>`];
  const headings = files.flatMap((f) => f.segs.filter((s) => s.kind === 'heading').map((s) => ({ f, s })));
  if (headings.length) {
    for (const { f, s } of headings) {
      const label = inlineText(s);
      toc.push(`<li><a href="${f.name}#p${s.n}">${escapeMarkup(label)}</a></li>`);
    }
  } else {
    for (const f of files) {
      toc.push(`<li><a href="${f.name}">${escapeMarkup(LABELS.paragraph.en)} ${f.segs[0]!.n}–${f.segs[f.segs.length - 1]!.n}</a></li>`);
    }
  }
  if (plan.entries.length) toc.push(`<li><a href="names.xhtml">${bilingual(LABELS.names, true)}</a></li>`);
  const nav =
    `<nav epub:type="toc" id="toc">\n<h1>Contents · <span${lang('ko')}>차례</span></h1>\n<ol>\n${toc.join('\n')}\n</ol>\n</nav>\n` +
    `<nav epub:type="landmarks" id="landmarks" hidden="hidden">\n<h2>Landmarks</h2>\n<ol>\n` +
    `<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>\n` +
    (files.length ? `<li><a epub:type="bodymatter" href="${files[0]!.name}">Text</a></li>\n` : '') +
    '</ol>\n</nav>';
  // The index of names, after the text: links go to each name's first mention.
  const fileOf = new Map(files.flatMap((f) => f.segs.map((s) => [s.n, f.name] as const)));
  const namesPage = nameIndexHtml(plan, (anchor, n) => `${fileOf.get(n) ?? files[0]?.name ?? ''}#${anchor}`, true);
  if (namesPage) zip.file('EPUB/names.xhtml', xhtml(ed.sourceLang, docTitle, `<section epub:type="backmatter">\n${namesPage}\n</section>`));
  zip.file('EPUB/nav.xhtml', xhtml(ed.sourceLang, docTitle, nav));
  zip.file('EPUB/style.css', EPUB_CSS);

  const contributors: string[] = [];
  const addPeople = (people: string[], role: string, prefix: string) =>
    people.forEach((p, i) => {
      contributors.push(`<dc:contributor id="${prefix}${i + 1}">${escapeMarkup(p)}</dc:contributor>`);
      contributors.push(`<meta refines="#${prefix}${i + 1}" property="role" scheme="marc:relators">${role}</meta>`);
    });
  addPeople(ed.credits.translators, 'trl', 'trl');
  addPeople(ed.credits.reviewers, 'rev', 'rev');

  const opf =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="${escapeMarkup(ed.sourceLang)}">\n` +
    '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n' +
    `<dc:identifier id="uid">urn:uuid:${editionUuid(ed.id, ed.version)}</dc:identifier>\n` +
    `<dc:title id="title-src" xml:lang="${escapeMarkup(ed.sourceLang)}">${escapeMarkup(ed.title.source)}</dc:title>\n` +
    `<meta refines="#title-src" property="title-type">main</meta>\n` +
    (ed.title.target !== ed.title.source
      ? `<dc:title id="title-trg" xml:lang="${escapeMarkup(ed.targetLang)}">${escapeMarkup(ed.title.target)}</dc:title>\n<meta refines="#title-trg" property="title-type">subtitle</meta>\n`
      : '') +
    `<dc:language>${escapeMarkup(ed.sourceLang)}</dc:language>\n<dc:language>${escapeMarkup(ed.targetLang)}</dc:language>\n` +
    contributors.map((c) => c + '\n').join('') +
    `<dc:date>${epubDate(ed.publishedAt)}</dc:date>\n` +
    `<dc:description>Bilingual edition, version ${ed.version}</dc:description>\n` +
    `<meta property="dcterms:modified">${epubDate((opts.modified ?? new Date(ed.publishedAt)).toISOString())}</meta>\n` +
    '</metadata>\n<manifest>\n' +
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>\n' +
    '<item id="css" href="style.css" media-type="text/css"/>\n' +
    '<item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>\n' +
    files.map((f, i) => `<item id="text${i + 1}" href="${f.name}" media-type="application/xhtml+xml"/>\n`).join('') +
    (namesPage ? '<item id="names" href="names.xhtml" media-type="application/xhtml+xml"/>\n' : '') +
    '</manifest>\n<spine>\n<itemref idref="title"/>\n' +
    files.map((_, i) => `<itemref idref="text${i + 1}"/>\n`).join('') +
    (namesPage ? '<itemref idref="names"/>\n' : '') +
    '<itemref idref="nav" linear="no"/>\n</spine>\n</package>\n';
  zip.file('EPUB/package.opf', opf);

  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function inlineText(s: EditionSegment): string {
  let t = '';
  for (const n of s.source.content[0]?.content ?? []) t += n.type === 'text' ? n.text : ' ';
  return t.trim() || `${LABELS.paragraph.en} ${s.n}`;
}
