// A Korean name the English gives that the Korean lost, when no glossary entry covers it (the terms
// check handles glossary names). The English side comes from the names detection of lib/names
// (romanised.ts: Korean-order person names, gazetteer places and places with an administrative
// suffix — `Kaesong`, `Busan`, `Oh Gyeong-seop`, `Onchon County`; Seoul and Pyongyang, which news
// English uses for the governments, are never detected). The name counts as present when the
// Korean has any of its ranked Hangul candidates (or a candidate's stem before an administrative
// suffix: 황해 for 황해도), a word whose consonant skeleton (lib/align/names.ts, through es-hangul
// romanize) matches the name's (정의선 for "Chung Euisun", whatever the candidate ranking), the
// name left in Latin letters (the leftover-latin check's), or — for a person — the surname alone
// before a title (김 위원장, 이 교수; not 윤 씨). Only then: a warning "name X may be missing".
import type { SegmentCheck } from './check';
import { makeIssue, q } from './shared';
import { findSourceMentions } from './term-matching';
import type { QaIssue } from './types';
import { detectRomanisedNames, type RomanisedName } from '../names/romanised';
import { hangulSkeleton, koreanNameKeys, skeleton } from '../align/names';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';
import { eastAsianContext, findForeignNames } from './foreign-names';
import { foreignNameIssue } from './foreign-name-issue';
import { lostCities, lostPlaces } from './place-exonyms';
import { namedSites } from './named-sites';
import {
  initialSoundForms,
  institutionPresent,
  institutionsIn,
  liquidForms,
  pairPlacePresent,
  readingsOf,
} from './missing-name-institutions';
import { WORD_END, westernPeople, westernPresent } from './missing-name-western';
import { cutCompoundSurnames, lostBracketedNames } from './missing-name-bracketed';
import { swappedPeople } from './missing-name-swapped';
import { glossarySwaps } from './missing-name-swapped-glossary';
import { provinceHalfPresent } from './missing-name-provinces';

