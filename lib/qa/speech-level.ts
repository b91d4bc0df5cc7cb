// Speech level (말투) consistency, which CAT tools do not check: every Korean sentence of a document
// should end in the same register — the project's setting, or, by default, the register most of
// the document's sentences use. A news article in 해라체 with one "…폭파했습니다." or "…요구해요."
// gets a warning on that sentence's last word, and so does a sentence closed on a nominalised verb
// (…줄었음.) in a document of running prose, unless several segments end so (a memo's style). Quoted speech, dialogue lines (질문:, 답변:) and
// noun-ending headlines are not judged (speech-level-detect.ts). Without a project setting, only a
// register that occurs in a single segment is flagged: one used in several is the writer's choice.
// In a 합쇼체 text, questions softened into 해요체 (…될까요?, …않나요?, …그렇죠?) are the text's own.
import type { DocumentCheck } from './check';
import { nounLookup } from './particle-nouns';
import { makeIssue, q, uniqueKeys } from './shared';
import { LEVEL_NAMES, nominalSentences, nounEndSentences, sentenceLevels, type SentenceLevel } from './speech-level-detect';
import { nominalSpokenQuotes } from './speech-level-quote-nominal';
import { quoteSlips } from './speech-level-quotes';
import { honorificSubjectParticles, honoursSubject } from './speech-level-honorific';
import type { QaIssue, SpeechLevel } from './types';

const ID = 'speech-level';
const ORDER: SpeechLevel[] = ['haera', 'hapsyo', 'haeyo', 'banmal'];
// A paragraph that opens on a speaker's label: a short name of at most three words, letters only
// (앵커:, 기자:, 고 교수:, Q:, Anchor:), then a colon and a space or the end — not a clock time (10:30).
const SPEAKER_RE = /^\s*([가-힣A-Za-z][가-힣A-Za-z.]{0,9}(?:\s[가-힣A-Za-z.]{1,10}){0,2})\s*[:：](?=\s|$)/;
const PLAIN = new Set<SpeechLevel>(['haera', 'banmal']);
const isPlain = (lv: SpeechLevel) => PLAIN.has(lv);

const SOFT_QUESTION_RE = /(?:까요|나요|가요|죠|지요)$/;
/** A 해요체 question in -ㄹ까요?/-나요?/-가요?/-죠?, which a 합쇼체 text uses too. */
export const isSoftQuestion = (l: SentenceLevel) => l.level === 'haeyo' && l.question === true && SOFT_QUESTION_RE.test(l.word);

export function majorityLevel(levels: Iterable<SentenceLevel>): SpeechLevel | null {
  const counts = new Map<SpeechLevel, number>();
  for (const l of levels) counts.set(l.level, (counts.get(l.level) ?? 0) + 1);
  let best: SpeechLevel | null = null;
  for (const lv of ORDER) if ((counts.get(lv) ?? 0) > (best ? counts.get(best)! : 0)) best = lv;
  return best;
}

