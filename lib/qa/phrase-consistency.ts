// One English phrase translated two ways in one document (joint military drills → 연합군사훈련 in
// one paragraph, 합동군사훈련 in another): consistency at the phrase level, without a glossary.
// For every two-word English phrase that several segments share, the Korean words (particles
// stripped) or word pairs that all the other segments with the phrase share are its rendering;
// a segment that lacks that rendering but has a look-alike — the same word with a different
// front (연합/합동군사훈련) or head (연합군사훈련/연합군사연습, two thirds of the syllables
// shared), a longer -적 form (인도적/인도주의적; other shortened forms such as 연합훈련 are a
// choice), or the same pair of adjacent nouns with one word changed for a same-length word sharing
// a Sino-Korean syllable (식량 지원/식량 원조; never an adnominal verb form: 대화/대한) — that no
// other segment with the phrase uses, gets a warning.
import type { DocumentCheck } from './check';
import { isBlank } from './shared';
import type { QaIssue } from './types';
import { MODIFIER_SYNONYMS, SENSE_SYNONYMS, WORD_SYNONYMS } from './phrase-synonyms';
import { ordinalFindings } from './phrase-ordinals';
import {
  CURATED,
  headSwap,
  insertedInName,
  lookAlike,
  modifierSwap,
  senseSwap,
  translatedLoan,
  transliterated,
  VERB_LIKE,
  verbLike,
  wordSynonymSwap,
} from './phrase-lookalike';
import { ID, RENDERINGS, shownPhrase, twoRenderingsIssue } from './phrase-issue';
import { opposites } from './phrase-antonyms';
import { bodyAndHead } from './term-heads';
import { englishPhrases, type PhraseAt, type SegInfo, singleCount, SINGLE_MASK, stems } from './phrase-words';
import { MAX_SYNONYM_GROUP, synonymPass } from './phrase-synonym-pass';
import { loanSpellingPass, sameParagraphPass } from './phrase-spellings';
import { frontSwapFindings, MAX_TERM_GROUP, reversedFindings } from './phrase-compounds';
import { headSwapPass } from './phrase-heads';
import { insertedFindings } from './phrase-inserted';
import { missingLoanPass } from './phrase-loans';
import { renamedBodyPass } from './phrase-bodies';
import { numberedPhrasePass } from './phrase-numbered';
import { nearFormPass } from './phrase-near-pass';
import { anchoredSynonymPass } from './phrase-anchored';
import { renamedInstitutionPass } from './phrase-renamed';
import { companyNamePass } from './phrase-company-names';
import { loanPhrasePass } from './phrase-loan-phrases';
import { titlePass } from './phrase-titles';
import { bodyEndPass } from './phrase-body-ends';

// A phrase in more segments than this is a topic word (North Korea, the talks), not a term to check.
const MAX_GROUP = 12;

/** The phrase is a name or a title (Jeju National University, Island Report): capitalised word by
 *  word where it first stands, and so written in this segment's source. */
function isName(at: PhraseAt, source: string): boolean {
  const t = at.text.slice(at.start, at.end);
  return /^[A-Z][^\s]*(?:\s+(?:of\s+)?[A-Z][^\s]*)+$/.test(t) && source.includes(t);
}

/** The phrase runs on into other words in two segments, every time, and never into the same one. */
export function otherHeads(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return !!a && !!b && !a.includes(0) && !b.includes(0) && !a.some((h) => b.includes(h));
}

