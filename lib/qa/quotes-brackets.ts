// Unbalanced quotation marks and brackets in the target. A kind that is already unbalanced in the
// source is skipped: news copy often opens a quotation in one paragraph and closes it in a later
// one, and the translation rightly follows. Right single quotes double as apostrophes (Kim’s), so
// ’ only closes a ‘ that is open. A straight single quote counts as a quotation mark unless it is
// an apostrophe between Latin letters (Kim's, don't).
// Straight quotes next to Hangul are also reported, balanced or not, when the document (or, run
// alone, the segment) quotes typographically: " when it uses “ ”, ' when it uses ‘ ’ or “ ” (a
// text that curls its double quotes curls its single ones; Yonhap-style copy quotes speech with
// straight " and emphasis with ‘ ’, and that mix is a house style, not an error).
import type { SegmentCheck } from './check';
import { makeIssue } from './shared';
import type { QaIssue } from './types';

const ID = 'quotes-brackets';
const PAIRS: Record<string, string> = {
  '“': '”',
  '‘': '’',
  '(': ')',
  '[': ']',
  '{': '}',
  '（': '）',
  '「': '」',
  '『': '』',
  '《': '》',
  '〈': '〉',
};
const CLOSE_TO_OPEN = Object.fromEntries(Object.entries(PAIRS).map(([o, c]) => [c, o]));
const MARKS_RE = /["'“”‘’()[\]{}（）「」『』《》〈〉]/g;
const QUOTES = new Set(['“', '‘', '"', "'", '「', '『', '《', '〈']);

export interface Unbalanced {
  char: string;
  index: number;
  category: 'quote' | 'bracket';
}

function cat(c: string): Unbalanced['category'] {
  return QUOTES.has(c) || QUOTES.has(CLOSE_TO_OPEN[c] ?? '') ? 'quote' : 'bracket';
}

export function findUnbalanced(text: string): Unbalanced[] {
  const stack: { char: string; index: number }[] = [];
  const bad: Unbalanced[] = [];
  let straight = -1;
  let single = -1;
  // Visit only the marks themselves: segments are mostly letters, and this runs on every save. Read
  // with test, not matchAll: a mark is one character (lastIndex - 1), so no match object per mark.
  const re = new RegExp(MARKS_RE);
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text[i]!;
    if (c === '"') {
      straight = straight < 0 ? i : -1;
    } else if (c === "'") {
      if (/[A-Za-z0-9]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? '')) continue;
      single = single < 0 ? i : -1;
    } else if (c in PAIRS) {
      stack.push({ char: c, index: i });
    } else if (c in CLOSE_TO_OPEN) {
      const open = CLOSE_TO_OPEN[c]!;
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.char !== open) at--;
      if (at >= 0) {
        // Anything opened after the match and still open is unbalanced (e.g. “(” … ”).
        for (const s of stack.splice(at)) if (s.char !== open) bad.push({ ...s, category: cat(s.char) });
      } else if (c !== '’') {
        bad.push({ char: c, index: i, category: cat(c) });
      }
    }
  }
  for (const s of stack) bad.push({ ...s, category: cat(s.char) });
  if (straight >= 0) bad.push({ char: '"', index: straight, category: 'quote' });
  if (single >= 0) bad.push({ char: "'", index: single, category: 'quote' });
  return bad.sort((a, b) => a.index - b.index);
}

export const quotesBracketsCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const sourceBad = new Set(findUnbalanced(segment.sourceText).map((u) => u.category));
    const issues: QaIssue[] = [];
    const seen = new Set<string>();
    for (const u of findUnbalanced(segment.targetText)) {
      if (sourceBad.has(u.category) || seen.has(u.char)) continue;
      seen.add(u.char);
      const what = u.category === 'quote' ? { en: 'quotation mark', ko: '따옴표' } : { en: 'bracket', ko: '괄호' };
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `unbalanced:${u.char}`,
          targetSpan: { start: u.index, end: u.index + 1 },
          message: {
            en: `Unbalanced ${what.en} (${u.char}) in the translation.`,
            ko: `번역문의 ${what.ko}(${u.char}) 짝이 맞지 않습니다.`,
          },
        }),
      );
    }
    if (!seen.has('"') || !seen.has("'")) issues.push(...straightInTypographic(segment.targetText, seen, ctx));
    issues.push(
      ...lookalikeQuotes(segment.targetText, segment.sourceText, ctx),
      ...foreignQuotes(segment.targetText, segment.sourceText, ctx),
      ...cornerSpeech(segment.targetText, ctx),
      ...singleQuoteSlips(segment.targetText, segment.sourceText, ctx),
    );
    return issues;
  },
};

