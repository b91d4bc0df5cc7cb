// Acronyms in the Korean must match the source: 세계식량계획(WTO) where the English names the
// World Food Programme is wrong. An acronym in the target is accepted when the source writes it
// (dots aside: U.N. = UN), when it is the initials of a capitalised name in the source (World
// Food Programme → WFP, which a translator may add on first mention), when the glossary has it,
// when it is a unit after a number (5GW, 10TB), or when it is a generic abbreviation Korean
// writes in Latin letters (GDP, ICBM, DMZ …).
//
// A series code with a Roman numeral (KSLV-II, KSLV-Ⅲ) must keep the source's number: 누리호
// (KSLV-I) for the Korea Space Launch Vehicle-II (KSLV-II) names another rocket. The numeral is
// compared by value with the forms the paragraph's English gives that acronym (the document's,
// where the paragraph gives none), so KSLV-2 and KSLV-Ⅱ stand for KSLV-II; an acronym the English
// never numbers is not judged. Digit-only suffixes (KN-23 → KN-24) are the alphanumeric check's.
import type { DocumentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';
import { PARTICLE_PAIRS, particleFor } from '../names/particles';
import {
  acronymParagraphs,
  anagram,
  digitsCut,
  GENERIC,
  gluedForms,
  oneLetterOff,
  positionSwapped,
  rivals,
  siblingSwapped,
} from './acronym-lookalikes';
import { expansionOf } from './acronym-expansions';
import { koreanAcronymPass } from './acronym-korean';
import { numberedCodes, ROMAN_RE, type Numbered } from './acronym-numbered';

export { numeralValue } from './acronym-numbered';

const ID = 'acronyms';
// Dotted (U.N.), capitals (WFP, R&D) and capitals with a lower-case letter between two of them that
// end in a capital (MiLB, DoD, FinCEN; not McDonald or YouTube).
const ACRONYM_RE =
  /(?<![A-Za-z])(?:[A-Z]\.){2,}(?:[A-Z](?![a-z]))?|(?<![A-Za-z])[A-Z][A-Z&]{1,7}s?(?![A-Za-z])|(?<![A-Za-z])[A-Z](?:[a-z]{1,2}[A-Z]|[A-Z]){1,5}(?![A-Za-z])/g;
const MINOR = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'to', 'at', '&', 'de']);
const norm = (s: string) => s.replace(/[.\s]/g, '').replace(/s$/, '').toUpperCase();

// 폐쇄회로(CC)TV: letters in brackets that go on after the bracket are part of one acronym (CCTV),
// the brackets a gloss of the Korean before them. Read as one word, kept at the same length (the
// brackets become spaces at its ends) so that spans still point at it.
const BRACKETED_PART_RE = /[(（]([A-Z]{1,6})[)）]([A-Z]{1,6})(?![A-Za-z])/g;
const bracketedParts = (text: string) => (text.includes(')') || text.includes('）') ? text.replace(BRACKETED_PART_RE, ' $1$2 ') : text);

/** Initials of every run of capitalised words in the source (function words skipped or kept). */
export function sourceInitials(source: string): Set<string> {
  const out = new Set<string>();
  const words = source.split(/[\s\-–—/]+/).map((w) => w.replace(/^[^\p{L}&]+|[^\p{L}]+$/gu, ''));
  let run: string[] = [];
  const flush = () => {
    while (run.length && MINOR.has(run[run.length - 1]!.toLowerCase())) run.pop();
    for (let i = 0; i < run.length; i++) {
      if (MINOR.has(run[i]!.toLowerCase())) continue;
      let strict = '';
      let loose = '';
      // Twelve words is more than any acronym spells; the cap keeps a long run of capitals linear.
      for (let j = i; j < Math.min(run.length, i + 12); j++) {
        const w = run[j]!;
        // An acronym inside a name gives all its letters (UN Command → UNC).
        const initial = /^[A-Z]{2,}$/.test(w) ? w : w[0]!.toUpperCase();
        loose += initial;
        if (!MINOR.has(w.toLowerCase())) strict += initial;
        if (j > i) {
          out.add(strict);
          out.add(loose);
        }
      }
    }
    run = [];
  };
  for (const w of words) {
    if (/^\p{Lu}/u.test(w) || (run.length && MINOR.has(w.toLowerCase()))) run.push(w);
    else flush();
  }
  flush();
  return out;
}

