// Latin words left in the Korean: a romanised place or person name copied from the source
// (Panmunjom에서, Kaesong 인근, Lee 교수는, Qingdao에서, Fukuoka의, Li Wei는), or a country, a large city
// of the world or a state or province of the United States, Canada, Australia or India (Geneva에서,
// France와, Florida에서; world-places.data.ts), also in its own language's spelling (Lisboa·마드리드;
// leftover-latin-endonyms.ts). Latin that Korean news keeps is allowed: acronyms and
// all-capital words (WFP, U.N., SCOPE), units after a number (5만t, 30km), mixed-case brand forms
// (iPhone, ChatGPT), glossary and do-not-translate terms, and a Latin gloss in parentheses after
// Korean (판문점(Panmunjom)). A one-word name glued to a particle is flagged whatever its shape when
// the document's Korean writes it in Hangul elsewhere (Brightwell이 beside 브라이트웰: leftover-latin-hangul.ts).
// Longer English runs are the untranslated check's.
import type { SegmentCheck } from './check';
import { makeIssue, q, uniqueKeys } from './shared';
import type { QaIssue } from './types';
import { isRomanisedName } from './romanised-shapes';
import { WORLD_PLACES } from './world-places.data';
import { ENDONYMS } from './leftover-latin-endonyms';
import { writtenInHangul } from './leftover-latin-hangul';
import { accentedNames } from './leftover-latin-accented';
import { latinKoreanBrands } from './leftover-latin-brands';

const ID = 'leftover-latin';
// Countries, large cities and big countries' states (Geneva에서, France의, Florida에서): Korean news writes them in Hangul.
const PLACES = new Set(WORLD_PLACES.split('|'));
// Romanised Korean, Chinese (pinyin) and Japanese (Hepburn) names: every syllable is one of the
// romanisation's (romanised-shapes.ts). A brand or English name (Arm, Reuters, Trump) does not split
// so and is left alone: Korean news keeps some of those in Latin letters.
export { isRomanisedKorean } from './romanised-shapes';