const HANGUL_RE = /[\uAC00-\uD7A3]/;
const TYPOGRAPHIC_RE: Record<string, RegExp> = { '"': /[“”]/, "'": /[“”‘]/ };

/** Straight quotes touching Hangul, when the document's Korean (else the segment) curls its quotes. */
function straightInTypographic(text: string, seen: Set<string>, ctx: Parameters<SegmentCheck['run']>[1]): QaIssue[] {
  if (!/["']/.test(text) || !HANGUL_RE.test(text)) return [];
  const issues: QaIssue[] = [];
  const typographic: Record<string, boolean> = {};
  for (const m of text.matchAll(/["']/g)) {
    const c = m[0];
    const i = m.index!;
    if (seen.has(c)) continue;
    if (!HANGUL_RE.test(text[i - 1] ?? '') && !HANGUL_RE.test(text[i + 1] ?? '')) continue;
    typographic[c] ??= TYPOGRAPHIC_RE[c]!.test(text) || TYPOGRAPHIC_RE[c]!.test(ctx.docText?.() ?? '');
    if (!typographic[c]) continue;
    seen.add(c);
    issues.push(
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: `straight:${c}`,
        targetSpan: { start: i, end: i + 1 },
        message: {
          en: `Straight quotation mark (${c}) in the translation; the rest of the text uses typographic quotes (“ ” ‘ ’).`,
          ko: `번역문에 곧은 따옴표(${c})가 있습니다. 나머지 글은 둥근 따옴표(“ ” ‘ ’)를 씁니다.`,
        },
      }),
    );
  }
  return issues;
}

// Marks that look like quotation marks but are not (an acute accent ´ or a grave ` typed for ‘ ’, the
// primes ′ ″ of feet and minutes, the double-prime quotes 〝 〞, the full-width ＇ ＂ an IME types in
// its full-width mode, the ornamental ❛ ❜ ❝ ❞ of a symbol font, the modifier letters ʼ ʻ ˈ of a
// romanisation or phonetic keyboard layout and the reversed ‛ ‟; the double acute ˝ of a Hungarian
// layout, the modifier accents ˊ ˋ and double apostrophe ˮ, the reversed primes ‵ ‶ and the
// full-width grave ｀ an IME types in its full-width mode): beside Hangul, Korean text has no other use
// for them.
const LOOKALIKE_CLASS = '´`′″〝〞＇＂❛❜❝❞ʼʻˈ‛‟˝ˊˋˮ‵‶｀';
const LOOKALIKE_RE = new RegExp(`[${LOOKALIKE_CLASS}]`, 'g');

/**
 * Whether the mark at `i` quotes Korean: it touches Hangul, or it opens a word (after a space or the
 * start) whose first run has Hangul (˝3년 전, a quotation opening on a figure), or closes one likewise.
 */
function quotesKorean(text: string, i: number): boolean {
  if (HANGUL_RE.test(text[i - 1] ?? '') || HANGUL_RE.test(text[i + 1] ?? '')) return true;
  if (/^\s?$/.test(text[i - 1] ?? '')) return /^[\p{N}.,%]{1,12}[가-힣]/u.test(text.slice(i + 1, i + 14));
  if (/^[\s,.]?$/.test(text[i + 1] ?? '')) return /[가-힣][\p{N}.,%]{1,12}$/u.test(text.slice(Math.max(0, i - 13), i));
  return false;
}

/** Look-alike quotation marks touching Hangul (´세검정´ for ‘…’), the first of each; not one the source has (`code`). */
function lookalikeQuotes(text: string, source: string, ctx: Parameters<SegmentCheck['run']>[1]): QaIssue[] {
  if (!new RegExp(`[${LOOKALIKE_CLASS}]`).test(text)) return [];
  const issues: QaIssue[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(LOOKALIKE_RE)) {
    const c = m[0];
    const i = m.index!;
    if (seen.has(c) || source.includes(c) || !quotesKorean(text, i)) continue;
    seen.add(c);
    issues.push(
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: `lookalike:${c}`,
        targetSpan: { start: i, end: i + 1 },
        message: {
          en: `${c} (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) is used as a quotation mark; write ‘ ’ or “ ”.`,
          ko: `${c}(U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})를 따옴표로 썼습니다. ‘ ’나 “ ”를 쓰세요.`,
        },
      }),
    );
  }
  return issues;
}

