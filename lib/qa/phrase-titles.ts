// A pass of the phrase-consistency check: one person's title rendered two ways. Korean news names a
// person in full with a title (엄태훈 농식품부 식량정책관) and then by surname and the same title or
// its end (엄 정책관, never 엄 국장 for the same man; 남궁서연 대입정책국장 → 남궁 국장). A later
// mention “surname + title” whose title no paragraph naming that surname in full writes, where those
// paragraphs give the person another title, is the title rendered another way (or another person's).
import { makeIssue, q } from './shared';
import type { QaIssue, QaLocale } from './types';
import { ID } from './phrase-issue';
import { SURNAME_SHARE } from '../names/syllables';

// Official, professional and academic titles of news Korean (the ends of longer titles: 식량정책관,
// 대입정책국장, 선임연구위원), longest first so a title is read whole (위원장 before 위원).
const TITLES = [
  ...'부사장 이사장 위원장 본부장 센터장 조합장 구청장 대변인 연구위원 정책관 변호사'.split(' '),
  ...'장관 차관 국장 실장 과장 부장 팀장 청장 처장 원장 소장 총장 회장 사장 대표 의원 위원 교수 교사 경사 경위 경감 경정 총경 순경 경장 총재 의장 군수 판사 기자 영사 총리'.split(
    ' ',
  ),
];
// (Words that are titles and common nouns too — 시장 market, 이사 moving, 검사 inspection, 감독
// supervision, 지사 branch, 연구원 an institute too — are left out.)
const TITLE_RE = TITLES.join('|');
// Surnames that are also determiners or prefixes (이 교수 “this professor”, 현 장관 “the incumbent
// minister”, 전 의원 “a former lawmaker”): their mentions are not read as a surname's.
const NOT_SURNAME = new Set('이 그 저 각 전 현 새 한 두 세 네 몇 본 동 당 타 모 제 총 부 구 원 신 고 여 야 양 대 소 주 정 차'.split(' '));
// A surname (one or two syllables) and a title, the title ending the word or followed by a particle.
const MENTION = new RegExp(`(?<![가-힣\\w·])([가-힣]{1,2}) (${TITLE_RE})(?=[은는이가을를의와과도만에께]|으로|로|[^가-힣]|$)`, 'g');

// A word ending in a title (식량정책관), a particle or none after it.
const TITLE_WORD = new RegExp(`[가-힣]*(?:${TITLE_RE})(?=[은는이가을를의와과도만에께]?(?![가-힣]))`);

export function titleFindings(segments: readonly { id: string; targetText: string }[]): {
  segmentId: string;
  mention: string;
  start: number;
  usual: string;
}[] {
  const out: { segmentId: string; mention: string; start: number; usual: string }[] = [];
  // Paragraphs that name a surname in full (the surname and one or two syllables as a word: 엄태훈은,
  // 남궁서연 교육부 …), per surname, found once per surname asked.
  const fullOf = new Map<string, number[]>();
  const full = (s: string) => {
    let list = fullOf.get(s);
    if (!list) {
      const re = new RegExp(`(?<![가-힣])${s}[가-힣]{1,2}(?=[\\s(,·]|[은는이가의을를와과]\\s)`);
      fullOf.set(s, (list = segments.flatMap((x, i) => (re.test(x.targetText) ? [i] : []))));
    }
    return list;
  };
  segments.forEach((x) => {
    for (const m of x.targetText.matchAll(MENTION)) {
      const [mention, s, title] = m as unknown as [string, string, string];
      if (NOT_SURNAME.has(s) || !(s in SURNAME_SHARE)) continue;
      const paras = full(s);
      if (!paras.length) continue;
      // The title written in a paragraph naming the person, outside this kind of mention.
      const texts = paras.map((p) => segments[p]!.targetText.replace(MENTION, ' '));
      if (texts.some((t) => t.includes(title))) continue;
      // The person has another title there (식량정책관): the usual one, reported.
      const usual = texts.map((t) => t.match(TITLE_WORD)?.[0]).find((w) => w);
      if (!usual) continue;
      out.push({ segmentId: x.id, mention, start: m.index!, usual });
    }
  });
  return out;
}

/** Reports each finding once per segment and mention. */
export function titlePass(segments: readonly { id: string; targetText: string }[], out: Map<string, QaIssue[]>, locale: QaLocale): void {
  for (const f of titleFindings(segments)) {
    const list = out.get(f.segmentId) ?? [];
    if (list.some((i) => i.targetSpan?.start === f.start)) continue;
    list.push(
      makeIssue(ID, locale, {
        severity: 'warning',
        key: `title:${f.mention}`,
        targetSpan: { start: f.start, end: f.start + f.mention.length },
        message: {
          en: `${q(f.mention)}: the person's title is ${q(f.usual)} where the text names them in full — one title rendered two ways?`,
          ko: `${q(f.mention)}: 이름 전체를 밝힌 곳의 직함은 ${q(f.usual)}입니다. 같은 직함을 달리 옮기지 않았는지 확인하세요.`,
        },
      }),
    );
    out.set(f.segmentId, list);
  }
}
