// The one renderer of an edition's text: HTML for the web page and the PDF, XHTML for the EPUB.
// Segments are rendered from their TipTap JSON; every character of user text goes through
// `esc` (markup escaped, characters XML cannot carry removed), links keep only safe hrefs. Korean
// names in Korean text become <span class="name" lang="ko" title="Kwon Jong-gun">권정근</span>;
// Hangul quoted inside English text is tagged lang="ko".
import { docToText, safeHref, type InlineNode, type SegmentDoc } from '../editor/doc';
import { stripInvalidXmlChars } from '../formats/import/xml-write';
import { createKoreanMentionMatcher, type KoreanMentionMatcher } from '../names/mentions';
import { bodySegments, type EditionName, type EditionSegment, type EditionView } from './snapshot';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: string): string {
  return stripInvalidXmlChars(s).replace(/[&<>"']/g, (c) => ESC[c]!);
}

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
}

interface Span {
  start: number;
  end: number;
  open: string;
}

const HANGUL_RUN = /[\p{Script=Hangul}][\p{Script=Hangul}\p{Script=Han}]*(?:[ ·][\p{Script=Hangul}\p{Script=Han}]+)*/gu;

function langAttrs(lang: string, xhtml: boolean | undefined): string {
  return xhtml ? ` lang="${esc(lang)}" xml:lang="${esc(lang)}"` : ` lang="${esc(lang)}"`;
}

function spansFor(text: string, opts: InlineOptions, otherLang: string): Span[] {
  if (opts.side === 'target' && opts.names && opts.names.names.length) {
    return opts.names.matcher.find(text).map((m) => ({
      start: m.start,
      end: m.end,
      open: `<span class="name"${langAttrs(opts.lang, opts.xhtml)} title="${esc(opts.names!.names[m.termIndex]!.source)}" tabindex="0">`,
    }));
  }
  if (opts.side === 'source') {
    const spans: Span[] = [];
    for (const m of text.matchAll(HANGUL_RUN)) spans.push({ start: m.index!, end: m.index! + m[0].length, open: `<span${langAttrs(otherLang, opts.xhtml)}>` });
    return spans;
  }
  return [];
}

function wrapMarks(html: string, node: InlineNode): string {
  if (node.type !== 'text') return html;
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs?.href);
      if (href) html = `<a href="${esc(href)}" rel="noopener noreferrer nofollow">${html}</a>`;
    }
  }
  return html;
}

/** A segment's inline content as (X)HTML, with names and language spans. */
export function inlineHtml(doc: SegmentDoc | null, opts: InlineOptions, otherLang = 'ko'): string {
  if (!doc) return '';
  const text = docToText(doc);
  const spans = spansFor(text, opts, otherLang);
  const br = opts.xhtml ? '<br/>' : '<br>';
  let html = '';
  let offset = 0;
  let si = 0;
  for (const node of doc.content[0]?.content ?? []) {
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
      while (si < spans.length && spans[si]!.end <= pos) si += 1;
      const span = spans[si];
      if (span && span.start <= pos) {
        const to = Math.min(end, span.end);
        html += wrapMarks(`${span.open}${esc(node.text.slice(pos - start, to - start))}</span>`, node);
        pos = to;
      } else {
        const to = Math.min(end, span ? span.start : end);
        html += wrapMarks(esc(node.text.slice(pos - start, to - start)), node);
        pos = to;
      }
    }
  }
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
  override: { en: 'Published before every paragraph was approved', ko: '모든 문단이 승인되기 전에 발행됨' },
  missing: { en: 'not translated', ko: '번역 없음' },
  show: { en: 'Show', ko: '보기' },
  both: { en: 'Both', ko: '함께' },
  english: { en: 'English', ko: '영어' },
  korean: { en: 'Korean', ko: '한국어' },
  paragraph: { en: 'Paragraph', ko: '문단' },
} as const;

export function bilingual(label: { en: string; ko: string }, xhtml = false): string {
  return `<span${langAttrs('en', xhtml)}>${esc(label.en)}</span> · <span${langAttrs('ko', xhtml)}>${esc(label.ko)}</span>`;
}

export function isoDate(iso: string): string {
  return iso.slice(0, 10);
}

export interface ArticleOptions {
  /** The English / Korean / both radio toggle (web page); off for print. */
  toggle?: boolean;
}

/** The whole edition as one HTML <article>: titles, facts, credits, toggle and the paragraph pairs. */
export function renderEditionArticle(ed: EditionView, opts: ArticleOptions = {}): string {
  const names = nameIndex(ed.names);
  const src = ed.sourceLang;
  const trg = ed.targetLang;
  const out: string[] = [];
  out.push(`<article class="edition" data-edition-version="${ed.version}">`);
  out.push('<header class="ed-head">');
  out.push(`<h1><span class="title-src"${langAttrs(src, false)}>${esc(ed.title.source)}</span>`);
  if (ed.title.target !== ed.title.source) out.push(`<span class="title-trg"${langAttrs(trg, false)}>${esc(ed.title.target)}</span>`);
  out.push('</h1>');
  out.push('<dl class="ed-facts">');
  out.push(`<div><dt>${bilingual(LABELS.version)}</dt><dd>${ed.version}</dd></div>`);
  out.push(`<div><dt>${bilingual(LABELS.published)}</dt><dd><time datetime="${esc(ed.publishedAt)}">${esc(isoDate(ed.publishedAt))}</time></dd></div>`);
  if (ed.credits.translators.length) out.push(`<div><dt>${bilingual(LABELS.translators)}</dt><dd>${ed.credits.translators.map(esc).join(', ')}</dd></div>`);
  if (ed.credits.reviewers.length) out.push(`<div><dt>${bilingual(LABELS.reviewers)}</dt><dd>${ed.credits.reviewers.map(esc).join(', ')}</dd></div>`);
  out.push('</dl>');
  if (ed.overrideReason) {
    out.push(`<p class="ed-override" role="note"><strong>${bilingual(LABELS.override)}:</strong> <span class="reason">${esc(ed.overrideReason)}</span></p>`);
  }
  out.push('</header>');
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
  for (const seg of bodySegments(ed)) {
    const id = `p${seg.n}`;
    const srcInner = inlineHtml(seg.source, { side: 'source', lang: src, names }, trg);
    const trgInner = seg.target
      ? blockHtml(seg, inlineHtml(seg.target, { side: 'target', lang: trg, names }))
      : `<p class="missing">${bilingual(LABELS.missing)}</p>`;
    out.push(
      `<section class="pair pair-${seg.kind}" id="${id}">` +
        `<a class="pn" href="#${id}" aria-label="${esc(LABELS.paragraph.en)} ${seg.n}">${seg.n}</a>` +
        `<div class="src"${langAttrs(src, false)}>${blockHtml(seg, srcInner)}</div>` +
        `<div class="trg"${langAttrs(trg, false)}>${trgInner}</div>` +
        '</section>',
    );
  }
  out.push('</div>');
  out.push('</article>');
  return out.join('\n');
}

/** A complete HTML page of the edition (what Chromium prints to PDF). */
export function renderEditionPage(ed: EditionView, css: string, opts: ArticleOptions = {}): string {
  return (
    `<!DOCTYPE html>\n<html lang="${esc(ed.sourceLang)}"><head><meta charset="utf-8">` +
    `<title>${esc(ed.title.source)} · ${esc(ed.title.target)}</title>` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<style>${css}</style></head><body><main>${renderEditionArticle(ed, opts)}</main></body></html>`
  );
}
