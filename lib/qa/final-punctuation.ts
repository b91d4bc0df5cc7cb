// Final punctuation: a sentence-final . ? ! : … in the source should end the Korean too (Korean
// uses the same marks; full-width forms are accepted). Closing quotes and brackets after the mark
// are looked through: 라고 말했다.” and 말했다”. both end in a period. Headlines without a final
// mark should not gain one. A ? or ! closing quoted speech at the end of the English may close the
// quote inside the Korean sentence (“뭐 하겠니?”라고 했다.).
import type { SegmentCheck } from './check';
import { makeIssue } from './shared';

const ID = 'final-punctuation';
const CLOSER_CHARS = new Set([...' \t\n\r\u00a0\u3000"\'”’)]}」』》〉）']);

/** The text without trailing spaces, closing quotes and brackets (a loop: a `[…]+$` regex
 * rescans every space of a long paragraph). */
function stripClosers(text: string): string {
  let end = text.length;
  while (end > 0 && CLOSER_CHARS.has(text[end - 1]!)) end--;
  return text.slice(0, end);
}

// What each English final mark may become. An exclamation or a colon often turns into a plain
// period in Korean prose (…습니다. / 다음과 같습니다.), so those are accepted.
const ACCEPT: Record<string, string[]> = {
  '.': ['.', '。', '．', '…'],
  '?': ['?', '？'],
  '!': ['!', '！', '.'],
  ':': [':', '：', '.'],
  '…': ['…', '.'],
};
const ABBREVIATION_END = /(?:(?<![\p{L}])(?:\p{Lu}\.){2,}|\b(?:Inc|Ltd|Co|Corp|Jr|Sr|etc|No|Dr|Mr|Mrs|Ms|St)\.)$/u;
const FINAL_MARKS = new Set(['.', '?', '!', ':', '…', '。', '．', '？', '！', '：']);

const QUOTED_END = /[?!…][\s]*["”’'」』]\s*$/;
const QUOTED_MARK: Record<string, RegExp> = { '?': /[?？]["”’'」』]/, '!': /[!！]["”’'」』]/, '…': /…["”’'」』]/ };

const TAG_QUESTION =
  /,\s*(?:(?:is|are|was|were|do|does|did|have|has|had|will|would|can|could|should|must|shall)(?:n[’']t)?|won[’']t|can[’']t|shan[’']t|ain[’']t)\s+(?:it|he|she|they|we|you|I|there|that|this)\s*\?["”’']?\s*$|,\s*(?:right|eh|no)\s*\?["”’']?\s*$/i;
// The last sentence of the Korean (quoted or not) ends in a form that asks for agreement.
const AGREEMENT_ENDING =
  /(?:잖아|잖아요|잖습니까|죠|지요|거든요|지 않나요|지 않습니까)(?:[.。]?["”’'」』][^.。"”]{0,24})?[.。]["”’'」』]?\s*$/;

function finalMark(text: string): string {
  return stripClosers(text).slice(-1);
}

// Punctuation marks are read by their names: 마침표, 물음표, 느낌표, 말줄임표 (open) take 로;
// 쌍점 (:) and 쌍반점 (;) take 으로.
const markParticle = (mark: string): string => (/[:;：；]$/.test(mark) ? '으로' : '로');

export const finalPunctuationCheck: SegmentCheck = {
  id: ID,
  scope: 'segment',
  run(segment, ctx) {
    // "…talks with the U.S." — the period may belong to the abbreviation; Korean drops both.
    if (ABBREVIATION_END.test(stripClosers(segment.sourceText).slice(-12))) return [];
    // A translator's note (no source text) ends as Korean prose does.
    if (!/[\p{L}\p{N}]/u.test(segment.sourceText)) return [];
    const s = finalMark(segment.sourceText);
    const t = finalMark(segment.targetText);
    const span = { start: Math.max(0, segment.targetText.length - 1), end: segment.targetText.length };
    if (s in ACCEPT) {
      if (ACCEPT[s]!.includes(t)) return [];
      // He said only: "What would have been the point?" → “말해서 뭐 하겠니?”라고만 했다. The mark
      // belongs to the quoted speech, which Korean closes inside the sentence.
      if (QUOTED_END.test(segment.sourceText) && (t === '.' || t === '。') && QUOTED_MARK[s]?.test(segment.targetText)) return [];
      // "…it will happen again, won't it?" → 또 이럴 거잖아요. A tag question asks for agreement;
      // Korean says it as a statement with -잖아(요), -죠/-지요 or -거든요 and a period.
      if (s === '?' && (t === '.' || t === '。') && TAG_QUESTION.test(segment.sourceText) && AGREEMENT_ENDING.test(segment.targetText))
        return [];
      return [
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `missing:${s}`,
          targetSpan: span,
          message: {
            en: `The source ends with “${s}” but the translation does not.`,
            ko: `원문은 “${s}”${markParticle(s)} 끝나는데 번역문은 그렇지 않습니다.`,
          },
        }),
      ];
    }
    if (FINAL_MARKS.has(t) && !/[.?!:…]/.test(s)) {
      return [
        makeIssue(ID, ctx.locale, {
          severity: 'warning',
          key: `extra:${t}`,
          targetSpan: span,
          message: {
            en: `The translation ends with “${t}” but the source has no final punctuation.`,
            ko: `원문에는 끝 문장 부호가 없는데 번역문은 “${t}”${markParticle(t)} 끝납니다.`,
          },
        }),
      ];
    }
    return [];
  },
};