// Quotation marks of other languages' conventions around Korean (a French or Russian template's
// «…» and ‹…›, a German one's „…“): Korean writes “ ” and ‘ ’. The first of each in the segment, where it
// touches Hangul, unless the source has the same mark (a French title quoted as printed); one issue
// per segment (the pair's closer is the same slip).
const FOREIGN_QUOTE_RE = /[«»‹›„]/g;
function foreignQuotes(text: string, source: string, ctx: Parameters<SegmentCheck['run']>[1]): QaIssue[] {
  if (!/[«»‹›„]/.test(text)) return [];
  for (const m of text.matchAll(FOREIGN_QUOTE_RE)) {
    const c = m[0];
    const i = m.index!;
    if (source.includes(c) || (!HANGUL_RE.test(text[i - 1] ?? '') && !HANGUL_RE.test(text[i + 1] ?? ''))) continue;
    const want = c === '‹' || c === '›' ? '‘ ’' : '“ ”';
    return [
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: `foreign:${c}`,
        targetSpan: { start: i, end: i + 1 },
        message: {
          en: `${c} is another language's quotation mark; Korean writes ${want}.`,
          ko: `다른 언어의 따옴표(${c})를 썼습니다. 한국어에서는 ${want}를 쓰세요.`,
        },
      }),
    ];
  }
  return [];
}

// Speech quoted in Japanese corner brackets (「…」라며, 『…』고 말했다), kept from a Japanese statement
// or typed by a Japanese IME or template, where the text quotes its other speech in “ ”. 「 」 and 『 』
// around a law's, a book's or a document's name (「…법」에 따라, 『토지』를) are Korean style and are not
// followed by a quotative ending. Also a quotation in corner brackets listed beside one in “ ” (『…』,
// “…”는 구호): one list, two styles.
const CORNER_SPEECH_RE =
  /(?:「[^「」\n]{1,400}」|『[^『』\n]{1,400}』)(?:(?=이?라(?:고|며|면서)|고 ?(?:말|밝|했|덧붙|강조|설명|전했)|며 )|(?=\s?[,·]\s?“))|(?<=”\s?[,·]\s?)[「『]/g;
const CURLY_SPEECH_RE = /”(?:이?라(?:고|며|면서)|고 ?(?:말|밝|했|덧붙|강조|설명|전했)|며 )/;

/** Speech in 「 」 or 『 』 where the document quotes speech in “ ” (the first in the segment). */
function cornerSpeech(text: string, ctx: Parameters<SegmentCheck['run']>[1]): QaIssue[] {
  if (!text.includes('「') && !text.includes('『')) return [];
  const m = CORNER_SPEECH_RE.exec(text);
  CORNER_SPEECH_RE.lastIndex = 0;
  if (!m || !(CURLY_SPEECH_RE.test(text) || CURLY_SPEECH_RE.test(ctx.docText?.() ?? ''))) return [];
  const pair = m[0][0] === '『' ? '『 』' : '「 」';
  return [
    makeIssue(ID, ctx.locale, {
      severity: 'warning',
      key: `corner-speech:${m[0][0]}`,
      targetSpan: { start: m.index, end: m.index + 1 },
      message: {
        en: `Speech quoted in Japanese corner brackets ${pair}; the rest of the text quotes speech in “ ”.`,
        ko: `인용문을 일본식 낫표(${pair})로 묶었습니다. 나머지 글은 인용문에 “ ”를 씁니다.`,
      },
    }),
  ];
}

// Smart-quote slips with single quotes around Korean:
// - two single quotes typed for a double one (‘‘새 출발’’): an opener pair before Hangul or a closer
//   pair after it (nested quotes close on ’” or ”’, never on two alike);
// - a quotation opened with the right single quote ’ (’골든타임’은), as an editor's autocorrect
//   turns a quote typed after a space the wrong way: an apostrophe never opens a Korean word.
// The first slip of each kind in the segment; not where the source has the same marks.
const SINGLE_SLIP_RE = /‘‘(?=[가-힣])|(?<=[가-힣])’’|(?<=^|[\s(“[「『《〈])’(?=[가-힣])/g;
function singleQuoteSlips(text: string, source: string, ctx: Parameters<SegmentCheck['run']>[1]): QaIssue[] {
  if (!text.includes('’') && !text.includes('‘‘')) return [];
  const issues: QaIssue[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(SINGLE_SLIP_RE)) {
    const c = m[0];
    if (seen.has(c) || source.includes(c === '’' ? ' ’' : c)) continue;
    seen.add(c);
    const i = m.index!;
    const message =
      c === '’'
        ? {
            en: 'A quotation opened with a right single quote (’); open it with ‘.',
            ko: '작은따옴표를 닫는 따옴표(’)로 열었습니다. 여는 따옴표 ‘를 쓰세요.',
          }
        : {
            en: `Two single quotes (${c}) typed for a double quotation mark; write “ ”.`,
            ko: `큰따옴표 대신 작은따옴표 두 개(${c})를 썼습니다. “ ”를 쓰세요.`,
          };
    issues.push(
      makeIssue(ID, ctx.locale, { severity: 'warning', key: `single-slip:${c}`, targetSpan: { start: i, end: i + c.length }, message }),
    );
  }
  return issues;
}
