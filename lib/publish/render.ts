// The edition's markup: HTML for the web page and the PDF, XHTML for the EPUB. Segments are rendered
// from their TipTap JSON with the editor schema's marks and hard break (lib/editor/render.ts); every
// character of user text goes through the one escaping function (escapeMarkup,
// lib/text/markup.ts: markup escaped, characters XML cannot carry removed), links keep only safe hrefs. Korean
// names in Korean text become <span class="name" lang="ko" title="Kwon Jong-gun">권정근</span>;
// Hangul quoted inside English text is tagged lang="ko".
import { docToText, type InlineNode, type SegmentDoc } from '../editor/doc';
import { markupRenderers, wrapInMarks } from '../editor/render';
import { escapeMarkup } from '../text/markup';
import { createKoreanMentionMatcher, type KoreanMentionMatcher } from '../names/mentions';
import { planNameIndex, type NameIndexPlan } from './name-index';
import { bodySegments, subtitleOf, type EditionName, type EditionSegment, type EditionView } from './snapshot';
import { sortInserts, type InlineInsert } from './inline-inserts';
import { readerMarks } from './reader-marks';

export interface NameIndex {
  names: readonly EditionName[];
  matcher: KoreanMentionMatcher;
}

export function nameIndex(names: readonly EditionName[]): NameIndex {
  return { names, matcher: createKoreanMentionMatcher(names.map((n) => ({ source: n.source, target: n.target, kind: 'NAME' as const }))) };
}

export interface InlineOptions {
  /** 'ko' text gets name spans; 'en' text gets its Hangul runs tagged. */
  side: 'source' | 'target';
  lang: string;
  names?: NameIndex;
  xhtml?: boolean;
  /** Anchor ids of first name mentions in this text, by their start offset (the index of names). */
  anchors?: ReadonlyMap<number, string>;
  /** Markup put at plain-text offsets: note markers, sentence spans (inline-inserts.ts). */
  inserts?: readonly InlineInsert[];
}

interface Span {
  start: number;
  end: number;
  open: string;
  /** The first piece's opening tag, when it differs (it carries the anchor id). */
  openFirst?: string;
}

const HANGUL_RUN = /[\p{Script=Hangul}][\p{Script=Hangul}\p{Script=Han}]*(?:[ ·][\p{Script=Hangul}\p{Script=Han}]+)*/gu;

function langAttrs(lang: string, xhtml: boolean | undefined): string {
  return xhtml ? ` lang="${escapeMarkup(lang)}" xml:lang="${escapeMarkup(lang)}"` : ` lang="${escapeMarkup(lang)}"`;
}

function spansFor(text: string, opts: InlineOptions, otherLang: string): Span[] {
  if (opts.side === 'target' && opts.names && opts.names.names.length) {
    return opts.names.matcher.find(text).map((m) => {
      const attrs = `class="name"${langAttrs(opts.lang, opts.xhtml)} title="${escapeMarkup(opts.names!.names[m.termIndex]!.source)}" tabindex="0"`;
      const id = opts.anchors?.get(m.start);
      return {
        start: m.start,
        end: m.end,
        open: `<span ${attrs}>`,
        ...(id ? { openFirst: `<span id="${escapeMarkup(id)}" ${attrs}>` } : {}),
      };
    });
  }
  if (opts.side === 'source') {
    const spans: Span[] = [];
    for (const m of text.matchAll(HANGUL_RUN))
      spans.push({ start: m.index!, end: m.index! + m[0].length, open: `<span${langAttrs(otherLang, opts.xhtml)}>` });
    return spans;
  }
  return [];
}

/** One piece of a text node, wrapped in the node's marks as the schema renders them. */
function wrapMarks(html: string, node: InlineNode, xhtml: boolean | undefined): string {
  return node.type === 'text' ? wrapInMarks(node.marks, html, xhtml ? 'xhtml' : 'html') : html;
}

