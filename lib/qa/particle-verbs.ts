// Particles a verb or a pronoun decides, not the last syllable of the word:
// - a duration is the subject of 걸리다 (to take time), never its object: 16분이 걸렸다, 사흘이 걸린다,
//   not 16분을 걸렸다. 걸리다 here is intransitive; a number of minutes, hours or days with 을/를 right
//   before a form of it (걸렸, 걸린, 걸리, 걸릴, 걸려) is the wrong particle. (A duration takes 을/를
//   before a transitive verb: 3시간을 기다렸다, 이틀을 걸어서 — 걸어 is 걷다, not 걸리다.)
// - the humble pronoun 저 becomes 제 before the subject particle 가: 제가 직접, not 저가 직접 (as 나 →
//   내가, 너 → 네가). 저가 is also a noun (低價, a low price), which modifies the next noun (저가 항공사,
//   저가 제품); only 저가 followed by an adverb, which no noun modifies, is the pronoun.

export interface VerbParticleSlip {
  start: number;
  end: number;
  found: string;
  expected: string;
  reason: 'duration-subject' | 'humble-pronoun';
}

// Time counters of a duration after a number (or a Korean numeral word of days: 사흘, 이틀).
const DURATION_RE =
  /(?:\d[\d,.]*\s?(?:초|분|시간|일|주|주일|개월|달|년|세기)|(?<![가-힣])(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|보름|한두 달|몇 달|몇 년|몇 시간|몇 분))(?:\s?(?:가량|정도|남짓|넘게|이상|안팎|여|씩))?(을|를) (?=걸(?:렸|린|리|릴|려))/g;

// Adverbs (and negations) a pronoun subject may be followed by and a noun modifier never is.
const ADVERBS = new Set(
  (
    '직접 먼저 다시 꼭 혼자 이미 아직 정말 너무 바로 제일 가장 항상 늘 반드시 스스로 원래 처음 지금 오늘 어제 내일 ' +
    '계속 많이 잘 못 좀 또 이제 곧 벌써 당연히 분명히 끝까지 오히려 도저히 결코 절대 전혀 대신 감히 일부러 미리 ' +
    '얼마나 어떻게 왜 언제 어디서 함께 같이'
  ).split(' '),
);
const JEOGA_RE = /(?<![가-힣])저가 ([가-힣]+)/g;

/** Particles the verb or the pronoun decides: 16분을 걸렸다 → 16분이, 저가 직접 → 제가. */
export function verbParticleSlips(text: string): VerbParticleSlip[] {
  const out: VerbParticleSlip[] = [];
  if (/[을를] 걸[렸린리릴려]/.test(text)) {
    for (const m of text.matchAll(DURATION_RE)) {
      const found = m[1]!;
      const end = m.index! + m[0].length - 1;
      out.push({ start: m.index!, end, found, expected: found === '을' ? '이' : '가', reason: 'duration-subject' });
    }
  }
  if (text.includes('저가 ')) {
    for (const m of text.matchAll(JEOGA_RE))
      if (ADVERBS.has(m[1]!)) out.push({ start: m.index!, end: m.index! + 2, found: '저가', expected: '제가', reason: 'humble-pronoun' });
  }
  return out;
}