export const speechLevelCheck: DocumentCheck = {
  id: ID,
  scope: 'document',
  run(segments, ctx) {
    // Dialogue (질문: …, 답변: …, Q: …) is speech in the speaker's own register.
    const isNoun = ctx.isNoun ?? nounLookup(segments.map((s) => s.targetText));
    const bySegment = segments.map((s) => ({
      id: s.id,
      levels: SPEAKER_RE.test(s.targetText) ? [] : sentenceLevels(s.targetText, isNoun),
    }));
    const spoken = speakerSlips(segments);
    const setting = ctx.speechLevel ?? 'auto';
    const expected = setting === 'auto' ? majorityLevel(bySegment.flatMap((s) => s.levels)) : setting;
    const out = new Map<string, QaIssue[]>();
    for (const [id, slips] of spoken) {
      const issues = slips.map(({ l, speaker, want }) => {
        const got = LEVEL_NAMES[l.level];
        const exp = LEVEL_NAMES[want];
        return makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `${l.level}:${l.word}`,
          targetSpan: { start: l.start, end: l.end },
          message: {
            en: `${q(l.word)} ends the sentence in the ${got.en} speech level; the speaker ${q(speaker)} speaks ${exp.en} in this paragraph and elsewhere.`,
            ko: `${q(l.word)}: 이 문장은 ${got.ko}로 끝나지만 화자 ${q(speaker)}의 말투는 이 단락과 문서 전체에서 ${exp.ko}입니다.`,
          },
        });
      });
      if (issues.length) out.set(id, uniqueKeys(issues));
    }
    for (const [index, slips] of quoteSlips(segments.map((s) => s.targetText))) {
      const id = segments[index]!.id;
      const issues = slips.map(({ l, want, speaker, document }) => {
        const got = LEVEL_NAMES[l.level];
        const exp = LEVEL_NAMES[want];
        const who = speaker ? { en: `the speaker ${q(speaker)}`, ko: `화자 ${q(speaker)}` } : { en: 'the speaker', ko: '화자' };
        return makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `quote:${l.level}:${l.word}`,
          targetSpan: { start: l.start, end: l.end },
          message: document
            ? {
                en: `${q(l.word)} quotes ${who.en}, who has a title of office, in the ${got.en} speech level; the story quotes its other speakers in ${exp.en}, and papers do not quote an official’s or expert’s statement in 반말.`,
                ko: `${q(l.word)}: 직함이 있는 ${who.ko}의 말을 ${got.ko}로 옮겼지만 이 기사의 다른 인용문은 ${exp.ko}입니다. 공직자나 전문가의 발언은 반말로 옮기지 않습니다.`,
              }
            : {
                en: `${q(l.word)} ends a quoted sentence in the ${got.en} speech level; ${who.en} speaks ${exp.en} in the rest of the quotation.`,
                ko: `${q(l.word)}: 인용문의 이 문장은 ${got.ko}로 끝나지만 ${who.ko}의 나머지 인용문은 ${exp.ko}입니다.`,
              },
        });
      });
      out.set(id, uniqueKeys([...(out.get(id) ?? []), ...issues]));
    }
    // A spoken quotation closed on a memo's -음 (…출제했음”이라고 말했다): speech-level-quote-nominal.ts.
    segments.forEach((seg) => {
      const issues = nominalSpokenQuotes(seg.targetText).map((l) =>
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `quote-nominal:${l.word}`,
          targetSpan: { start: l.start, end: l.end },
          message: {
            en: `${q(l.word)} ends a spoken quotation in a nominalised memo form (-음/-ㅁ); speech is quoted in a level of speech (-습니다, -다).`,
            ko: `${q(l.word)}: 말로 한 인용문이 명사형(-음/-ㅁ, 개조식)으로 끝납니다. 발언은 문장 종결형(-습니다, -다)으로 옮기세요.`,
          },
        }),
      );
      if (issues.length) out.set(seg.id, uniqueKeys([...(out.get(seg.id) ?? []), ...issues]));
    });
    if (!expected) return out;
    // 합쇼체 broadcast and commentary asks its questions in the softer 해요체 (어떻게 될까요?, 무엇일까요?,
    // 아니겠나요?, 그렇죠?) rather than in a stiff -ㅂ니까: such a question is neither a slip nor a sign
    // that the writer chose 해요체, so it is set aside before the counting below.
    if (expected === 'hapsyo') for (const s of bySegment) s.levels = s.levels.filter((l) => !isSoftQuestion(l));
    // Without a setting, a register the document uses in more than one segment is a choice (an
    // anchor's 합쇼체 around reported 해라체 narration); a lone sentence in another register is a slip.
    const segmentsUsing = new Map<SpeechLevel, number>();
    for (const s of bySegment)
      for (const lv of new Set(s.levels.map((l) => l.level))) segmentsUsing.set(lv, (segmentsUsing.get(lv) ?? 0) + 1);
    const flagged = (lv: SpeechLevel) => lv !== expected && (setting !== 'auto' || (segmentsUsing.get(lv) ?? 0) <= 1);
    const exp = LEVEL_NAMES[expected];
    const why = setting === 'auto' ? { en: 'most of the document', ko: '문서 대부분' } : { en: 'the project setting', ko: '프로젝트 설정' };
    // Sentences closed on a nominalised verb (…줄었음.): a slip when one segment has them.
    const nominal = new Map<string, { start: number; end: number; word: string }[]>();
    for (const seg of segments) {
      if (!/[음됨함임][.。]/.test(seg.targetText) || SPEAKER_RE.test(seg.targetText)) continue;
      const found = nominalSentences(seg.targetText);
      if (found.length) nominal.set(seg.id, found);
    }
    const nominalSlip = nominal.size === 1 || setting !== 'auto';
    // A body sentence cut to a headline's noun ending, in a paragraph whose other sentences have a
    // level (a headline or a caption is a line of its own): the same gate, one segment in the document.
    const bare = new Map<string, { start: number; end: number; word: string }[]>();
    bySegment.forEach((s, i) => {
      const text = segments[i]!.targetText;
      if (s.levels.length === 0 || !/[가-힣][.。]/.test(text)) return;
      const found = nounEndSentences(text, isNoun);
      if (found.length) bare.set(s.id, found);
    });
    const bareSlip = bare.size === 1 || setting !== 'auto';
    bySegment.forEach((s, index) => {
      const issues: QaIssue[] = [];
      // The honorific subject particle 께서 in 해라체 narration (공 원장께서는): speech-level-honorific.ts.
      const text = segments[index]!.targetText;
      if (expected === 'haera' && !SPEAKER_RE.test(text))
        for (const h of honorificSubjectParticles(text))
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `honorific:${h.word}`,
              targetSpan: { start: h.start, end: h.end },
              message: {
                en: `${q(h.word)} honours the subject with 께서 in narration; news prose in ${exp.en} names it with 은/는/이/가.`,
                ko: `${q(h.word)}: 서술문에 높임 조사 ‘께서’를 썼습니다. ${exp.ko} 기사 문장은 ‘은/는/이/가’를 씁니다.`,
              },
            }),
          );
      for (const l of nominalSlip ? (nominal.get(s.id) ?? []) : []) {
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `nominal:${l.word}`,
            targetSpan: { start: l.start, end: l.end },
            message: {
              en: `${q(l.word)} ends the sentence in a nominalised memo form (-음/-ㅁ); ${why.en} uses ${exp.en}.`,
              ko: `${q(l.word)}: 이 문장은 명사형(-음/-ㅁ, 개조식)으로 끝나지만 ${why.ko}의 말투는 ${exp.ko}입니다.`,
            },
          }),
        );
      }
      for (const l of bareSlip ? (bare.get(s.id) ?? []) : []) {
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `bare:${l.word}`,
            targetSpan: { start: l.start, end: l.end },
            message: {
              en: `${q(l.word)} ends the sentence in a bare noun, as a headline does; ${why.en} uses ${exp.en}.`,
              ko: `${q(l.word)}: 이 문장은 제목처럼 명사로 끝나지만 ${why.ko}의 말투는 ${exp.ko}입니다.`,
            },
          }),
        );
      }
      for (const l of s.levels) {
        // 해라체 narration that honours its subject (말씀하셨다): speech-level-honorific.ts.
        if (expected === 'haera' && l.level === 'haera' && honoursSubject(l.word))
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `honorific:${l.word}`,
              targetSpan: { start: l.start, end: l.end },
              message: {
                en: `${q(l.word)} honours the subject (-시-) in narration; news prose in ${exp.en} reports without it (말했다, 밝혔다).`,
                ko: `${q(l.word)}: 서술문에 주체 높임(-시-)을 썼습니다. ${exp.ko} 기사 문장은 높이지 않습니다(말했다, 밝혔다).`,
              },
            }),
          );
        if (!flagged(l.level)) continue;
        const got = LEVEL_NAMES[l.level];
        issues.push(
          makeIssue(ID, ctx.locale, {
            severity: 'warning',
            key: `${l.level}:${l.word}`,
            targetSpan: { start: l.start, end: l.end },
            message: {
              en: `${q(l.word)} ends the sentence in the ${got.en} speech level; ${why.en} uses ${exp.en}.`,
              ko: `${q(l.word)}: 이 문장은 ${got.ko}로 끝나지만 ${why.ko}의 말투는 ${exp.ko}입니다.`,
            },
          }),
        );
      }
      // Within a paragraph of unlabelled prose: one plain sentence among polite ones (or the
      // converse), which the document-wide count above let pass.
      if (!issues.length)
        for (const l of paragraphSlips(s.levels)) {
          const want = majorityLevel(s.levels.filter((x) => isPlain(x.level) !== isPlain(l.level)))!;
          issues.push(
            makeIssue(ID, ctx.locale, {
              severity: 'warning',
              key: `${l.level}:${l.word}`,
              targetSpan: { start: l.start, end: l.end },
              message: {
                en: `${q(l.word)} ends the sentence in the ${LEVEL_NAMES[l.level].en} speech level; the rest of this paragraph uses ${LEVEL_NAMES[want].en}.`,
                ko: `${q(l.word)}: 이 문장은 ${LEVEL_NAMES[l.level].ko}로 끝나지만 이 단락의 나머지 문장은 ${LEVEL_NAMES[want].ko}입니다.`,
              },
            }),
          );
        }
      if (issues.length) out.set(s.id, uniqueKeys([...(out.get(s.id) ?? []), ...issues]));
    });
    return out;
  },
};

