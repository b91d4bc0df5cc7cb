import 'server-only';
// The SpellingContext the QA spelling check gets on the server (lib/server/qa/run-qa.ts): the
// project's word list, the document's own names (Hangul in its English source, candidates of names
// not vetted yet, names its Korean transliterates from its English in any segment), and verdicts from
// the shared cache after judging the document's new words within a time budget.
import type { QaSegment, QaTerm } from '../../qa';
import { knownWords, passesWithoutDictionary } from '../../spell/filters';
import { spellTokens } from '../../spell/tokenise';
import { documentNames } from '../../spell/document-names';
import type { SpellingContext } from '../../spell/types';
import { parseCandidates } from '../../names/candidates';
import { db } from '../db/client';
import { cachedVerdict, prepareVerdicts, spellerReady } from './speller';

/** How long a QA request waits for new verdicts; the rest arrives with a later request. */
export const SPELL_BUDGET_MS = 1500;

export async function projectWords(projectId: string): Promise<string[]> {
  const rows = await db.projectWord.findMany({ where: { projectId }, select: { word: true }, orderBy: { word: 'asc' } });
  return rows.map((r) => r.word);
}

/**
 * The spelling context for checking `segments` (the whole document: its sources give the
 * document's names). Undefined while the speller is still loading (nothing is flagged then).
 */
export async function spellingContext(
  projectId: string,
  segments: readonly QaSegment[],
  terms: readonly QaTerm[],
  check: readonly QaSegment[] = segments,
): Promise<SpellingContext | undefined> {
  if (!spellerReady()) return undefined;
  // Names found without their Korean form yet: the translator may have written one of the candidates.
  const [list, unvetted] = await Promise.all([
    projectWords(projectId),
    db.term.findMany({ where: { projectId, kind: 'NAME', status: { not: 'REJECTED' }, target: '' }, select: { candidates: true } }),
  ]);
  const candidates = unvetted.flatMap((t) => parseCandidates(t.candidates).map((c) => c.target));
  const known = knownWords([...list, ...candidates, ...segments.map((s) => s.sourceText)]);
  const glossary = knownWords(terms.map((t) => t.target));
  const both = { has: (w: string) => known.has(w) || glossary.has(w) };
  const words: string[] = [];
  for (const s of check) {
    for (const t of spellTokens(s.targetText)) if (!passesWithoutDictionary(s.targetText, t, both)) words.push(t.word);
  }
  await prepareVerdicts(words, SPELL_BUDGET_MS);
  // Names heard in one segment's English are known in the others (documentNames).
  for (const n of documentNames(
    segments,
    (w) => cachedVerdict(w)?.ok === false && !cachedVerdict(w)?.rival && !cachedVerdict(w)?.loanRival,
    (w) => cachedVerdict(w)?.suggestions ?? [],
  ))
    known.add(n);
  return { known, verdict: cachedVerdict };
}