const ID = 'missing-name';
const ADMIN_SUFFIX = /(?:특별자치도|특별시|광역시|남도|북도|도|시|군|구|동|리|읍|면)$/;
// A capitalised word not at the start of the text: the cheapest sign the source may hold a name.
const MAYBE_NAME = /[a-z,;:’'"“]\s+[A-Z][a-z]|^[A-Z][a-z]+ [A-Z][a-z]/;

// Detection per source text is memoised: the same paragraph is checked again after every save.
const detected = new Map<string, RomanisedName[]>();
function namesIn(src: string): RomanisedName[] {
  let v = detected.get(src);
  if (v === undefined) {
    v = detectRomanisedNames([src]);
    if (detected.size > 5000) detected.clear();
    detected.set(src, v);
  }
  return v;
}

// The Korean name keys of the whole document, for the last document seen (its text is built once
// per run, so the test is by identity). A new run's text equal to the last one (the same document
// checked again) takes its place, so the next tests are by identity, not by reading the whole text.
let docKeysFor: { text: string; keys: Set<string> } | null = null;
function documentNameKeys(doc: string): Set<string> {
  if (docKeysFor?.text !== doc) docKeysFor = { text: doc, keys: new Set(koreanNameKeys(doc)) };
  else docKeysFor.text = doc;
  return docKeysFor.keys;
}

/** The person's full Korean name appears somewhere in the document's translation. */
function introducedIn(name: RomanisedName, doc: string): boolean {
  if (name.candidates.some((c) => doc.includes(c.target))) return true;
  const sk = skeleton(name.source);
  return sk.length >= 4 && documentNameKeys(doc).has(sk);
}

function present(
  name: RomanisedName,
  tgt: string,
  keys: () => Set<string>,
  otherSameSurname = false,
  introduced: () => boolean = () => true,
): boolean {
  if (tgt.includes(name.source) || tgt.includes(name.source.split(/[\s-]/)[0]!)) return true;
  for (const c of name.candidates) {
    if (tgt.includes(c.target)) return true;
    const stem = c.target.replace(ADMIN_SUFFIX, '');
    if (stem.length >= 2 && stem !== c.target && tgt.includes(stem)) return true;
  }
  // The initial-sound rule: South Korean spelling of a North Korean name (Rajin → 나진, Ryongchon →
  // 용천) or the North's own spelling of a South Korean reading (Nodong → 로동).
  // And liquidisation: Hallim-eup → 한림읍 where the candidates spell 할림읍.
  for (const c of name.candidates.slice(0, 3))
    for (const f of [...initialSoundForms(c.target), ...liquidForms(c.target)]) if (f.length >= 2 && tgt.includes(f)) return true;
  const sk = skeleton(name.type === 'place' ? name.source.split(/[\s-]/)[0]! : name.source);
  if (sk.length >= 4 && keys().has(sk)) return true;
  if (name.type === 'person') {
    // The surname alone before a title or a name-like word: 김 위원장, 이 교수 — unless the English
    // names someone else by that surname first ("Kim's sister, Kim Yo-jong": 김 위원장 is the other).
    const surnames = new Set(name.candidates.map((c) => c.target[0]!));
    // Not before 씨 (윤 씨): the courtesy word carries no rank, so the English's full name is lost
    // where Korean news would write 윤미라 씨.
    // Nor where the document never gives the full name (오병철 → 오 지회장 at the only mention): Korean
    // news writes it at the first mention at least.
    if (!otherSameSurname)
      for (const s of surnames) if (new RegExp(`(?<![가-힣])${s} (?!씨)[가-힣]`).test(tgt) && introduced()) return true;
    // The given name's skeleton at the end of a word (a translator's different surname reading).
    const given = name.source.split(' ').slice(1).join('');
    const gk = skeleton(given);
    if (gk.length >= 3 && !otherSameSurname)
      for (const w of tgt.match(/[가-힣]{2,4}/g) ?? []) if (hangulSkeleton(w).endsWith(gk)) return true;
  }
  return false;
}

// A Korean person's name kept by its consonants but with a vowel of the given name changed (장현호
// for Jang Hyun-woo, whose readings all end in 우): a misspelling, not another reading. Only for a
// hyphenated given name (Hyun-woo: one syllable per part, so the readings are reliable), and only
// where no reading is in the Korean; the word has the reading's length and starts with its surname.
const vowelOf = (syllable: string) => Math.floor(((syllable.charCodeAt(0) - 0xac00) % 588) / 28);
function misspeltPerson(name: RomanisedName, tgt: string): string | null {
  if (name.type !== 'person' || !/^\S+ [A-Za-z]+-[A-Za-z]+$/.test(name.source) || name.candidates.length === 0) return null;
  if (name.candidates.some((c) => tgt.includes(c.target))) return null;
  const top = name.candidates[0]!.target;
  const sk = hangulSkeleton(top);
  for (const w of tgt.match(/[가-힣]+/g) ?? []) {
    for (const word of [w.slice(0, top.length)]) {
      if (word.length !== top.length || word[0] !== top[0] || hangulSkeleton(word) !== sk) continue;
      for (let i = 1; i < word.length; i++) {
        const seen = name.candidates.map((c) => c.target[i]).filter((x): x is string => x !== undefined);
        if (!seen.includes(word[i]!) && !seen.some((x) => vowelOf(x) === vowelOf(word[i]!))) return word;
      }
    }
  }
  return null;
}

/**
 * A site's name kept in the Korean: a word starting with its consonants (알칸타라 발사장), or with one
 * r or l fewer, which Korean leaves unwritten (Hanford → 핸퍼드, Vandenberg → 밴던버그). Looser than
 * a person's test: one consonant dropped anywhere would take 로켓을 (l-k-t-l) for Alcantara (l-k-n-t-l).
 */
function sitePresent(name: string, tgt: string): boolean {
  if (tgt.includes(name)) return true;
  const sk = skeleton(name);
  if (sk.length < 2) return true;
  const keys = new Set([sk]);
  for (let i = 0; i < sk.length; i++) if (sk[i] === 'l' && sk.length > 3) keys.add(sk.slice(0, i) + sk.slice(i + 1));
  for (const w of tgt.match(/[가-힣]+/g) ?? [])
    for (let n = 1; n <= Math.min(6, w.length); n++) {
      const hk = hangulSkeleton(w.slice(0, n));
      // A key of two consonants starts many words: it must make the whole word, a particle allowed after it.
      if (keys.has(hk) && (hk.length > 2 || WORD_END.test(w.slice(n)))) return true;
    }
  return false;
}

/** A site's name as a word of the document's Korean: its whole consonant skeleton (알칸타라 for Alcantara). */
function siteInDocument(name: string, doc: string | undefined): boolean {
  const sk = skeleton(name);
  return !!doc && sk.length >= 3 && documentNameKeys(doc).has(sk);
}

export const missingNameCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const src = segment.sourceText;
    const tgt = segment.targetText;
    if (!/[가-힣]/.test(tgt)) return [];
    const swapped = swappedPeople(src, tgt, ctx.docText?.() ?? tgt);
    // A glossary person's surname and title where the English here names another (휘태커 사장).
    for (const g of glossarySwaps(src, tgt, ctx.terms)) if (!swapped.some((p) => p.start < g.end && g.start < p.end)) swapped.push(g);
    if (!MAYBE_NAME.test(src) && swapped.length === 0) return [];
    const names = namesIn(src);
    const institutions = institutionsIn(src);
    const foreign = findForeignNames(src, ctx.eastAsian?.() ?? eastAsianContext([src]));
    const western = westernPeople(src);
    const places = lostPlaces(src, tgt);
    const sites = namedSites(src);
    const cities = lostCities(src, tgt);
    const bracketed = lostBracketedNames(src, tgt);
    const cut = cutCompoundSurnames(src, tgt);
    if (
      bracketed.length === 0 &&
      cut.length === 0 &&
      swapped.length === 0 &&
      names.length === 0 &&
      institutions.length === 0 &&
      foreign.length === 0 &&
      western.length === 0 &&
      places.length === 0 &&
      sites.length === 0 &&
      cities.length === 0
    )
      return [];
    const glossary = findSourceMentions(ctx.terms, src);
    let keySet: Set<string> | null = null;
    const keys = () => (keySet ??= new Set(koreanNameKeys(tgt)));
    const issues: QaIssue[] = [];
    // A name the English spells out in Hangul (missing-name-bracketed.ts): that spelling or an error.
    for (const b of bracketed) {
      if (glossary.some((m) => m.start < b.end && b.start < m.end)) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `bracketed:${b.latin}`,
          sourceSpan: { start: b.start, end: b.end },
          message: {
            en: `The source spells ${q(b.latin)} as ${q(b.hangul)}, which the translation does not have.`,
            ko: `원문은 ${q(b.latin)}의 한글 표기를 ${q(b.hangul)}${particleFor(b.hangul, PARTICLE_PAIRS.direction)} 밝혔는데 번역문에는 이 표기가 없습니다.`,
          },
        }),
      );
    }
    // 황보찬호 … 황 의원: a two-syllable surname cut to its first syllable (missing-name-bracketed.ts).
    for (const c of cut)
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `cut-surname:${c.cut}`,
          targetSpan: { start: c.start, end: c.end },
          message: {
            en: `${q(c.cut)}: the surname is ${q(c.full)}, two syllables; its first alone names another family.`,
            ko: `${q(c.cut)}: 성은 두 글자인 ${q(c.full)}입니다. 첫 글자만 쓰면 다른 성이 됩니다.`,
          },
        }),
      );
    for (const p of swapped)
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `swapped:${p.text}`,
          targetSpan: { start: p.start, end: p.end },
          message: {
            en: `${q(p.text)} is not named in the source here, which names someone else: the people may be swapped.`,
            ko: `${q(p.text)}${particleFor(p.text, PARTICLE_PAIRS.topic)} 이 부분 원문에 나오지 않고 원문은 다른 사람을 가리킵니다. 인물이 뒤바뀐 것 같습니다.`,
          },
        }),
      );
    for (const name of names) {
      const start = src.indexOf(name.source);
      if (start < 0) continue;
      const end = start + name.source.length;
      if (glossary.some((m) => m.start < end && start < m.end)) continue;
      if (bracketed.some((b) => b.start < end && start < b.end)) continue;
      // A bare mention of the surname before this name's first mention is someone else.
      const surname = name.source.split(' ')[0]!;
      const other = name.type === 'person' && new RegExp(`\\b${surname}\\b(?![ -][A-Z])`).test(src.slice(0, start));
      if (
        name.type === 'place' &&
        provinceHalfPresent(
          src,
          start,
          name.source,
          name.candidates.map((c) => c.target),
          tgt,
        )
      )
        continue;
      if (present(name, tgt, keys, other, () => introducedIn(name, ctx.docText?.() ?? tgt))) {
        const wrong = misspeltPerson(name, tgt);
        if (wrong) {
          const at = tgt.indexOf(wrong);
          const ko = name.candidates[0]!.target;
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `misspelt:${name.source}`,
              sourceSpan: { start, end },
              targetSpan: { start: at, end: at + wrong.length },
              message: {
                en: `The name ${q(name.source)} may be misspelt as ${q(wrong)} (perhaps ${q(ko)}).`,
                ko: `이름 ${q(name.source)}${particleFor(ko, PARTICLE_PAIRS.topic)} ${q(wrong)}${particleFor(wrong, PARTICLE_PAIRS.direction)} 잘못 적힌 것 같습니다(예: ${q(ko)}).`,
              },
            }),
          );
        }
        continue;
      }
      const ko = name.candidates[0]!.target;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name.source,
          sourceSpan: { start, end },
          message: {
            en: `The name ${q(name.source)} may be missing from the translation (perhaps ${q(ko)}).`,
            // The particle follows the name as a Korean reader says it (오경섭이, not the Latin's guess).
            ko: `이름 ${q(name.source)}${particleFor(ko, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(ko)}).`,
          },
        }),
      );
    }
    for (const inst of institutions) {
      if (glossary.some((m) => m.start < inst.end && inst.start < m.end)) continue;
      if (inst.pair ? pairPlacePresent(inst.head, tgt) : institutionPresent(inst.head, tgt, inst.company) !== false) continue;
      const name = src.slice(inst.start, inst.end);
      const ko = readingsOf(inst.head)[0];
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name,
          sourceSpan: { start: inst.start, end: inst.end },
          message: {
            en: `The name ${q(name)} may be missing from the translation${ko ? ` (perhaps ${q(ko)})` : ''}.`,
            ko: `이름 ${q(name)}${ko ? `${particleFor(ko, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(ko)}).` : '이 번역문에서 빠진 것 같습니다.'}`,
          },
        }),
      );
    }
    for (const w of western) {
      if (glossary.some((m) => m.start < w.end && w.start < m.end) || westernPresent(w.first, w.surname, tgt)) continue;
      const name = `${w.first} ${w.surname}`;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: name,
          sourceSpan: { start: w.start, end: w.end },
          message: {
            en: `The name ${q(name)} may be missing from the translation.`,
            ko: `이름 ${q(name)}${particleFor(name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
          },
        }),
      );
    }
    // Seoul, Tokyo, Paris… named as a location (place-exonyms.ts), outside the names detected above.
    const placeIssue = (name: string, span: { start: number; end: number }, korean?: string) =>
      makeIssue(ID, ctx.locale, {
        severity: 'warning',
        key: name,
        sourceSpan: { start: span.start, end: span.end },
        message: korean
          ? {
              en: `The place ${q(name)} may be missing from the translation (perhaps ${q(korean)}).`,
              ko: `지명 ${q(name)}${particleFor(korean, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다(예: ${q(korean)}).`,
            }
          : {
              en: `The place ${q(name)} may be missing from the translation.`,
              ko: `지명 ${q(name)}${particleFor(name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
            },
      });
    for (const p of places) {
      if (glossary.some((m) => m.start < p.end && p.start < m.end)) continue;
      issues.push(placeIssue(p.name, p, p.korean));
    }
    // Other world cities named as a location (place-exonyms.ts: Vladivostok → 러시아로).
    const takenByNames = [...glossary, ...places, ...institutions, ...western];
    for (const c of cities) {
      if (takenByNames.some((m) => m.start < c.end && c.start < m.end) || names.some((n) => n.source.includes(c.name))) continue;
      issues.push(placeIssue(c.name, c));
    }
    // A site named by a proper name (Brazil's Alcantara base; named-sites.ts): its consonants at the
    // start of a Korean word (알칸타라 발사장), here or, for a site the Korean names in another
    // paragraph, anywhere in the document (a later mention may say 발사장 alone).
    const takenBySites = [...glossary, ...places, ...institutions];
    for (const site of sites) {
      if (takenBySites.some((m) => m.start < site.end && site.start < m.end)) continue;
      if (names.some((n) => n.source.includes(site.name)) || western.some((w) => w.first === site.name || w.surname === site.name))
        continue;
      if (sitePresent(site.name, tgt) || siteInDocument(site.name, ctx.docText?.())) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: site.name,
          sourceSpan: { start: site.start, end: site.end },
          message: {
            en: `The name ${q(site.name)} (${q(site.text)}) may be missing from the translation.`,
            ko: `이름 ${q(site.name)}(${q(site.text)})${particleFor(site.name, PARTICLE_PAIRS.subject)} 번역문에서 빠진 것 같습니다.`,
          },
        }),
      );
    }
    if (foreign.length > 0) {
      const taken = [...names.map((n) => ({ start: src.indexOf(n.source), end: src.indexOf(n.source) + n.source.length })), ...glossary];
      for (const f of foreign)
        if (!taken.some((m) => m.start < f.end && f.start < m.end)) issues.push(...foreignNameIssue(f, tgt, ctx.locale));
    }
    return issues;
  },
};