/**
 * One sentence of a paragraph on the other side of the polite/plain divide from all the others,
 * which are at least two (…그쳤습니다. …그쳤다. …시작했습니다.): a mix within a paragraph.
 */
function paragraphSlips(levels: SentenceLevel[]): SentenceLevel[] {
  const plain = levels.filter((l) => isPlain(l.level));
  const polite = levels.filter((l) => !isPlain(l.level));
  if (plain.length === 1 && polite.length >= 2) return plain;
  if (polite.length === 1 && plain.length >= 2) return polite;
  return [];
}

interface SpeakerSlip {
  l: SentenceLevel;
  speaker: string;
  want: SpeechLevel;
}

/**
 * In a script whose paragraphs open on a speaker's label (앵커:, 기자:, 고 교수:), each speaker keeps
 * a register of their own, the one most of their sentences use across the document. A plain
 * sentence (해라체 -다, 반말 -어) in a paragraph of that speaker where polite sentences are the
 * majority, while the speaker is polite throughout (…그쳤습니다 → …그쳤다 in the anchor's 합쇼체),
 * is a slip, and so is the converse: one polite sentence in a plain speaker's plain paragraph. A
 * register the speaker uses in more than one paragraph is theirs (a guest who says 감사합니다 and
 * 그래요 alike: 합쇼체 beside 해요체 is never flagged here); quoted speech is masked as elsewhere.
 */