/** A segment's inline content as (X)HTML, with names and language spans. */
export function inlineHtml(doc: SegmentDoc | null, opts: InlineOptions, otherLang = 'ko'): string {
  if (!doc) return '';
  const text = docToText(doc);
  const spans = spansFor(text, opts, otherLang);
  const br = markupRenderers(opts.xhtml ? 'xhtml' : 'html').hardBreak();
  let html = '';
  let offset = 0;
  let si = 0;
  const inserts = sortInserts(opts.inserts);
  let ii = 0;
  const flush = (at: number) => {
    while (ii < inserts.length && inserts[ii]!.at <= at) html += inserts[ii++]!.html;
  };
  for (const node of doc.content[0]?.content ?? []) {
    flush(offset);
    if (node.type === 'hardBreak') {
      html += br;
      offset += 1;
      continue;
    }
    const start = offset;
    const end = offset + node.text.length;
    offset = end;
    let pos = start;
    while (pos < end) {
      flush(pos);
      const cut = ii < inserts.length ? inserts[ii]!.at : end;
      while (si < spans.length && spans[si]!.end <= pos) si += 1;
      const span = spans[si];
      if (span && span.start <= pos) {
        const to = Math.min(end, span.end, cut);
        const open = pos === span.start && span.openFirst ? span.openFirst : span.open;
        html += wrapMarks(`${open}${escapeMarkup(node.text.slice(pos - start, to - start))}</span>`, node, opts.xhtml);
        pos = to;
      } else {
        const to = Math.min(end, span ? span.start : end, cut);
        html += wrapMarks(escapeMarkup(node.text.slice(pos - start, to - start)), node, opts.xhtml);
        pos = to;
      }
    }
  }
  flush(Infinity);
  return html;
}

/** The block element for one side of a segment: <p>, a heading one level below the title, or a list paragraph. */
export function blockHtml(seg: EditionSegment, inner: string): string {
  if (seg.kind === 'heading') {
    const level = Math.min(6, Math.max(2, (seg.level ?? 1) + 1));
    return `<h${level}>${inner}</h${level}>`;
  }
  if (seg.kind === 'listItem') return `<p class="li li-${Math.min(4, Math.max(1, seg.level ?? 1))}">${inner}</p>`;
  return `<p>${inner}</p>`;
}

export const LABELS = {
  translators: { en: 'Translated by', ko: '번역' },
  reviewers: { en: 'Reviewed by', ko: '검토' },
  version: { en: 'Version', ko: '판' },
  published: { en: 'Published', ko: '발행' },
  editorNote: { en: "Editor's note", ko: '편집자의 말' },
  names: { en: 'Names', ko: '이름 찾아보기' },
  show: { en: 'Show', ko: '보기' },
  both: { en: 'Both', ko: '함께' },
  english: { en: 'English', ko: '영어' },
  korean: { en: 'Korean', ko: '한국어' },
  paragraph: { en: 'Paragraph', ko: '문단' },
} as const;

export function bilingual(label: { en: string; ko: string }, xhtml = false): string {
  return `<span${langAttrs('en', xhtml)}>${escapeMarkup(label.en)}</span> · <span${langAttrs('ko', xhtml)}>${escapeMarkup(label.ko)}</span>`;
}

export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}

export interface ArticleOptions {
  /** The English / Korean / both radio toggle (web page); off for print. */
  toggle?: boolean;
  /**
   * Only body paragraphs [from, to) (indexes into bodySegments), for printing a long edition in
   * parts (lib/server/editions/print-pdf.ts): the title block and editor's note come with the part
   * that starts at 0, the notes section and the index of names with the part that reaches the end.
   * Note numbers and name anchors stay those of the whole edition.
   */
  part?: { from: number; to: number };
}

/** The language of a free text the owner wrote (the editor's note): Korean when Hangul dominates. */
export function textLang(text: string, src: string, trg: string): string {
  const hangul = text.match(/\p{Script=Hangul}/gu)?.length ?? 0;
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return hangul > latin / 2 ? trg : src;
}

