// Names and glossary terms. A term mentioned in the source must appear in its glossary form in the
// Korean; particles may follow it (권정근은), so the Korean form is matched as a substring.
//
// Presence, not frequency: a segment that mentions "Kwon Jong-gun" three times passes with one
// 권정근, because Korean prose routinely replaces repeated names with a title or pronoun (권 국장,
// 그는). A surname-only mention ("Kwon said") is satisfied by the full Korean name or by the Korean
// surname before a title (권 국장). Do-not-translate terms must appear exactly as in the source.
// A romanised name left in the Korean (Kwon Jong-gun, Kwon) is an error, except as a gloss in
// parentheses after Korean (권태식(Kwon Tae-sik), 이재원(Lee Jae-won) 변호사).
//
// A surname-only mention ("Lim's point") is also satisfied by a third-person pronoun (그의 지적은,
// 그녀는) when the Korean has already named the person in full earlier in the document and the
// English paragraph uses no he/she of its own: English repeats the surname where Korean prose refers
// back with 그/그녀. Where the English says both (“Lee added … “…,” he said”), the Korean pronoun
// renders the English one and the surname must keep a name (이 교수는 … 그는 …): 그는 … 그는 … has
// lost it. A name dropped without any reference, or a person never named before in the Korean, is
// still reported.
import { headedInSource, headTitles } from './term-heads';
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import {
  findRomanisedNames,
  findSourceMentions,
  findTargetForms,
  hasShortTargetForm,
  type CompiledTerm,
  type CompiledTerms,
} from './term-matching';
import type { QaIssue, QaSegment } from './types';
import { particleFor, PARTICLE_PAIRS } from '../names/particles';

const ID = 'terms';
// A parenthetical right after Hangul or a digit: a gloss the translator added on purpose.
const GLOSS_RE = /(?<=[가-힣\d])\s?[(（][^()（）]{1,80}[)）]/g;

function glossSpans(text: string): { start: number; end: number }[] {
  return text.includes('(') || text.includes('（')
    ? [...text.matchAll(GLOSS_RE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }))
    : [];
}

const ACRONYM_AFTER = /^\s?[(（]([A-Z][A-Z0-9&-]{1,9})[)）]/;

/** The source gives an acronym in brackets right after `end`, and the Korean keeps it as a word. */
function acronymKept(src: string, end: number, tgt: string): boolean {
  const a = ACRONYM_AFTER.exec(src.slice(end, end + 16))?.[1];
  if (!a || !/[A-Z].*[A-Z]/.test(a)) return false;
  for (let i = tgt.indexOf(a); i >= 0; i = tgt.indexOf(a, i + 1))
    if (!/[A-Za-z0-9]/.test(tgt[i - 1] ?? '') && !/[A-Za-z0-9]/.test(tgt[i + a.length] ?? '')) return true;
  return false;
}

// “a full recount of the ballots” → 투표지를 다시 세라고: a glossary word in re- whose Korean is a
// Sino-Korean 재- noun (recount → 재검표, revote → 재투표) said the native way, 다시 and a verb.
const AGAIN_RE = /(?<![가-힣])다시\s?[가-힣]/;
function saidAgain(text: string, t: CompiledTerm, tgt: string): boolean {
  if (t.term.kind === 'NAME' || !/^re[a-z]{3,12}$/i.test(text) || !AGAIN_RE.test(tgt)) return false;
  return t.targets.some((f) => f.length >= 2 && f.length <= 4 && f.startsWith('재'));
}

// 중앙선관위 for 중앙선거관리위원회, 국가인권위 for 국가인권위원회: Korean shortens a long institution's
// name by keeping its first word's start, a syllable of a middle word and the first of the head
// noun (위원회 → 위). A word counts when its syllables run in order through the glossary form, from
// its first syllable to one of its last three, with one from the middle, and only a particle after.
const HANGUL_WORD_RE = /[가-힣]{3,24}/g;
const PARTICLE_REST = /^(?:|[은는이가을를의에도와과로]|에서|에게|으로|까지|부터|에는|와의|과의)$/;
function abbreviated(t: CompiledTerm, tgt: string): boolean {
  if (t.term.kind === 'NAME') return false;
  for (const form of t.targets) {
    if (form.length < 6 || form.length > 20 || !/^[가-힣]+$/.test(form) || !tgt.includes(form[0]!)) continue;
    for (const w of tgt.matchAll(HANGUL_WORD_RE)) {
      const word = w[0];
      if (word[0] !== form[0]) continue;
      let [k, pos, middle] = [1, 0, false];
      for (; k < word.length; k++) {
        const next = form.indexOf(word[k]!, pos + 1);
        if (next < 0) break;
        pos = next;
        if (pos >= 2 && pos <= form.length - 4) middle = true;
      }
      if (k >= 3 && k <= form.length - 2 && middle && pos >= form.length - 3 && pos <= form.length - 2 && PARTICLE_REST.test(word.slice(k)))
        return true;
    }
  }
  return false;
}