function sourceAcronyms(src: string): Set<string> {
  const out = new Set([...src.matchAll(ACRONYM_RE)].map((m) => norm(m[0])));
  // A capitalised word may be written in capitals (Nato → NATO, Covid → COVID); a lower-case one is
  // no acronym (“who” does not allow WHO).
  for (const w of src.match(/[A-Z][A-Za-z]{1,7}/g) ?? []) out.add(w.toUpperCase());
  return out;
}

/** The first of these acronyms the English writes as a gloss in brackets: (DMZ), (GSOMIA). */
function glossLostIn(src: string, lost: readonly string[]): string | undefined {
  const plain = src.replace(/\./g, '');
  return lost.find((y) => plain.includes(`(${y})`) || plain.includes(`（${y}）`));
}

// A hyphenated name in Latin letters with a capital prefix (K-water, K-eco, E-mart, K-pop).
const HYPHENATED_RE = /(?<![A-Za-z\d‐-])[A-Z]{1,4}-[A-Za-z]{2,15}(?![A-Za-z\d‐-])/g;
const hyphenated = (text: string) => (text.includes('-') ? [...text.matchAll(HYPHENATED_RE)] : []);

/**
 * A hyphenated name of the Korean (K-eco) that no source of the document writes, where this
 * paragraph's English has another (K-water) that its Korean lost: another organisation's name in
 * its place. A hyphenated word the Korean writes in Hangul (K-pop → 케이팝) or keeps leaves nothing
 * to compare; one the Korean adds beside the source's is the translator's.
 */
function hyphenatedSwaps(src: string, tgt: string, inDoc: (lower: string) => boolean, glossary: ReadonlySet<string>) {
  const inTarget = hyphenated(tgt);
  if (!inTarget.length) return [];
  const lower = tgt.toLowerCase();
  const lost = hyphenated(src).filter((m) => !lower.includes(m[0].toLowerCase()));
  if (!lost.length) return [];
  return inTarget
    .filter((m) => !inDoc(m[0].toLowerCase()) && !glossary.has(m[0].toLowerCase()))
    .map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length, replaced: lost[0]![0] }));
}

/** The English writes the acronym before a lower-case word (U.N. refugee agency): a part of a longer name. */
function modifiesNoun(acronym: string, src: string): boolean {
  const letters = [...acronym].map((c) => c.replace(/[&]/, '\\$&') + '\\.?').join('');
  return new RegExp(`(?<![A-Za-z])${letters}s?\\s+[a-z]`).test(src);
}