/** The owner's note to readers (only when given), paragraphs split at blank lines. */
export function editorNoteHtml(ed: EditionView, xhtml = false): string {
  const note = ed.editorNote?.trim();
  if (!note) return '';
  const paras = note
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const br = xhtml ? '<br/>' : '<br>';
  return (
    `<aside class="ed-note"${langAttrs(textLang(note, ed.sourceLang, ed.targetLang), xhtml)} aria-labelledby="ed-note-h">` +
    `<h2 id="ed-note-h" lang="en"${xhtml ? ' xml:lang="en"' : ''}>${bilingual(LABELS.editorNote, xhtml)}</h2>` +
    paras.map((p) => `<p>${p.split('\n').map(escapeMarkup).join(br)}</p>`).join('') +
    '</aside>'
  );
}

/** Title, subtitle and credits, set like a book's title page. */
export function frontHtml(ed: EditionView, xhtml = false): string {
  const src = ed.sourceLang;
  const trg = ed.targetLang;
  const out: string[] = [];
  out.push(`<h1><span class="title-src"${langAttrs(src, xhtml)}>${escapeMarkup(ed.title.source)}</span>`);
  if (ed.title.target !== ed.title.source)
    out.push(`<span class="title-trg"${langAttrs(trg, xhtml)}>${escapeMarkup(ed.title.target)}</span>`);
  out.push('</h1>');
  const sub = subtitleOf(ed);
  if (sub) {
    out.push(`<p class="ed-subtitle"><span class="sub-src"${langAttrs(src, xhtml)}>${escapeMarkup(sub.source)}</span>`);
    if (sub.target !== sub.source) out.push(`<span class="sub-trg"${langAttrs(trg, xhtml)}>${escapeMarkup(sub.target)}</span>`);
    out.push('</p>');
  }
  out.push('<dl class="ed-facts">');
  if (ed.credits.translators.length)
    out.push(`<div><dt>${bilingual(LABELS.translators, xhtml)}</dt><dd>${ed.credits.translators.map(escapeMarkup).join(', ')}</dd></div>`);
  if (ed.credits.reviewers.length)
    out.push(`<div><dt>${bilingual(LABELS.reviewers, xhtml)}</dt><dd>${ed.credits.reviewers.map(escapeMarkup).join(', ')}</dd></div>`);
  out.push(`<div class="ed-fact-small"><dt>${bilingual(LABELS.version, xhtml)}</dt><dd>${ed.version}</dd></div>`);
  const date = xhtml
    ? escapeMarkup(isoDate(ed.publishedAt))
    : `<time datetime="${escapeMarkup(ed.publishedAt)}">${escapeMarkup(isoDate(ed.publishedAt))}</time>`;
  out.push(`<div class="ed-fact-small"><dt>${bilingual(LABELS.published, xhtml)}</dt><dd>${date}</dd></div>`);
  out.push('</dl>');
  return out.join('\n');
}

/** The index of names: Korean (linking to the first mention), romanised form. */
export function nameIndexHtml(plan: NameIndexPlan, href: (anchor: string, n: number) => string, xhtml = false): string {
  if (!plan.entries.length) return '';
  const items = plan.entries.map(
    (e) =>
      `<li><a class="nm-ko" href="${escapeMarkup(href(e.anchor, e.n))}"${langAttrs('ko', xhtml)}>${escapeMarkup(e.target)}</a> ` +
      `<span class="nm-rom"${langAttrs('en', xhtml)}>${escapeMarkup(e.source)}</span></li>`,
  );
  return (
    `<section class="ed-names" aria-labelledby="ed-names-h">` +
    `<h2 id="ed-names-h">${bilingual(LABELS.names, xhtml)}</h2>` +
    `<ul class="ed-names-list">${items.join('')}</ul></section>`
  );
}