function speakerSlips(segments: readonly { id: string; targetText: string }[]): Map<string, SpeakerSlip[]> {
  const out = new Map<string, SpeakerSlip[]>();
  const lines: { id: string; speaker: string; levels: SentenceLevel[] }[] = [];
  for (const s of segments) {
    const m = SPEAKER_RE.exec(s.targetText);
    if (!m) continue;
    lines.push({ id: s.id, speaker: m[1]!.replace(/\s+/g, ' '), levels: sentenceLevels(s.targetText) });
  }
  if (lines.length === 0) return out;
  const bySpeaker = new Map<string, typeof lines>();
  for (const line of lines) {
    const own = bySpeaker.get(line.speaker);
    if (own) own.push(line);
    else bySpeaker.set(line.speaker, [line]);
  }
  for (const [speaker, own] of bySpeaker) {
    const all = own.flatMap((x) => x.levels);
    const plain = all.filter((l) => isPlain(l.level)).length;
    const polite = all.length - plain;
    if (plain === polite) continue;
    const speakerPlain = plain > polite;
    const want = majorityLevel(all.filter((l) => isPlain(l.level) === speakerPlain))!;
    // A register the speaker uses in more than one paragraph is the speaker's own.
    const paragraphsOff = own.filter((x) => x.levels.some((l) => isPlain(l.level) !== speakerPlain)).length;
    if (paragraphsOff !== 1) continue;
    for (const line of own) {
      const off = line.levels.filter((l) => isPlain(l.level) !== speakerPlain);
      if (off.length === 0) continue;
      // The paragraph itself is in the speaker's register: most of its sentences, at least two.
      const on = line.levels.length - off.length;
      if (on < 2 || on <= off.length) continue;
      out.set(
        line.id,
        off.map((l) => ({ l, speaker, want })),
      );
    }
  }
  return out;
}