export const phraseConsistencyCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    const out = new Map<string, QaIssue[]>();
    const isNoun = ctx.isNoun ?? (() => false);
    const infos: SegInfo[] = [];
    const byPhrase = new Map<number, SegInfo[]>();
    const firstAt = new Map<number, PhraseAt>();
    // One English word is compared only when the document's Korean uses two words of a curated group.
    const docKo = ctx.docText?.() ?? segments.map((s) => s.targetText).join('\n');
    const curatedPair = [...WORD_SYNONYMS, ...MODIFIER_SYNONYMS, ...SENSE_SYNONYMS].some(
      (g) => g.filter((w) => docKo.includes(w)).length >= 2,
    );
    singleCount.fill(0);
    const singlesOf: { text: string; at: number[] }[] = [];
    for (const s of segments) {
      if (isBlank(s.targetText) || !/[가-힣]/.test(s.targetText)) continue;
      const qualifiers = new Map<number, number>();
      const continuations = new Map<number, number[]>();
      const fronts = new Map<number, number[]>();
      const at: number[] = [];
      const info: SegInfo = {
        id: s.id,
        phrases: englishPhrases(s.sourceText, firstAt, qualifiers, at, continuations, fronts),
        qualifiers,
        continuations,
        fronts,
        renderings: new Map(),
      };
      infos.push(info);
      singlesOf.push({ text: s.sourceText, at });
      for (const p of info.phrases) {
        const list = byPhrase.get(p);
        if (list) list.push(info);
        else byPhrase.set(p, [info]);
      }
    }
    // Single words, now that the document is counted (occurrences: at most twice a group's size).
    infos.forEach((info, n) => {
      const { text, at } = singlesOf[n]!;
      for (let i = 0; i < at.length; i += 3) {
        const h = at[i]!;
        const key = -1 - h;
        if (singleCount[h & SINGLE_MASK]! > 2 * MAX_SYNONYM_GROUP || info.phrases.has(key)) continue;
        info.phrases.add(key);
        if (!firstAt.has(key)) firstAt.set(key, { text, start: at[i + 1]!, end: at[i + 2]! });
        const list = byPhrase.get(key);
        if (list) list.push(info);
        else byPhrase.set(key, [info]);
      }
    });
    // A segment's words in one or two segments of the document, no verb (the look-alikes a phrase's
    // rendering is compared with), read once per segment: every phrase of the segment asks.
    const rare = new Map<SegInfo, string[]>();
    const rareOf = (x: SegInfo) => {
      let r = rare.get(x);
      if (!r)
        rare.set(
          x,
          (r = [...rendered(x).keys()].filter(
            (v) => (docCount.get(v) === 1 || docCount.get(v) === 2) && !verbLike(v.slice(v.lastIndexOf(' ') + 1), isNoun),
          )),
        );
      return r;
    };
    // A rendering of the curated groups (the only ones compared for one English word), once per word.
    const curatedMemo = new Map<string, boolean>();
    const curated = (r: string) => {
      let c = curatedMemo.get(r);
      if (c === undefined)
        curatedMemo.set(
          r,
          (c =
            WORD_SYNONYMS.some((g) => g.some((w) => r.includes(w))) ||
            MODIFIER_SYNONYMS.some((g) => g.includes(r.split(' ')[0]!)) ||
            SENSE_SYNONYMS.some((g) => g.includes(r))),
        );
      return c;
    };
    const targets = new Map(segments.map((s) => [s.id, s.targetText]));
    const sourceById = new Map(segments.map((s) => [s.id, s.sourceText]));
    const sourceOf = (id: string) => sourceById.get(id) ?? '';
    // How many segments of the document use each rendering (filled as segments are read).
    const docCount = new Map<string, number>();
    const rendered = (info: SegInfo) => {
      if (info.renderings.size === 0) {
        const st = stems(targets.get(info.id)!);
        st.forEach((x, i) => {
          if (x.stem.length >= 2 && !info.renderings.has(x.stem)) info.renderings.set(x.stem, x.start);
          // A plural of a curated word (원고들) also renders the word (원고).
          const singular = x.stem.length >= 3 && x.stem.endsWith('들') ? x.stem.slice(0, -1) : '';
          if (singular && CURATED.has(singular) && !info.renderings.has(singular)) info.renderings.set(singular, x.start);
          const next = st[i + 1];
          // Word pairs only of two adjacent words (one space between: no digit, mark or sentence end),
          // the first one bare (식량 지원): a first word with a particle (회사는 내년, 발사를 앞둔)
          // ends its own phrase, so the two render no phrase together.
          if (next && next.start === x.end + 1 && x.end - x.start === x.stem.length && !info.renderings.has(`${x.stem} ${next.stem}`))
            info.renderings.set(`${x.stem} ${next.stem}`, x.start);
        });
        for (const r of info.renderings.keys()) docCount.set(r, (docCount.get(r) ?? 0) + 1);
      }
      return info.renderings;
    };
    // Renderings are only compared once every segment with a shared phrase has been read.
    for (const group of byPhrase.values()) if (group.length >= 2 && group.length <= MAX_GROUP) group.forEach(rendered);
    for (const [phraseKey, group] of byPhrase) {
      if (group.length < 2 || group.length > MAX_GROUP || (phraseKey < 0 && !curatedPair)) continue;
      // The renderings in all the group's segments and in all but one, read once per group (in the
      // order the segments give them: the first segment's, then the next one's new ones).
      let inAll: string[] | undefined;
      let inAllButOne: string[] | undefined;
      const count = () => {
        const n = new Map<string, number>();
        for (const g of group) for (const r of rendered(g).keys()) n.set(r, (n.get(r) ?? 0) + 1);
        inAll = [];
        inAllButOne = [];
        for (const [r, k] of n)
          if (k === group.length) inAll.push(r);
          else if (k === group.length - 1) inAllButOne.push(r);
      };
      for (const x of group) {
        const others = group.filter((g) => g !== x);
        // One country's ministry beside another's (or an unqualified one): two things, not one phrase.
        const qualifier = x.qualifiers.get(phraseKey) ?? 0;
        if (others.some((o) => (o.qualifiers.get(phraseKey) ?? 0) !== qualifier)) continue;
        // The phrase inside two longer names or phrases with other heads (Central District Court,
        // Central District Prosecutors' Office): two things that share words, not one phrase.
        if (others.some((o) => otherHeads(x.continuations.get(phraseKey), o.continuations.get(phraseKey)))) continue;
        // The same head under two other qualifiers, every time (extraordinary / annual general
        // meeting: 임시주주총회, 정기주주총회): two things, each named its own way.
        if (others.some((o) => otherHeads(x.fronts?.get(phraseKey), o.fronts?.get(phraseKey)))) continue;
        if (!inAll) count();
        // Nouns this segment shares with every other segment of the phrase and with no other segment
        // of the document (아파트값 for "apartment prices" in both): the phrase's rendering is kept,
        // and a look-alike away from it (주택담보대출 beside 가계대출 elsewhere in the paragraph) is
        // another phrase's word. One next to it (고위급 대화 / 고위급 회담) is still reported.
        const kept = inAll!.filter((r) => !r.includes(' ') && r.length >= 3 && !VERB_LIKE.test(r) && docCount.get(r) === group.length);
        // The phrase's rendering: in every other segment with the phrase and (for word pairs) nowhere
        // else (in all the group's segments but this one: the other segments' order, as the first
        // other segment gives them).
        const shared = inAllButOne!.filter((r) => !rendered(x).has(r) && (!r.includes(' ') || docCount.get(r) === others.length));
        // This segment's own words (or shared with one segment without the phrase), no verb: read
        // once for all the renderings compared below.
        let lone: string[] | undefined;
        for (const r of shared) {
          // The look-alike: used by this segment only.
          const single = phraseKey < 0;
          // For one English word, only a rendering of the curated groups is compared.
          if (single && !curated(r)) continue;
          if (!single && !r.includes(' ') && !(isNoun(r) || /적$/.test(r) || (r.length >= 4 && !VERB_LIKE.test(r)))) continue;
          const at = firstAt.get(phraseKey)!;
          const phrase = at.text.slice(at.start, at.end).toLowerCase().replace(/\s+/g, ' ');
          // For a name or a title, also a word inserted inside its usual rendering (제주국립대학교 for
          // 제주대학교) and a word translated where the others write the English in Hangul (섬 리포트
          // for 아일랜드 리포트).
          const name = !single && isName(at, sourceOf(x.id));
          // The look-alike is this segment's own, or shared with at most one segment without the
          // phrase (수출 규제 for "export curbs" elsewhere does not make it this phrase's rendering).
          lone ??= rareOf(x).filter((v) => docCount.get(v) === 1 || !others.some((o) => rendered(o).has(v)));
          const variant = lone.find((v) =>
            single
              ? wordSynonymSwap(r, v) || modifierSwap(r, v) || (others.length >= 2 && senseSwap(r, v))
              : lookAlike(r, v, isNoun) ||
                modifierSwap(r, v) ||
                transliterated(r, v, phrase, !name, sourceOf(x.id)) ||
                (name && (insertedInName(r, v) || translatedLoan(r, v, phrase))) ||
                wordSynonymSwap(r, v) ||
                headSwap(r, v, phrase, sourceOf(x.id)),
          );
          if (!variant) continue;
          // Next to it means a space between (고위급 대화 / 고위급 회담): a word joined to the kept
          // rendering by a list mark (유급휴직·양육수당) is another item of a list, not its modifier.
          const tx = targets.get(x.id)!;
          if (kept.length && kept.every((k) => !variant.includes(k) && !tx.includes(`${k} ${variant}`) && !tx.includes(`${variant} ${k}`)))
            continue;
          const start = rendered(x).get(variant)!;
          const list = out.get(x.id) ?? [];
          // Once per phrase, and once per word (another English word of the same segments: one report).
          if (list.some((i) => i.key === `${ID}:${phrase}` || i.targetSpan?.start === start)) continue;
          list.push(twoRenderingsIssue(ctx.locale, phrase, shownPhrase(at), variant, r, start, others[0]!.id));
          out.set(x.id, list);
          break;
        }
      }
    }
    synonymPass(byPhrase, firstAt, infos, targets, out, new Map(segments.map((s) => [s.id, s.sourceText])), ctx.locale, ctx.terms);
    // Korean compounds of one English term written two ways (another front on one head, two nouns
    // reversed), for an English word of two to eight segments (a term, not a topic word: a long
    // document of repeated paragraphs has none): every segment read, so the counts are the document's.
    const terms = [...byPhrase].some(([k, g]) => k < 0 && g.length >= 2 && g.length <= MAX_TERM_GROUP);
    if (terms) {
      for (const info of infos) rendered(info);
      // Which segments have each rendering, read once (the passes ask it of many words).
      const holders = new Map<string, SegInfo[]>();
      for (const info of infos)
        for (const r of info.renderings.keys()) {
          const list = holders.get(r);
          if (list) list.push(info);
          else holders.set(r, [info]);
        }
      const compoundDoc = {
        holders: (r: string) => holders.get(r) ?? [],
        infos,
        byPhrase,
        firstAt,
        rendered,
        docCount,
        source: sourceOf,
        target: (id: string) => targets.get(id) ?? '',
        docKo,
      };
      for (const f of [...frontSwapFindings(compoundDoc), ...reversedFindings(compoundDoc), ...insertedFindings(compoundDoc)]) {
        const list = out.get(f.segmentId) ?? [];
        if (list.some((i) => i.targetSpan?.start === f.start || i.key === `${ID}:${f.english}`)) continue;
        list.push(twoRenderingsIssue(ctx.locale, f.english, f.shown, f.variant, f.usual, f.start, f.relatedSegmentId));
        out.set(f.segmentId, list);
      }
    }
    headSwapPass(segments, out, ctx.locale);
    // An English term written in Hangul everywhere but in one segment (에이전트 / 대리인): only for a
    // document with terms (words of two to eight segments), like the compound passes.
    if (terms)
      missingLoanPass(
        segments.filter((s) => !isBlank(s.targetText) && /[가-힣]/.test(s.targetText)),
        out,
        ctx.locale,
      );
    loanSpellingPass(segments, docKo, out, ctx.locale);
    renamedBodyPass(segments, docKo, out, ctx.locale);
    numberedPhrasePass(segments, out, ctx.locale);
    sameParagraphPass(segments, out, ctx.locale);
    nearFormPass(
      segments.filter((s) => !isBlank(s.targetText)),
      out,
      ctx.locale,
    );
    // One English word in two words of an anchored group, a body's older name, a company's name
    // word translated in one place and written in Hangul in another.
    const written = segments.filter((s) => !isBlank(s.targetText) && /[가-힣]/.test(s.targetText));
    anchoredSynonymPass(written, out, ctx.locale);
    renamedInstitutionPass(written, docKo, out, ctx.locale);
    companyNamePass(written, out, ctx.locale);
    loanPhrasePass(written, out, ctx.locale);
    titlePass(written, out, ctx.locale);
    bodyEndPass(written, ctx.terms, out, ctx.locale);
    for (const f of ordinalFindings(segments, (w) => stems(w)[0]?.stem ?? w)) {
      const list = out.get(f.segmentId) ?? [];
      if (list.some((i) => i.targetSpan?.start === f.start)) continue;
      list.push(twoRenderingsIssue(ctx.locale, f.english, f.english, f.variant, f.usual, f.start, f.relatedSegmentId));
      out.set(f.segmentId, list);
    }
    // Opposites (유효표 / 무효표) and a body beside its head (위원회 / 위원장) are two referents, whichever pass took them for one phrase's two renderings.
    for (const [id, list] of out) {
      const kept = list.filter((i) => {
        const r = RENDERINGS.get(i);
        return !r || !(opposites(r[0], r[1]) || bodyAndHead(r[0], r[1]));
      });
      if (kept.length) out.set(id, kept);
      else out.delete(id);
    }
    return out;
  },
};
