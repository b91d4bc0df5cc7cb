// Korean spelling (#22): a Hangul word the dictionary does not know, with up to three
// suggestions. Runs only when the caller passes a SpellingContext (the server loads Hunspell in a
// worker; before it is ready, nothing is reported). Names and terms of the glossary and the
// project's word list (with particles), glossed words, names before a title, numbers with
// counters and Latin runs pass (lib/spell/filters.ts, tokenise.ts); compounds of dictionary words
// pass (lib/spell/compound.ts, in the verdict).
import { nounBeforeSsik } from '../spell/counters';
import { knownWords, passesWithoutDictionary, type WordSet } from '../spell/filters';
import { hasMisspellingEvidence } from '../spell/gate';
import { continuesName } from '../spell/name-continuation';
import { isForeignNameParticle } from '../spell/name-particles';
import { spellTokens } from '../spell/tokenise';
import {
  ANCHOR_LEVEL,
  isTransliteration,
  misspeltTransliteration,
  sourceSkeletons,
  transliteratedStem,
  type AnchorLevel,
  type SourceForms,
} from '../spell/transliteration';
import type { SpellingContext, WordVerdict } from '../spell/types';
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { CompiledTerms } from './term-matching';
import type { QaIssue } from './types';

const ID = 'spelling';
const glossaryWords = new WeakMap<CompiledTerms, Set<string>>();

function glossary(terms: CompiledTerms): Set<string> {
  let hit = glossaryWords.get(terms);
  if (!hit) glossaryWords.set(terms, (hit = knownWords(terms.list.flatMap((t) => t.targets))));
  return hit;
}

export const spellingCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const spelling = ctx.spelling;
    if (!spelling) return [];
    const text = segment.targetText;
    const terms = glossary(ctx.terms);
    const own = knownWords([segment.sourceText]);
    const known: WordSet = { has: (w) => spelling.known.has(w) || terms.has(w) || own.has(w) };
    const issues: QaIssue[] = [];
    let skeletons: SourceForms | undefined;
    let anchored: SourceForms | undefined;
    const level = spelling.anchorLevel ?? ANCHOR_LEVEL;
    const tokens = spellTokens(text);
    for (const [index, token] of tokens.entries()) {
      // An article or preposition inside a foreign name of the source (르 ← Le Cordon Bleu): name-particles.ts.
      if (passesWithoutDictionary(text, token, known) || isForeignNameParticle(token.word, segment.sourceText)) continue;
      const v = spelling.verdict(token.word);
      if (!v || v.ok) continue;
      // A noun counted after a number with -씩 (한 계단씩): the noun the dictionary takes (counters.ts).
      const counted = nounBeforeSsik(text, token);
      if (counted !== null && spelling.verdict(counted)?.ok) continue;
      const w = token.word;
      skeletons ??= sourceSkeletons(segment.sourceText);
      const misspelt = () => v.loanRival === true || misspeltTransliteration(w, v.suggestions, segment.sourceText, level);
      // A foreign name or loanword of the source, alone or after a Korean noun (세계스카우트잼버리;
      // three syllables or more after the noun, as two say too little: 주구 + 장창 ← Chang).
      // Not a word one style-guide confusion from a word of the dictionary (v.rival: 월셋방, 휴계실), a
      // loanword misspelt (v.loanRival), or one whose suggestion transliterates the same English (리더쉽).
      if (
        !v.rival &&
        (isTransliteration(w, skeletons) || v.heads?.some((h) => (transliteratedStem(w.slice(h), skeletons!)?.length ?? 0) >= 3)) &&
        (spelling.anchorLevel === 0 || !misspelt())
      )
        continue;
      // The precision gate: no known misspelling and no correct form a few letters away, so more
      // likely a correct word the dictionary lacks (a name, a loanword, a compound) than a misspelling.
      if (spelling.precisionGate !== false && !hasMisspellingEvidence(w, v)) continue;
      // The source-anchored pass: a word that transliterates a word or two of this segment's English
      // when heard more loosely (lib/spell/transliteration.ts, AnchorLevel: 루이스 ← Ruiz, 디즈니 ←
      // Disney, 월드 ← world), unless it is a known misspelling (v.rival, v.loanRival) or a correct form
      // among its suggestions transliterates the same English (리더쉽 → 리더십 beside leadership, 심포지움
      // → 심포지엄 beside symposium: the word is that transliteration misspelt).
      if (level > 0 && !v.rival && isTransliteration(w, (anchored ??= sourceSkeletons(segment.sourceText, level))) && !misspelt()) continue;
      // The second word of a two-word name whose first word the Hangul word before writes (코와이 오처즈의 ←
      // Kowhai Orchards): lib/spell/name-continuation.ts.
      const before = tokens[index - 1];
      if (
        level > 0 &&
        !v.rival &&
        before !== undefined &&
        text.slice(before.end, token.start) === ' ' &&
        continuesName(before.word, w, segment.sourceText) &&
        !misspelt()
      )
        continue;
      const sugg = v.suggestions.slice(0, 3);
      const issue = makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: `word:${w}`,
        targetSpan: { start: token.start, end: token.end },
        message: sugg.length
          ? {
              en: `${q(w)} may be misspelt. Suggestions: ${sugg.join(', ')}.`,
              ko: `맞춤법을 확인하세요: ${q(w)}. 추천: ${sugg.join(', ')}.`,
            }
          : { en: `${q(w)} may be misspelt.`, ko: `맞춤법을 확인하세요: ${q(w)}.` },
      });
      issue.suggestions = sugg;
      issue.word = w;
      issues.push(issue);
    }
    return uniqueKeys(issues);
  },
};

/** Every word the check may ask the verdict of in a target text (each token; a noun counted with -씩). */
export function spellingQueries(text: string): string[] {
  const words: string[] = [];
  for (const token of spellTokens(text)) {
    words.push(token.word);
    const counted = nounBeforeSsik(text, token);
    if (counted !== null) words.push(counted);
  }
  return words;
}

/**
 * A SpellingContext as plain data for the QA worker (lib/server/qa/qa-runner.ts): the known words and
 * the verdicts on every word of `texts` the check may ask about (a function cannot cross a thread).
 */
export interface SpellingSnapshot {
  known: string[];
  verdicts: [string, WordVerdict][];
  precisionGate?: false;
  anchorLevel?: AnchorLevel;
}

export function snapshotSpelling(spelling: SpellingContext, texts: readonly string[]): SpellingSnapshot {
  const verdicts = new Map<string, WordVerdict>();
  for (const text of texts) {
    for (const w of spellingQueries(text)) {
      if (verdicts.has(w)) continue;
      const v = spelling.verdict(w);
      if (v) verdicts.set(w, v);
    }
  }
  const snap: SpellingSnapshot = { known: [...spelling.known], verdicts: [...verdicts] };
  if (spelling.precisionGate === false) snap.precisionGate = false;
  if (spelling.anchorLevel !== undefined) snap.anchorLevel = spelling.anchorLevel;
  return snap;
}

export function spellingFromSnapshot(snap: SpellingSnapshot): SpellingContext {
  const verdicts = new Map(snap.verdicts);
  return {
    known: new Set(snap.known),
    verdict: (w) => verdicts.get(w),
    ...(snap.precisionGate === false ? { precisionGate: false as const } : {}),
    ...(snap.anchorLevel !== undefined ? { anchorLevel: snap.anchorLevel } : {}),
  };
}