export const acronymsCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    // Acronyms written in Hangul and Korean short forms in brackets (acronym-korean.ts).
    koreanAcronymPass(segments, out, ctx.locale);
    const withAcronyms = segments.filter((s) => /[A-Z]{2}|[A-Z]\.[A-Z]|[A-Z]-[A-Za-z]/.test(s.targetText));
    if (withAcronyms.length === 0) return out;
    // Anything the document's English mentions (an acronym, a word, a name's initials) may be used
    // anywhere in the Korean: the WFP named in one paragraph is "WFP는" in the next.
    // Built on first need: most acronyms are in their own paragraph's English.
    let docAllowed: Set<string> | null = null;
    const allowedInDoc = (a: string) => {
      if (!docAllowed) {
        docAllowed = new Set<string>();
        for (const s of segments) {
          if (!/[A-Z]/.test(s.sourceText)) continue;
          for (const x of sourceAcronyms(s.sourceText)) docAllowed.add(x);
          for (const x of sourceInitials(s.sourceText)) docAllowed.add(x);
        }
      }
      return docAllowed.has(a);
    };
    // Which paragraphs of the English name each acronym (built on first need).
    let docParagraphs: Map<string, Set<number>> | null = null;
    const paragraphsOf = () =>
      (docParagraphs ??= acronymParagraphs(
        segments.map((s) => s.sourceText),
        (x) => [...x.matchAll(ACRONYM_RE)].map((m) => norm(m[0])),
      ));
    // The document's English, lower-cased, for the hyphenated names (built on first need).
    let docLower: string | null = null;
    const inDocSource = (w: string) => (docLower ??= segments.map((s) => s.sourceText.toLowerCase()).join('\n')).includes(w);
    const glossaryLower = new Set(ctx.terms.list.flatMap((t) => [t.term.source, ...t.targets]).map((x) => x.toLowerCase()));
    const glossary = new Set(
      ctx.terms.list.flatMap((t) => [t.term.source, ...t.targets]).flatMap((x) => [...x.matchAll(ACRONYM_RE)].map((m) => norm(m[0]))),
    );
    // The numbered forms of each acronym in the document's English (KSLV → II, III), built on first need.
    let docNumbered: Map<string, Numbered[]> | null = null;
    const numberedInDoc = () => {
      if (!docNumbered) {
        docNumbered = new Map();
        for (const s of segments)
          for (const n of numberedCodes(s.sourceText)) {
            const list = docNumbered.get(n.acronym);
            if (list) list.push(n);
            else docNumbered.set(n.acronym, [n]);
          }
      }
      return docNumbered;
    };
    for (const seg of withAcronyms) {
      const tgt = bracketedParts(seg.targetText);
      const src = seg.sourceText;
      const issues: QaIssue[] = [];
      let srcNumbered: Numbered[] | null = null;
      const judged = new Set<string>();
      for (const k of numberedCodes(tgt)) {
        // Each written form once: a table repeating one code thousands of times is judged once.
        if (judged.has(k.text)) continue;
        judged.add(k.text);
        const here = (srcNumbered ??= numberedCodes(src)).filter((n) => n.acronym === k.acronym);
        const forms = here.length ? here : (numberedInDoc().get(k.acronym) ?? []);
        // Judged where a Roman numeral is involved; digits against digits are the alphanumeric check's.
        if (!forms.length || forms.some((f) => f.value === k.value) || !(k.roman || forms.some((f) => f.roman))) continue;
        const want = forms[0]!.text;
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `numeral:${k.text}`,
            targetSpan: { start: k.start, end: k.end },
            message: {
              en: `The code ${q(k.text)} does not match the source, which numbers it ${q(want)}.`,
              ko: `약어 ${q(k.text)}: 원문에는 ${q(want)}${particleFor(want, PARTICLE_PAIRS.direction)} 적혀 있습니다.`,
            },
          }),
        );
      }
      // Computed once per paragraph, not once per acronym found in its Korean.
      let srcAcr: Set<string> | null = null;
      let srcIni: Set<string> | null = null;
      let srcCands: string[] | null = null;
      let srcGlued: Map<string, string | null> | null = null;
      const acr = () => (srcAcr ??= sourceAcronyms(src));
      const ini = () => (srcIni ??= sourceInitials(src));
      const cands = () => (srcCands ??= [...src.matchAll(ACRONYM_RE)].map((x) => norm(x[0])));
      // Acronyms of this paragraph's English that its Korean lost (LNG where the Korean has LPG).
      let lostCache: string[] | null = null;
      // Acronyms the English writes more often than the Korean does (once the MOU, then MOUs; the
      // Korean once MOU, then another acronym), read on first need.
      let fewerCache: string[] | null = null;
      const fewerInTarget = () => {
        if (!fewerCache) {
          const n = new Map<string, number>();
          for (const x of tgt.matchAll(ACRONYM_RE)) n.set(norm(x[0]), (n.get(norm(x[0])) ?? 0) - 1);
          for (const y of cands()) n.set(y, (n.get(y) ?? 0) + 1);
          fewerCache = [...n].filter(([y, k]) => k > 0 && y.length >= 2).map(([y]) => y);
        }
        return fewerCache;
      };
      // Each acronym's sibling once per paragraph (a run of one acronym is judged once).
      const siblings = new Map<string, string | undefined>();
      let tgtSeq: string[] | null = null;
      const lost = () => {
        if (!lostCache) {
          const inTarget = new Set([...tgt.matchAll(ACRONYM_RE)].map((x) => norm(x[0])));
          lostCache = cands().filter((y) => y.length >= 2 && !inTarget.has(y));
        }
        return lostCache;
      };
      for (const m of tgt.matchAll(ACRONYM_RE)) {
        const a = norm(m[0]);
        if (a.length < 2 || glossary.has(a)) continue;
        // The Roman numeral of a series code (the II of KSLV-II) is judged above, not as an acronym.
        if (ROMAN_RE.test(a) && /[A-Z][-‐–]$/.test(tgt.slice(Math.max(0, m.index! - 2), m.index!))) continue;
        // A generic abbreviation (LPG, GDP) is fine unless it took the place of a look-alike the
        // English has and the Korean lost: 액화천연가스(LPG) for liquefied natural gas (LNG).
        // So is one glossing a Korean word where the English glosses another acronym the Korean
        // lost: 비무장지대(JSA) for the demilitarised zone (DMZ).
        const gloss = /[가-힣][(（]$/.test(tgt.slice(Math.max(0, m.index! - 2), m.index!));
        // 국민총소득(GDP) for the English's GDP: the Korean name before the bracket is another
        // acronym's (acronym-expansions.ts); the acronym is right, its name is not.
        const named = gloss && src.includes(a) ? expansionOf(tgt, m.index! - 1, a) : undefined;
        if (named) {
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `unknown:${a}`,
              targetSpan: { start: m.index!, end: m.index! + m[0].length },
              message: {
                en: `The acronym ${q(m[0])} does not match the Korean name before it, which is the ${named}.`,
                ko: `약어 ${q(m[0])}${particleFor(m[0], PARTICLE_PAIRS.subject)} 앞의 한국어 이름과 맞지 않습니다. 그 이름은 ${named}입니다.`,
              },
            }),
          );
          continue;
        }
        const cut = digitsCut(a, (srcGlued ??= gluedForms(src)), tgt, m.index! + m[0].length);
        if (cut) {
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `cut:${a}`,
              targetSpan: { start: m.index!, end: m.index! + m[0].length },
              message: {
                en: `The acronym ${q(m[0])} stands where the source has ${q(cut)}: its number was lost.`,
                ko: `약어 ${q(m[0])}: 원문은 ${q(cut)}${particleFor(cut, PARTICLE_PAIRS.object)} 씁니다. 숫자가 빠졌습니다.`,
              },
            }),
          );
          continue;
        }
        if (
          GENERIC.has(a) &&
          (acr().has(a) ||
            !(lost().some((y) => rivals(a, y) || (gloss && oneLetterOff(a, y))) || (gloss && glossLostIn(src, lost()) !== undefined)))
        )
          continue;
        if (/\d\s?$/.test(tgt.slice(Math.max(0, m.index! - 2), m.index!))) continue; // a unit: 5GW
        // A gloss after a glossary term must be that term's acronym: 세계식량계획(FAO) is wrong.
        const term = gloss
          ? ctx.terms.list.find(
              (t) => t.term.kind !== 'DO_NOT_TRANSLATE' && t.targets.some((f) => f.length >= 2 && tgt.slice(0, m.index! - 1).endsWith(f)),
            )
          : undefined;
        const termInitials = term ? sourceInitials(term.term.source) : null;
        const wrongForTerm = !!termInitials && termInitials.size > 0 && !termInitials.has(a) && !acr().has(a);
        let replaced: string | undefined;
        let glossed = false;
        if (!wrongForTerm) {
          if (acr().has(a)) continue;
          // In a gloss, an acronym the English glosses too and the Korean lost: 군사정보보호협정(ACSA)
          // where the English has (GSOMIA); 국민의힘(DP) where the English glosses People Power Party
          // (PPP) — even when another name of the paragraph has these initials (Democratic Party).
          // Or one letter off an acronym of the English the Korean lost: 수도권광역급행철도(KTX) for
          // the GTX, though the document names the KTX elsewhere.
          replaced = gloss ? glossLostIn(src, lost()) : undefined;
          glossed = replaced !== undefined;
          if (gloss) replaced ??= lost().find((y) => oneLetterOff(a, y));
          let glossLost = replaced !== undefined;
          // One the document's English names elsewhere, beside the acronym this paragraph's English
          // has and the Korean lost: a sibling in its place (CVR 분석 for “the FDR showed”).
          if (!glossLost && !ini().has(a) && allowedInDoc(a)) {
            if (!siblings.has(a)) siblings.set(a, siblingSwapped(a, lost(), paragraphsOf()));
            replaced = siblings.get(a);
            // Or the one standing at its place in the paragraph's sequence of acronyms: UEFA 프로
            // 라이선스 written AFC 프로 라이선스, the AFC being named elsewhere in the story.
            replaced ??= positionSwapped(a, cands(), (tgtSeq ??= [...tgt.matchAll(ACRONYM_RE)].map((x) => norm(x[0]))), lost());
            glossLost = replaced !== undefined;
          }
          if (!glossLost && (ini().has(a) || allowedInDoc(a))) continue;
          // An acronym the English does not have is a translator's addition (배타적경제수역(EEZ)),
          // unless this paragraph's English has a look-alike it should have been: WFP → WTO.
          const fromNames = gloss ? [...ini()] : [];
          // …or it glosses a Korean name where the English writes another acronym, unbracketed,
          // that the Korean lost: 연방수사국(CIA) for “The FBI estimated” (not one it spells out
          // within: 유엔난민기구(UNHCR) for the U.N. refugee agency). Or it stands bare, unknown to
          // the whole document's English, where this paragraph's English has an acronym the Korean
          // lost: NPB 11개 구단 for “11 MLB clubs”.
          // A bare one that extends the lost one names another body (MLBPA, the players' union, for
          // MLB) unless the English uses the lost one before a noun it may spell out (U.N. refugee
          // agency → UNHCR, MLB players' union → MLBPA).
          if (!glossLost)
            replaced =
              lost().find((y) => !GENERIC.has(y) && !ROMAN_RE.test(y) && (!a.includes(y) || (!gloss && !modifiesNoun(y, src)))) ??
              // A generic one written fewer times than the English writes it counts too, when the bare
              // acronym in its place, unknown to the English, is as long: LOI for the second of two
              // MOUs (a letter of intent for a memorandum of understanding).
              (!gloss && !GENERIC.has(a)
                ? fewerInTarget().find((y) => GENERIC.has(y) && y.length === a.length && !a.includes(y))
                : undefined);
          if (
            ![...cands(), ...fromNames].some((y) => rivals(a, y)) &&
            !cands().some((y) => anagram(a, y)) &&
            !glossLost &&
            replaced === undefined
          )
            continue;
        }
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `unknown:${a}`,
            targetSpan: { start: m.index!, end: m.index! + m[0].length },
            message: replaced
              ? {
                  en: `The acronym ${q(m[0])} stands where the source ${glossed ? 'glosses' : 'has'} ${q(replaced)}.`,
                  ko: `약어 ${q(m[0])}: 원문은 이 자리에 ${q(replaced)}${particleFor(replaced, PARTICLE_PAIRS.object)} 씁니다.`,
                }
              : {
                  en: `The acronym ${q(m[0])} does not match the source, which does not mention it or a name with these initials.`,
                  ko: `약어 ${q(m[0])}: 원문에 없고, 원문의 어떤 이름의 머리글자와도 맞지 않습니다.`,
                },
          }),
        );
      }
      for (const h of hyphenatedSwaps(src, tgt, inDocSource, glossaryLower))
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `unknown:${h.text}`,
            targetSpan: { start: h.start, end: h.end },
            message: {
              en: `The name ${q(h.text)} stands where the source has ${q(h.replaced)}.`,
              ko: `${q(h.text)}: 원문은 이 자리에 ${q(h.replaced)}${particleFor(h.replaced, PARTICLE_PAIRS.object)} 씁니다.`,
            },
          }),
        );
      if (issues.length) out.set(seg.id, uniqueKeys([...(out.get(seg.id) ?? []), ...issues]));
    }
    return out;
  },
};