// A capitalised word with lower-case letters after the first (Kaesong, Min-ji), optionally hyphenated;
// no part of an accented word (Pokémon is no “Pok”: leftover-latin-accented.ts reads those).
const NAME_RE =
  /(?<![A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF])[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*(?:\s+[A-Z][a-z]+(?:-[A-Za-z][a-z]*)*)*(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/g;
const GLOSS_RE = /(?<=[가-힣\d])\s?[(（][^()（）]*[)）]/g;

/**
 * A name of two or more capitalised words copied whole from the source and used as a word of the
 * Korean sentence — a particle glued to it or Korean right after it (Nordhavn Capital의, Rahul Anand
 * 단장은): Korean news writes foreign people and firms in Hangul and keeps the Latin only as a gloss
 * in parentheses. One-word brands (Reuters, Arm) are left alone.
 */
function copiedName(word: string, src: string, tgt: string, end: number): boolean {
  // Foreign universities (Harvard University) are left alone, as before: Korean writing keeps them in Latin at times.
  if (!/\s/.test(word) || !src.includes(word) || /\s(?:University|College)$/.test(word)) return false;
  // Korean right after, or a number with its Korean counter (Primeira Liga 3위에, Serie A 2연패).
  return /^\s?(?:[가-힣]|\d[\d.,]*[가-힣])/.test(tgt.slice(end, end + 12));
}

// Nouns of a place's surroundings or parts (외곽, 인근, 시내, 북부): the word before them names a place.
const PLACE_NOUN_RE =
  /^\s?(?:외곽|인근|근교|교외|근처|시내|도심|일대|시가지|해안|앞바다|[동서남북]부|[동서남북]쪽|[동서남북]방)(?=$|[^가-힣]|(?:에서는|에서|에는|에도|으로|까지|의|에|은|는|이|을|과|도|로)(?![가-힣]))/;
/**
 * A one-word name copied from the source and followed by a noun of a place's surroundings
 * (Sihanoukville 외곽의, Mariupol 인근에서): a town Korean news writes in Hangul, whatever its
 * language's shape. Brands (Reuters는, Arm의) are not followed by these.
 */
const placeBefore = (word: string, src: string, tgt: string, end: number) =>
  !/\s/.test(word) && src.includes(word) && PLACE_NOUN_RE.test(tgt.slice(end, end + 6));

/**
 * A one-word name copied from the source with a particle glued to it (Brightwell이) that the
 * document's Korean writes in Hangul elsewhere (브라이트웰): leftover-latin-hangul.ts.
 */
const hangulElsewhere = (word: string, src: string, tgt: string, end: number, docText?: () => string) =>
  /^[가-힣]/.test(tgt.slice(end, end + 1)) && src.includes(word) && writtenInHangul(word, docText?.() ?? tgt);

// The Korean of a place's or institution's generic noun (University → 대, 대학; Airport → 공항).
const GENERIC_KO: Record<string, RegExp> = {
  University: /^대(?:학교?)?/,
  College: /^(?:대(?:학)?|칼리지)/,
  Institute: /^연구[소원]/,
  Hospital: /^병원/,
  Airport: /^공항/,
  Station: /^역/,
  Island: /^(?:섬|도)(?![가-힣]{2})/,
  River: /^강/,
  Lake: /^호수?/,
  Mountain: /^산/,
  Bay: /^만/,
  Port: /^항/,
  Palace: /^궁/,
  Bridge: /^(?:대교|다리)/,
  Stadium: /^(?:경기장|구장|스타디움)/,
  Park: /^공원/,
  Prison: /^교도소/,
};
const GENERIC_AFTER_RE = new RegExp(`^ (${Object.keys(GENERIC_KO).join('|')})\\b`);
/**
 * A one-word name copied from the source, its generic noun translated and glued to it (Lund대의 for
 * Lund University, Incheon공항): half translated; the name should be in Hangul too (룬드대).
 */
function halfTranslated(word: string, src: string, tgt: string, end: number): boolean {
  if (/\s/.test(word) || !/^[가-힣]/.test(tgt.slice(end, end + 1))) return false;
  // The first few mentions are enough; a source repeating the word thousands of times stays linear.
  for (let i = src.indexOf(word), n = 0; i >= 0 && n < 8; i = src.indexOf(word, i + 1), n++) {
    const g = GENERIC_AFTER_RE.exec(src.slice(i + word.length, i + word.length + 12));
    if (g && GENERIC_KO[g[1]!]!.test(tgt.slice(end, end + 5))) return true;
  }
  return false;
}

export const leftoverLatinCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    const tgt = segment.targetText;
    if (!/[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][a-z\u00DF-\u00FF\u0100-\u024F\u1E00-\u1EFF]/.test(tgt) || !/[가-힣]/.test(tgt))
      return [];
    const masked = tgt.replace(GLOSS_RE, (s) => ' '.repeat(s.length));
    const kept = new Set<string>();
    for (const t of ctx.terms.list) {
      if (t.term.kind === 'DO_NOT_TRANSLATE') kept.add(t.term.source.toLowerCase());
      for (const f of t.targets) if (/[A-Za-z]/.test(f)) kept.add(f.toLowerCase());
    }
    const names = new Set<string>();
    for (const t of ctx.terms.list) {
      if (t.term.kind !== 'NAME') continue;
      names.add(t.term.source.trim().toLowerCase());
      if (t.surname) names.add(t.surname.source.toLowerCase());
    }
    const issues: QaIssue[] = [];
    // The accented spelling of a name (Hồ Chí Minh에서, São Paulo로): leftover-latin-accented.ts; its
    // plain words (Paulo) are part of it.
    const accented = accentedNames(masked, segment.sourceText, PLACES);
    let ai = 0;
    for (const m of masked.matchAll(NAME_RE)) {
      const word = m[0];
      // Both in text order: one pointer walks the accented runs.
      while (ai < accented.length && accented[ai]!.start + accented[ai]!.word.length <= m.index!) ai++;
      if (ai < accented.length && accented[ai]!.start <= m.index!) continue;
      if (kept.has(word.toLowerCase())) continue;
      // The romanised form of a glossary name is the terms check's (it names the Korean form).
      if (names.has(word.toLowerCase())) continue;
      if (
        !PLACES.has(word) &&
        !ENDONYMS.has(word) &&
        !copiedName(word, segment.sourceText, tgt, m.index! + word.length) &&
        !placeBefore(word, segment.sourceText, tgt, m.index! + word.length) &&
        !hangulElsewhere(word, segment.sourceText, tgt, m.index! + word.length, ctx.docText) &&
        !halfTranslated(word, segment.sourceText, tgt, m.index! + word.length) &&
        !isRomanisedName(
          // A constituency keeps its district's romanisation (Mapo-B: 마포을).
          word
            .replace(/-[A-D]$/, '')
            .replace(
              /\s+(?:Province|City|County|Island|Mountain|River|Street|Road|University|Institute|(?:District |High |Supreme )?Court|Hospital|Station|Airport|Port|Palace|Temple|Stadium|Bridge|Dam)$/,
              '',
            ),
        )
      )
        continue;
      // Only words copied from the source (a name) or glued to Korean (a particle after it).
      // A member of a ·-joined list beside Korean members (Lisboa·마드리드) is glued to Korean too.
      const after = tgt.slice(m.index! + word.length, m.index! + word.length + 2);
      const inSource = segment.sourceText.includes(word.split(/\s+/)[0]!);
      if (!inSource && !/^(?:[가-힣]|·[가-힣])/.test(after) && !/[가-힣]·$/.test(tgt.slice(Math.max(0, m.index! - 2), m.index!))) continue;
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `latin:${word}`,
          targetSpan: { start: m.index!, end: m.index! + word.length },
          message: {
            en: `${q(word)} is left in Latin letters: write the name in Korean.`,
            ko: `로마자로 남은 이름: ${q(word)}. 한글로 쓰세요.`,
          },
        }),
      );
    }
    // A Korean company or app in its Latin name (KakaoTalk 단체, Naver에서): leftover-latin-brands.ts.
    const brands = /[A-Z][a-z]/.test(masked) ? latinKoreanBrands(masked, segment.sourceText) : [];
    for (const { word, start } of [
      ...accented,
      ...brands.filter((b) => !kept.has(b.word.toLowerCase()) && !issues.some((i) => i.targetSpan?.start === b.start)),
    ])
      issues.push(
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `latin:${word}`,
          targetSpan: { start, end: start + word.length },
          message: {
            en: `${q(word)} is left in Latin letters: write the name in Korean.`,
            ko: `로마자로 남은 이름: ${q(word)}. 한글로 쓰세요.`,
          },
        }),
      );
    return uniqueKeys(issues);
  },
};