// A third-person pronoun with its particle (그는, 그의, 그녀에게); 그 before a space is the
// determiner (그 분화구) and 그들 a plural, neither of which refers back to one person.
const PRONOUN_RE = /(?<![가-힣])(?:그녀|그)(?:는|가|의|를|에게|에게서|한테|도|로서는)(?![가-힣])/;

const EN_PRONOUN_RE = /\b(?:he|she|him|his|her|hers)\b/i;

/**
 * The English's pronouns and sentences, for the pronoun rule. A pronoun in the mention's own
 * sentence (“Kim wrote at the end of her statement”, “Lee said he was not worried”) refers to the
 * same person and Korean drops it (담화 말미에, 걱정하지 않는다고); one in another sentence (“…,” he
 * said) is a reference of its own that a Korean 그는 renders.
 */
interface EnglishPronouns {
  /** Sentence boundaries (a full stop, ! or ? with any closing quote, and the space after it). */
  breaks: { start: number; end: number }[];
  /** Where the English has a pronoun. */
  at: number[];
}
function englishPronouns(src: string): EnglishPronouns {
  const breaks = [...src.matchAll(/[.!?][”"’']?\s+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const at = [...src.matchAll(new RegExp(EN_PRONOUN_RE.source, 'gi'))].map((m) => m.index!);
  return { breaks, at };
}
/** A pronoun outside the sentence that holds the mention at `at`. */
function pronounOutsideSentence(p: EnglishPronouns, at: number): boolean {
  if (p.at.length === 0) return false;
  // The first break that ends after `at` (binary search: a hostile source has thousands).
  let lo = 0;
  let hi = p.breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.breaks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const from = lo > 0 ? p.breaks[lo - 1]!.end : 0;
  const to = lo < p.breaks.length ? p.breaks[lo]!.start : Infinity;
  return p.at.some((x) => x < from || x >= to);
}

/**
 * The segment refers back with a pronoun to a person whose full Korean name came before it in the
 * document, where the English has no pronoun of its own that the Korean one would render (none
 * outside the mention's sentence).
 */
function pronounAfterName(t: CompiledTerm, pronouns: () => EnglishPronouns, at: number, tgt: string, docText: string | undefined): boolean {
  if (t.term.kind !== 'NAME' || !docText || !PRONOUN_RE.test(tgt) || pronounOutsideSentence(pronouns(), at)) return false;
  const here = docText.indexOf(tgt);
  if (here < 0) return false;
  return t.targets.some((form) => {
    const at = docText.indexOf(form);
    return at >= 0 && at < here;
  });
}

/**
 * The glossary names a surname-only mention may stand for: every NAME with that surname (“Kim” with
 * Kim Yo-jong and Kim Jong-un in the glossary is either; the mention is rendered when one of them is).
 */
function sameSurname(terms: CompiledTerms, t: CompiledTerm): CompiledTerm[] {
  const sn = t.surname?.source;
  if (!sn) return [t];
  const out = [t];
  for (const o of terms.list) if (o !== t && o.term.kind === 'NAME' && o.surname?.source === sn) out.push(o);
  return out;
}

// A headline and standfirst, or two sentences split across segments, are often redistributed in
// Korean: the painting's title the English gives in the standfirst goes up into the Korean headline,
// a clause moves to the next sentence. A term missing here is not lost when a neighbouring segment's
// Korean has it and that segment's English does not mention it (so the neighbour's Korean form
// answers no mention of its own).
const segmentIndex = new WeakMap<readonly QaSegment[], Map<string, number>>();
function movedToNeighbour(t: CompiledTerm, segment: QaSegment, segments: readonly QaSegment[] | undefined): boolean {
  if (!segments || segments.length < 2) return false;
  let index = segmentIndex.get(segments);
  if (!index) {
    index = new Map();
    for (let i = 0; i < segments.length; i++) if (!index.has(segments[i]!.id)) index.set(segments[i]!.id, i);
    segmentIndex.set(segments, index);
  }
  const i = index.get(segment.id);
  if (i === undefined) return false;
  const source = t.term.source.toLowerCase();
  for (const j of [i - 1, i + 1]) {
    const n = segments[j];
    if (!n || n.id === segment.id) continue;
    if (n.sourceText.toLowerCase().includes(source)) continue;
    if (findTargetForms(t, n.targetText).length > 0) return true;
  }
  return false;
}

export const termsCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const issues: QaIssue[] = [];
    const src = segment.sourceText;
    const tgt = segment.targetText;
    const glosses = glossSpans(tgt);
    const romanised = findRomanisedNames(ctx.terms, tgt).filter(
      (r) => !glosses.some((g) => g.start <= r.span.start && r.span.end <= g.end),
    );
    // A name left in romanisation is reported as such; "missing" on top would say it twice.
    const seen = new Set<string>(romanised.map((r) => r.term.term.source));
    // Presence is decided once per term and form: a source repeating a name thousands of times
    // must not search the target thousands of times.
    const decided = new Map<string, boolean>();
    let en: EnglishPronouns | null = null;
    const pronouns = () => (en ??= englishPronouns(src));
    for (const m of findSourceMentions(ctx.terms, src)) {
      const t = m.term;
      if (seen.has(t.term.source)) continue;
      const dnt = t.term.kind === 'DO_NOT_TRANSLATE';
      const memo = `${t.term.source}\u0000${dnt ? m.text : ''}\u0000${m.short ? 1 : 0}`;
      let present = decided.get(memo);
      if (present === undefined) {
        present = dnt
          ? tgt.includes(m.text) || findTargetForms(t, tgt).length > 0
          : m.short
            ? sameSurname(ctx.terms, t).some((o) => hasShortTargetForm(o, tgt))
            : findTargetForms(t, tgt).length > 0 || saidAgain(m.text, t, tgt) || abbreviated(t, tgt);
        decided.set(memo, present);
      }
      // “the International Maritime Organization (IMO)” → IMO는: the acronym the source gives in
      // brackets right after the term renders it (Korean news often keeps only the acronym).
      if (!present && !dnt && !m.short) present = acronymKept(src, m.end, tgt);
      if (!present && !dnt && !m.short) present = movedToNeighbour(t, segment, ctx.segments);
      // “who chairs the Ethics Committee” → 윤리위원장: the body rendered inside its head's title.
      if (!present && !dnt && !m.short)
        present = headedInSource(src, m.start, m.end) && t.targets.some((f) => headTitles(f).some((h) => tgt.includes(h)));
      if (!present && m.short)
        present = sameSurname(ctx.terms, t).some((o) => pronounAfterName(o, pronouns, m.start, tgt, ctx.docText?.()));
      if (present) continue;
      seen.add(t.term.source);
      const en = t.term.source;
      const ko = t.targets[0] ?? '';
      const topic = particleFor(en, PARTICLE_PAIRS.topic);
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `${dnt ? 'dnt' : 'missing'}:${en}`,
          sourceSpan: { start: m.start, end: m.end },
          message: dnt
            ? {
                en: `${q(m.text)} must stay unchanged in the translation.`,
                ko: `${q(m.text)}${topic} 번역하지 않고 그대로 두어야 합니다.`,
              }
            : {
                en: `${q(m.text)} should be translated as ${q(ko)} (glossary).`,
                ko: `${q(m.text)}${topic} 용어집에 따라 ${q(ko)}${particleFor(ko, PARTICLE_PAIRS.direction)} 번역해야 합니다.`,
              },
        }),
      );
    }
    for (const r of romanised) {
      const ko = r.term.targets[0] ?? '';
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'error',
          key: `romanised:${r.text}`,
          targetSpan: r.span,
          message:
            r.term.term.kind === 'NAME'
              ? {
                  en: `The romanised name ${q(r.text)} is left in the Korean; write ${q(ko)}.`,
                  ko: `로마자 이름 ${q(r.text)}${particleFor(r.text, PARTICLE_PAIRS.subject)} 번역문에 남아 있습니다. ${q(ko)}${particleFor(ko, PARTICLE_PAIRS.direction)} 쓰세요.`,
                }
              : {
                  en: `${q(r.text)} is left in English in the Korean; the glossary gives ${q(ko)}.`,
                  ko: `${q(r.text)}${particleFor(r.text, PARTICLE_PAIRS.topic)} 번역되지 않고 영어로 남아 있습니다. 용어집에 따라 ${q(ko)}${particleFor(ko, PARTICLE_PAIRS.direction)} 쓰세요.`,
                },
        }),
      );
    }
    return uniqueKeys(issues);
  },
};
