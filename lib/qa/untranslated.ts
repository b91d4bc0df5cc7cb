// Untranslated text: a target identical to its source (ignoring case and spacing), or English left
// in the Korean as a run of at least three Latin words or twenty Latin characters. Glossary terms,
// acronyms (U.S., WFP, DMZ), URLs and a Latin gloss in parentheses after Korean (통일연구원(KINU))
// are not counted: they are legitimately Latin.
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import type { CompiledTerm, CompiledTerms } from './term-matching';
import type { QaIssue } from './types';

const ID = 'untranslated';
const MIN_WORDS = 3;
const MIN_CHARS = 20;

const normalise = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const ACRONYM = /^(?:(?:\p{Lu}\.){1,4}\p{Lu}?\.?|\p{Lu}[\p{Lu}\d&]{1,7}s?)$/u;
const RUN_RE = /[A-Za-z][A-Za-z'’.\-]*(?:[ ,;:/–—-]+[A-Za-z][A-Za-z'’.\-]*)*/g;

/** Replaces legitimately Latin stretches with spaces, keeping offsets. */
// A term's first word in lower case, once per compiled term (not once per term and segment).
const FIRST = new WeakMap<CompiledTerm, string>();
function firstWord(t: CompiledTerm): string {
  let w = FIRST.get(t);
  if (w === undefined)
    FIRST.set(
      t,
      (w = t.term.source
        .trim()
        .split(/[\s\-‐]+/)[0]!
        .toLowerCase()),
    );
  return w;
}

function mask(text: string, terms: CompiledTerms): string {
  const blank = (s: string) => ' '.repeat(s.length);
  let out = text;
  // Cheap guards first: these regexes are costly on long text and rarely needed.
  if (/https?:|www\.|@/.test(out)) out = out.replace(/https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.-]+/g, blank);
  if (out.includes('(') || out.includes('（')) out = out.replace(/(?<=[가-힣])\s?[(（][^()（）]*[)）]/g, blank);
  const lower = out.toLowerCase();
  for (const t of terms.list) {
    // Pre-filter on the first word: the term's spacing and hyphens may vary (Kwon Jong Gun).
    if (lower.includes(firstWord(t))) out = out.replace(t.romanisedRe, blank);
  }
  return out;
}

function isAllLatinNoise(source: string): boolean {
  // "WFP", "U.S.", "2019", "BTS": nothing to translate.
  const words = source.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [];
  return words.every((w) => ACRONYM.test(w) || /^\d/.test(w));
}

function isTerm(src: string, terms: CompiledTerms): boolean {
  return terms.list.some((t) => normalise(t.term.source) === normalise(src));
}

export const untranslatedCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = segment.sourceText;
    const tgt = segment.targetText;
    const issues: QaIssue[] = [];
    // Identical only if the lengths are close (spacing aside); saves normalising every pair.
    const close = Math.abs(src.trim().length - tgt.trim().length) <= src.length / 10 + 2;
    if (close && normalise(src) === normalise(tgt) && /\p{L}/u.test(src) && !isAllLatinNoise(src) && !isTerm(src, ctx.terms)) {
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: 'identical',
          targetSpan: { start: 0, end: tgt.length },
          message: {
            en: 'The translation is identical to the source.',
            ko: '번역문이 원문과 똑같습니다.',
          },
        }),
      );
      return issues;
    }
    if (!/[A-Za-z]/.test(tgt)) return issues;
    const masked = mask(tgt, ctx.terms);
    for (const m of masked.matchAll(RUN_RE)) {
      const words = m[0].split(/[ ,;:/–—-]+/).filter((w) => w && !ACRONYM.test(w.replace(/[’']s$/, '')));
      const letters = words.join('').length;
      if (words.length < MIN_WORDS && letters < MIN_CHARS) continue;
      const run = m[0].replace(/[ ,;:/–—-]+$/, '');
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `latin:${normalise(run).slice(0, 40)}`,
          targetSpan: { start: m.index!, end: m.index! + run.length },
          message: {
            en: `English text left in the translation: ${q(run)}.`,
            ko: `번역되지 않은 영어가 남아 있습니다: ${q(run)}.`,
          },
        }),
      );
    }
    return issues;
  },
};