/** Anchor ids of first mentions inside one segment's Korean text, by start offset. */
export function anchorsFor(plan: NameIndexPlan, n: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [key, id] of plan.ids) {
    const [segN, start] = key.split(':').map(Number);
    if (segN === n) out.set(start!, id);
  }
  return out;
}

/** The whole edition as one HTML <article>: titles, credits, editor's note, toggle, the paragraph pairs and the index of names. */
export function renderEditionArticle(ed: EditionView, opts: ArticleOptions = {}): string {
  const names = nameIndex(ed.names);
  const plan = planNameIndex(ed, ed.names, names.matcher);
  const reader = readerMarks(ed, 'web');
  const src = ed.sourceLang;
  const trg = ed.targetLang;
  const out: string[] = [];
  const body = bodySegments(ed);
  const from = opts.part?.from ?? 0;
  const to = Math.min(body.length, opts.part?.to ?? body.length);
  out.push(`<article class="edition" data-edition-version="${ed.version}">`);
  if (from === 0) {
    out.push('<header class="ed-head">');
    out.push(frontHtml(ed));
    out.push('</header>');
    const note = editorNoteHtml(ed);
    if (note) out.push(note);
  }
  if (opts.toggle) {
    out.push('<fieldset class="lang-toggle">');
    out.push(`<legend>${bilingual(LABELS.show)}</legend>`);
    const radio = (value: string, label: string, checked: boolean) =>
      `<input type="radio" name="ed-lang" id="ed-lang-${value}" value="${value}"${checked ? ' checked' : ''}><label for="ed-lang-${value}">${label}</label>`;
    out.push(radio('both', bilingual(LABELS.both), true));
    out.push(radio('src', `<span lang="en">English</span>`, false));
    out.push(radio('trg', `<span lang="ko">한국어</span>`, false));
    out.push('</fieldset>');
  }
  out.push('<div class="ed-body">');
  for (const seg of body.slice(from, to)) {
    const id = `p${seg.n}`;
    const srcInner = inlineHtml(seg.source, { side: 'source', lang: src, names, inserts: reader.inserts(seg, 'source') }, trg);
    // A paragraph without a translation (untranslated, or kept in English) shows its English alone.
    const trgDiv = seg.target
      ? `<div class="trg"${langAttrs(trg, false)}>${blockHtml(seg, inlineHtml(seg.target, { side: 'target', lang: trg, names, anchors: anchorsFor(plan, seg.n), inserts: reader.inserts(seg, 'target') }))}</div>`
      : '';
    out.push(
      `<section class="pair pair-${seg.kind}${seg.target ? '' : ' pair-src-only'}" id="${id}">` +
        `<a class="pn" href="#${id}" aria-label="${escapeMarkup(LABELS.paragraph.en)} ${seg.n}">${seg.n}</a>` +
        `<div class="src"${langAttrs(src, false)}>${blockHtml(seg, srcInner)}</div>` +
        trgDiv +
        reader.pairNotes(seg) +
        '</section>',
    );
  }
  out.push('</div>');
  if (to === body.length) {
    const notes = reader.notesSection();
    if (notes) out.push(notes);
    const index = nameIndexHtml(plan, (anchor) => `#${anchor}`);
    if (index) out.push(index);
  }
  out.push('</article>');
  return out.join('\n');
}

/** A complete HTML page of the edition (what Chromium prints to PDF). */
export function renderEditionPage(ed: EditionView, css: string, opts: ArticleOptions = {}): string {
  return (
    `<!DOCTYPE html>\n<html lang="${escapeMarkup(ed.sourceLang)}"><head><meta charset="utf-8">` +
    `<title>${escapeMarkup(ed.title.source)} · ${escapeMarkup(ed.title.target)}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<style>${css}</style></head><body><main>${renderEditionArticle(ed, opts)}</main></body></html>`
  );
}
