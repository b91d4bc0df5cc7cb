import 'server-only';
// Names found in an imported document become PROPOSED glossary terms in the same transaction:
//   - `Kwon Jong-gun(권정근)`: the original form is the target. It is protected in MT, put in the
//     DeepL glossary and checked by QA from now on (PROPOSED only says the owner has not vetted it);
//   - `Oh Gyeong-seop` (no Hangul): target empty, ranked Hangul candidates stored; QA and the editor
//     say "name not vetted" until the owner picks or types the form. A well-known place of the
//     gazetteer (`Panmunjom`) gets its form as the target at once, candidates kept beside it.
// A name given with Hanja (`Moon Jae-in (文在寅)`) keeps the Hanja in its note and gets Hangul
// candidates (its target is the Hangul only for a well-known person).
// The role found at the first mention (`…, director of…`) goes into the note as `role: 국장`, so later
// documents of the project get 권 국장 for "Kwon" too. A name already in the glossary, in any
// status (REJECTED included), is left as it is: rejecting a proposal stops it for good.
import { personCandidates, placeCandidates, type NameCandidate } from '../../names/candidates';
import { knownPerson } from '../../names/people';
import type { DetectedName } from '../../names/detect';
import { detectRomanisedNames } from '../../names/romanised';
import { roleAtFirstMention } from '../../names/roles';
import type { db as Db } from '../db/client';

type Tx = Parameters<Parameters<typeof Db.$transaction>[0]>[0];

export interface TProposedName {
  termId: string;
  source: string;
  target: string;
  status: 'PROPOSED' | 'CONFIRMED' | 'REJECTED';
  confidence: 'high' | 'low';
  occurrences: number;
  isNew: boolean;
  candidates?: NameCandidate[];
}

/** Candidates for a name given with Hanja: read as a person when it looks like one, else as a place. */
function romanisedCandidates(source: string): NameCandidate[] {
  const person = personCandidates(source);
  const found = person.length > 0 ? person : placeCandidates(source);
  const known = knownPerson(source);
  return known ? [{ target: known, score: 1 }, ...found.filter((c) => c.target !== known)].slice(0, 5) : found;
}

const CONNECTOR = /^(?:of|for|and|on|the)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}’'.-]*$/u;

/** The whole capitalised phrase a phrase-tail detection ends (`Ministry of Unification`), else null. */
export function phraseOf(paragraphs: readonly string[], n: DetectedName): string | null {
  const first = n.occurrences[0];
  if (!first) return null;
  const before = (paragraphs[first.paragraphIndex] ?? '').slice(0, first.sourceStart);
  if (!/\b(?:of|for|and|on|the)\s$/.test(before)) return null;
  const words = before.trimEnd().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 8; i -= 1) {
    const w = words[i]!;
    if (CAPITALISED.test(w) || CONNECTOR.test(w)) kept.unshift(w);
    else break;
  }
  while (kept.length > 0 && (CONNECTOR.test(kept[0]!) || /^(?:The|A|An|In|On|At|By|For|From|And|But)$/.test(kept[0]!))) kept.shift();
  return kept.some((w) => CAPITALISED.test(w)) ? `${kept.join(' ')} ${n.source}` : null;
}

function noteFor(title: string, paragraphs: readonly string[], source: string): string {
  const role = roleAtFirstMention(paragraphs, source);
  return `Detected in "${title.slice(0, 120)}"${role ? ` · role: ${role.ko}` : ''}`;
}

export async function proposeNames(
  tx: Tx,
  projectId: string,
  title: string,
  paragraphs: readonly string[],
  withHangul: readonly DetectedName[],
): Promise<TProposedName[]> {
  const out: TProposedName[] = [];
  const known = new Set(withHangul.map((n) => n.source));
  for (const detected of withHangul) {
    // `Ministry of Unification(통일부)` is detected as `Unification`: protecting that word would put
    // 통일부 into "Unification Ministry" (and `Workers’ Party of Korea(조선로동당)` 조선로동당 into every
    // "Korea"). The whole phrase is the term, an organisation rather than a person's name.
    const phrase = phraseOf(paragraphs, detected);
    const n = phrase ? { ...detected, source: phrase } : detected;
    const kind = phrase ? ('TERM' as const) : ('NAME' as const);
    const existing = await tx.term.findFirst({ where: { projectId, source: n.source, kind } });
    // A Hanja original (`Moon Jae-in (文在寅)`) is not the Korean form: the Korean needs Hangul. It is
    // kept in the note; the Hangul comes from the short list of well-known people or from the
    // ranked candidates, like a name found without its original.
    const hanja = n.script === 'hanja';
    const candidates = hanja ? romanisedCandidates(n.source) : [];
    const target = hanja ? (knownPerson(n.source) ?? '') : n.target;
    const term =
      existing ??
      (await tx.term.create({
        data: {
          projectId,
          source: n.source,
          target,
          kind,
          status: 'PROPOSED',
          caseSensitive: true,
          note: `${noteFor(title, paragraphs, n.source)}${hanja ? ` · hanja: ${n.target}` : ''}`,
          candidates: JSON.stringify(candidates),
        },
      }));
    out.push({
      termId: term.id,
      source: term.source,
      target: term.target,
      status: term.status,
      confidence: n.confidence,
      occurrences: n.occurrences.length,
      isNew: !existing,
      ...(hanja ? { candidates } : {}),
    });
  }
  for (const n of detectRomanisedNames(paragraphs)) {
    if (known.has(n.source)) continue;
    const existing = await tx.term.findFirst({ where: { projectId, source: n.source, kind: 'NAME' } });
    const term =
      existing ??
      (await tx.term.create({
        data: {
          // A gazetteer place (Panmunjom → 판문점) is protected at once; a guessed name waits for a pick.
          projectId,
          source: n.source,
          target: n.known ?? '',
          kind: 'NAME',
          status: 'PROPOSED',
          caseSensitive: true,
          note: noteFor(title, paragraphs, n.source),
          candidates: JSON.stringify(n.candidates),
        },
      }));
    out.push({
      termId: term.id,
      source: term.source,
      target: term.target,
      status: term.status,
      confidence: n.type === 'person' ? 'high' : 'low',
      occurrences: n.occurrences,
      isNew: !existing,
      candidates: n.candidates,
    });
  }
  return out;
}
