// Leftover markup in the Korean: HTML/XML tags (</span>, <b>, <br>), HTML comments (<!-- … -->, whole or cut), character entities (&nbsp;,
// &amp;, &#8220;), CAT placeholders ({1}, %s, <x id="n1"/>) and Markdown (**bold**, __bold__, *italics* around Korean, a
// [link](https://…), a # heading mark, an escape \~, ~~strikethrough~~), BBCode ([b]…[/b], [url=…]), RTF ({\b …}, \par: markup-rtf.ts), ASS subtitle overrides ({\an8}: markup-subtitle.ts), LaTeX
// (\textbf{…}, 71\%), XML CDATA markers (<![CDATA[, ]]>: markup-code.ts), SRT cue timings (markup-subtitle.ts) and InDesign tagged text (<CharStyle:Bold>: markup-layout.ts) that an import, a machine translation or a paste left in the text. Anything of the same shape that the source itself contains is allowed (the source quotes
// code or shows a tag on purpose).
import type { SegmentCheck } from './check';
import { findCode } from './markup-code';
import { findLayoutCodes } from './markup-layout';
import { findRtf } from './markup-rtf';
import { findSubtitleCodes } from './markup-subtitle';
import { escapedHangul } from './escaped-text';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';

const ID = 'markup';
// One pass over the text; the alternatives are tags, entities and placeholders.
// Tags: known HTML/XLIFF names, or any name with an attribute (<x id="1">), so a title in angle
// brackets (<New York Times>) is not taken for markup. The inline elements of HTML text (<abbr>,
// <cite>, <q>, <kbd>…) too; not <time> or <main>, which a Korean text may print as a title (<Time>).
// A closing tag of any name (</pi>, </cue>: a newsroom system's or a CMS's own element): no title is
// written with a slash before its name.
const TAGS =
  'a|b|i|u|s|em|strong|span|div|p|br|hr|img|font|sup|sub|ul|ol|li|table|tr|td|th|h[1-6]|x|g|bx|ex|bpt|ept|ph|it|mrk|code|pre|small|big|center|blockquote|section|article|header|footer|nav|mark|del|ins|tt|body|html|head|title|style|script|meta|link|o:p|w:\\w+|' +
  'abbr|acronym|cite|dfn|kbd|samp|var|q|bdi|bdo|wbr|ruby|rt|rp|strike|nobr|dl|dt|dd|caption|thead|tbody|tfoot|colgroup|col|figure|figcaption|aside|iframe|source|picture';
const MARKUP_RE = new RegExp(
  `</?(?:${TAGS})\\s*/?>|</?[A-Za-z][\\w:-]*\\s+[\\w:-]+\\s*=[^<>]{0,200}/?>|</[A-Za-z][\\w:.-]{0,30}\\s*>|&(?:[A-Za-z][A-Za-z0-9]{1,7}|#\\d{1,6}|#x[0-9A-Fa-f]{1,6});|\\{\\d{1,2}\\}|%[sd]\\b|\\$\\{\\w+\\}`,
  'gi',
);

// Markdown emphasis: a pair of ** or __ around text that starts and ends with no space (a lone
// ** or a rule of underscores is no pair); a link [text](url).
const MD_EMPHASIS_RE = /(\*\*|__)(?=[^\s*_])[^\n]{0,300}?[^\s*_]\1(?![*_])/g;
// Markdown strikethrough ~~…~~ (a reviewer's rejected wording left in): the opener after no letter or
// digit (좋아요~~ is an elongated ending, 9~~10 a range), the text starting and ending with no space.
const MD_STRIKE_RE = /(?<![\p{L}\p{N}~])~~(?=[^\s~])[^\n~]{0,300}?[^\s~]~~(?!~)/gu;
// Markdown italics, one * or _ on each side of Korean text (*연내*, _관건_은): the opener after no letter,
// digit or marker, the text starting and ending on Hangul, the closer before no letter of its own
// (a particle may follow). A lone footnote star (*주: …) or a product of numbers (3*4) is no pair.
const MD_ITALIC_RE = /(?<![\p{L}\p{N}*_])([*_])(?=[가-힣])[^\n*_]{0,100}?[가-힣]\1(?![*_\p{N}A-Za-z])/gu;
const MD_LINK_RE = /\[[^\]\n]{1,200}\]\((?:https?:\/\/|www\.)[^)\s]{1,500}\)/g;
// HTML comments (<!-- 제목 -->), also with odd spacing (< !-- … -- >), the dashes autocorrected to a
// dash (<!—…—>), or cut: an opener with no closer, or a closer with no opener glued to the text
// before it (제목-->), not the arrow of “A --> B”. Reported as one token so the source's own
// comment allows the translated one.
const COMMENT_RE = /<\s?!\s?(?:--|[—–])[^]{0,300}?(?:--|[—–])\s?>|<\s?!\s?(?:--|[—–])|(?<=\S)--\s?>/g;

// A Markdown heading mark at the start of a line (# 제목, ## 요약): one to six # and a space, as a
// converted document leaves it; a hashtag (#미투) has no space after its mark.
const MD_HEADING_RE = /(?:^|(?<=\n))[ \t]{0,3}(#{1,6})[ \t]+(?=\S)/g;
// BBCode (forum and CMS markup): a closing tag [/b], a tag with a value [url=…], [color=red], or an
// opening tag its closer follows ([b]4450원[/b]). A bare [b] or [i] alone is a list label, kept.
const BBCODE_RE =
  /\[(?:\/(?:b|i|u|s|url|img|colou?r|size|font|quote|code|center|list|spoiler|email)|(?:url|img|colou?r|size|font|quote|email)=[^\]\n]{1,200})\]|\[(b|i|u|s|url|img|colou?r|size|font|quote|code|center|list|spoiler|email)\](?=[^\n]{0,300}?\[\/\1\])/gi;

// MediaWiki markup from a wiki paste: a link [[문서]] or [[문서|표시]], a template {{출처}}, bold '''…'''. Reported as one token
// each, so the source's own wiki markup allows the translated one.
const WIKI_RE = /\[\[[^[\]\n]{1,200}\]\]|\{\{[^{}\n]{1,200}\}\}/g;
// MediaWiki bold '''…''' and bold italics '''''…''''' around text (no space inside the marks). Two
// apostrophes alone ('') are left to quotes-brackets: they are as often a double quote typed badly.
const WIKI_BOLD_RE = /(?<!')('{3}|'{5})(?=[^\s'])[^'\n]{0,200}?[^\s']\1(?!')/g;

// A Markdown escape a converter left before punctuation (9만9000\~22만 원, \*, \_, 1\. , \[): a
// backslash no text of its own puts there. The source's own (code it quotes) is allowed like any markup.
const MD_ESCAPE_RE = /(?<!\\)\\[~*_`#[\]|>.+=-]/g;

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

export function findMarkup(text: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  if (/[<&{%$]/.test(text))
    for (const m of text.matchAll(MARKUP_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  if (text.includes('**') || text.includes('__'))
    // One issue per pair, on the opening marker.
    for (const m of text.matchAll(MD_EMPHASIS_RE)) out.push({ text: m[1]!, start: m.index!, end: m.index! + 2 });
  if (text.includes('~~')) for (const m of text.matchAll(MD_STRIKE_RE)) out.push({ text: '~~', start: m.index!, end: m.index! + 2 });
  if (/[*_][가-힣]/.test(text)) for (const m of text.matchAll(MD_ITALIC_RE)) out.push({ text: m[1]!, start: m.index!, end: m.index! + 1 });
  if (/!\s?[-—–]|-\s?>/.test(text))
    for (const m of text.matchAll(COMMENT_RE)) out.push({ text: '<!-- -->', start: m.index!, end: m.index! + m[0].length });
  if (text.includes('#'))
    for (const m of text.matchAll(MD_HEADING_RE)) {
      const at = m.index! + m[0].indexOf('#');
      out.push({ text: m[1]!, start: at, end: at + m[1]!.length });
    }
  if (text.includes('[')) for (const m of text.matchAll(BBCODE_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  if (text.includes('[[') || text.includes('{{'))
    for (const m of text.matchAll(WIKI_RE))
      out.push({ text: m[0].startsWith('[') ? '[[ ]]' : '{{ }}', start: m.index!, end: m.index! + m[0].length });
  if (text.includes("'''"))
    for (const m of text.matchAll(WIKI_BOLD_RE)) out.push({ text: "'''", start: m.index!, end: m.index! + m[0].length });
  if (text.includes(']('))
    for (const m of text.matchAll(MD_LINK_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  if (text.includes('\\')) for (const m of text.matchAll(MD_ESCAPE_RE)) out.push({ text: m[0], start: m.index!, end: m.index! + 2 });
  out.push(...findRtf(text), ...findCode(text), ...findSubtitleCodes(text), ...findLayoutCodes(text));
  return out.sort((a, b) => a.start - b.start);
}

export const markupCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    let found = findMarkup(segment.targetText);
    if (found.length === 0) return [];
    // Korean written as numeric references (&#54801;&#49345;) is broken text's to report, once.
    if (segment.targetText.includes('&#')) {
      const escaped = escapedHangul(segment.targetText);
      found = found.filter((m) => !escaped.some((e) => e.start <= m.start && m.end <= e.end));
    }
    const inSource = new Set(findMarkup(segment.sourceText).map((m) => norm(m.text)));
    const issues: QaIssue[] = [];
    for (const m of found) {
      if (inSource.has(norm(m.text))) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `left:${norm(m.text).slice(0, 30)}`,
          targetSpan: { start: m.start, end: m.end },
          message: {
            en: `Leftover markup ${q(m.text)} in the translation.`,
            ko: `번역문에 남은 태그나 코드: ${q(m.text)}.`,
          },
        }),
      );
    }
    return uniqueKeys(issues);
  },
};
