// Round-5 held-out set of issue #15 (written by the round-5 QA engineer BEFORE any check was run
// on it, committed before any check was changed, and never edited after seeing results): a
// central-bank and labour commentary (rate-cut.en.txt: a Bank of Korea rate cut, a shipyard strike
// in Ulsan, household debt; events and people invented), its careful Korean translation
// (rate-cut.ko.txt, 해라체; the governor quoted in 합쇼체, the union leader in 해라체, a small
// manufacturer in 해요체; on Thursday → 26일, on Monday → 23일; 6 basis points → 0.06%포인트),
// 63 single-error variants of every kind and 10 clean probes. Same format and scoring as
// ../variants.ts. Its first measure is the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R5_TERMS: QaTerm[] = [
  { source: 'Seo Min-jae', target: '서민재', kind: 'NAME' },
  { source: 'Kwon Tae-sik', target: '권태식', kind: 'NAME' },
  { source: 'Lim Da-young', target: '임다영', kind: 'NAME' },
  { source: 'Jung Eun-ha', target: '정은하', kind: 'NAME' },
  { source: 'Hanbit Heavy Industries', target: '한빛중공업', kind: 'TERM' },
  { source: 'Monetary Policy Board', target: '금융통화위원회', kind: 'TERM' },
  { source: "Korean Metal Workers' Union", target: '전국금속노동조합', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (먹구름을), and EUC-KR bytes read as Windows-1252
// (통계청이: an old export from a legacy tool).
const MOJI = {
  먹구름을: '\u00eb\u00a8\u00b9\u00ea\u00b5\u00ac\u00eb\u00a6\u201e\u00ec\u009d\u201e',
  통계청이: '\u00c5\u00eb\u00b0\u00e8\u00c3\u00bb\u00c0\u00cc',
};

export const R5_VARIANTS: Variant[] = [
  // Straight quotes: a whole pair typed straight, single quotes in the standfirst, one half only.
  {
    id: 'r5-squote-1',
    kind: 'straight-quote',
    paragraph: 3,
    replace: [
      ['“성장의', '"성장의'],
      ['판단했습니다”라며', '판단했습니다"라며'],
    ],
  },
  {
    id: 'r5-squote-2',
    kind: 'straight-quote',
    paragraph: 16,
    replace: [['“한국은행의 독립성은 구호가 아니다”라고', '"한국은행의 독립성은 구호가 아니다"라고']],
  },
  { id: 'r5-squote-3', kind: 'straight-quote', paragraph: 1, replace: [['‘숨 고르기’', "'숨 고르기'"]] },
  { id: 'r5-squote-4', kind: 'straight-quote', paragraph: 11, replace: [['“심각한 우려 사항”이라고', '"심각한 우려 사항”이라고']] },
  { id: 'r5-repeat-1', kind: 'repeated-word', paragraph: 9, replace: [['이번 주 안에', '이번 이번 주 안에']] },
  { id: 'r5-repeat-2', kind: 'repeated-word', paragraph: 18, replace: [['금리 인하는 별', '금리 인하는 인하는 별']] },
  { id: 'r5-repeat-3', kind: 'repeated-word', paragraph: 20, replace: [['있다는 사실을 일깨운다', '있다는 사실을 사실을 일깨운다']] },
  // Leftover markup: inline tags, an HTML entity, a closing paragraph tag, Markdown bold.
  { id: 'r5-markup-1', kind: 'markup', paragraph: 7, replace: [['울산 한빛중공업에서', '울산 <b>한빛중공업</b>에서']] },
  { id: 'r5-markup-2', kind: 'markup', paragraph: 12, replace: [['발표 직후', '발표&nbsp;직후']] },
  { id: 'r5-markup-3', kind: 'markup', paragraph: 19, replace: [['수도 있어요”라고 말했다.', '수도 있어요”라고 말했다.</p>']] },
  { id: 'r5-markup-4', kind: 'markup', paragraph: 5, replace: [['1.6%로 낮췄고', '**1.6%**로 낮췄고']] },
  { id: 'r5-fffd-1', kind: 'replacement-char', paragraph: 6, replace: [['가는 반도체 수출은', '가는 반\uFFFD체 수출은']] },
  { id: 'r5-fffd-2', kind: 'replacement-char', paragraph: 14, replace: [['걱정거리는', '걱정거리\uFFFD']] },
  { id: 'r5-moji-1', kind: 'mojibake', paragraph: 7, replace: [['먹구름을', MOJI.먹구름을]] },
  { id: 'r5-moji-2', kind: 'mojibake', paragraph: 21, replace: [['통계청이', MOJI.통계청이]] },
  // Romanised places and people left in Latin letters, one English organisation name.
  { id: 'r5-latin-1', kind: 'latin-name', paragraph: 7, replace: [['울산 한빛중공업에서', 'Ulsan 한빛중공업에서']] },
  { id: 'r5-latin-2', kind: 'latin-name', paragraph: 18, replace: [['창원과 구미의', 'Changwon과 구미의']] },
  { id: 'r5-latin-3', kind: 'latin-name', paragraph: 21, replace: [['거제도의', 'Geoje Island의']] },
  { id: 'r5-latin-4', kind: 'latin-name', paragraph: 4, replace: [['한지우·백승호 위원은', '한지우·Baek Seung-ho 위원은']] },
  { id: 'r5-latin-5', kind: 'latin-name', paragraph: 19, replace: [['남기철 대표는', 'Nam Gi-cheol 대표는']] },
  { id: 'r5-latin-6', kind: 'latin-name', paragraph: 15, replace: [['조현석 기획재정부 장관은', 'Cho Hyun-seok 기획재정부 장관은']] },
  { id: 'r5-latin-7', kind: 'latin-name', paragraph: 10, replace: [['연합뉴스가 지난주', 'Yonhap News Agency가 지난주']] },
  // Particles after nouns no lexicon lists, after a parenthesised acronym and after a counter.
  { id: 'r5-particle-1', kind: 'particle', paragraph: 2, replace: [['기준금리를 0.25%포인트', '기준금리을 0.25%포인트']] },
  { id: 'r5-particle-2', kind: 'particle', paragraph: 4, replace: [['반대 의견을 냈다', '반대 의견를 냈다']] },
  { id: 'r5-particle-3', kind: 'particle', paragraph: 9, replace: [['인도가 늦어졌고', '인도이 늦어졌고']] },
  { id: 'r5-particle-4', kind: 'particle', paragraph: 12, replace: [['환율은 1418원으로', '환율는 1418원으로']] },
  { id: 'r5-particle-5', kind: 'particle', paragraph: 14, replace: [['규제를 강화해', '규제을 강화해']] },
  { id: 'r5-particle-6', kind: 'particle', paragraph: 17, replace: [['연방준비제도(Fed)는', '연방준비제도(Fed)은']] },
  { id: 'r5-particle-7', kind: 'particle', paragraph: 20, replace: [['용접공과 도장공을', '용접공와 도장공을']] },
  { id: 'r5-particle-8', kind: 'particle', paragraph: 21, replace: [['노조는 그때까지', '노조은 그때까지']] },
  { id: 'r5-particle-9', kind: 'particle', paragraph: 18, replace: [['주문이 부진한', '주문가 부진한']] },
  { id: 'r5-particle-10', kind: 'particle', paragraph: 10, replace: [['15명이 0.25%포인트', '15명가 0.25%포인트']] },
  { id: 'r5-acronym-1', kind: 'acronym', paragraph: 13, replace: [['(KDI)', '(KIEP)']] },
  { id: 'r5-acronym-2', kind: 'acronym', paragraph: 14, replace: [['금융위원회(FSC)', '금융위원회(FSS)']] },
  { id: 'r5-acronym-3', kind: 'acronym', paragraph: 9, replace: [['액화천연가스(LNG)', '액화천연가스(LPG)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text).
  { id: 'r5-phrase-1', kind: 'phrase-consistency', paragraph: 11, replace: [['가계부채가 여전히', '가계 빚이 여전히']] },
  { id: 'r5-phrase-2', kind: 'phrase-consistency', paragraph: 14, replace: [['서울 아파트값은', '서울 아파트 가격은']] },
  { id: 'r5-phrase-3', kind: 'phrase-consistency', paragraph: 20, replace: [['통화정책에 한계가', '금융정책에 한계가']] },
  { id: 'r5-phrase-4', kind: 'phrase-consistency', paragraph: 10, replace: [['0.25%포인트 인하를', '0.25%포인트 금리 하향을']] },
  { id: 'r5-time-1', kind: 'relative-time', paragraph: 9, replace: [['이번 주 안에', '다음 주 안에']] },
  { id: 'r5-time-2', kind: 'relative-time', paragraph: 8, replace: [['지난해 1조2000억 원을', '올해 1조2000억 원을']] },
  { id: 'r5-time-3', kind: 'relative-time', paragraph: 19, replace: [['다음 달에 하나 더', '이달에 하나 더']] },
  { id: 'r5-time-4', kind: 'relative-time', paragraph: 17, replace: [['올해 초 인하를', '지난해 초 인하를']] },
  { id: 'r5-drop-1', kind: 'dropped-sentence', paragraph: 4, replace: [[' 회의 의사록은 2주 뒤 공개된다.', '']] },
  { id: 'r5-drop-2', kind: 'dropped-sentence', paragraph: 14, replace: [['가장 큰 걱정거리는 주택이다. ', '']] },
  { id: 'r5-drop-3', kind: 'dropped-sentence', paragraph: 8, replace: [['우리는 자선을 바라는 게 아니다. ', '']] },
  { id: 'r5-drop-4', kind: 'dropped-sentence', paragraph: 6, replace: [[' 중국으로 가는 반도체 수출은 4개월 연속 줄었다.', '']] },
  // Numbers: a native ordinal, a day count, counted ships, a magnitude slip, a value swapped with a
  // neighbour in the same paragraph, an ordinal month rendered as a count.
  { id: 'r5-number-1', kind: 'numbers', paragraph: 2, replace: [['세 번째 인하다', '두 번째 인하다']] },
  { id: 'r5-number-2', kind: 'numbers', paragraph: 7, replace: [['23일째', '22일째']] },
  { id: 'r5-number-3', kind: 'numbers', paragraph: 9, replace: [['운반선 3척의', '운반선 2척의']] },
  { id: 'r5-number-4', kind: 'numbers', paragraph: 11, replace: [['약 1900조 원', '약 190조 원']] },
  { id: 'r5-number-5', kind: 'numbers', paragraph: 5, replace: [['1.9%에서 1.6%로', '1.9%에서 1.8%로']] },
  { id: 'r5-number-6', kind: 'numbers', paragraph: 6, replace: [['4개월 연속', '3개월 연속']] },
  { id: 'r5-speech-1', kind: 'speech-level', paragraph: 18, replace: [['반긴 것은 아니다.', '반긴 것은 아닙니다.']] },
  { id: 'r5-speech-2', kind: 'speech-level', paragraph: 12, replace: [['2.41%를 기록했다.', '2.41%를 기록했습니다.']] },
  { id: 'r5-speech-3', kind: 'speech-level', paragraph: 20, replace: [['구하지 못하고 있다.', '구하지 못하고 있어요.']] },
  { id: 'r5-speech-4', kind: 'speech-level', paragraph: 6, replace: [['4개월 연속 줄었다.', '4개월 연속 줄었음.']] },
  // Names lost: glossary people, two non-glossary people dropped for a count, a lawmaker, a city,
  // a glossary company misspelt.
  { id: 'r5-name-1', kind: 'name-lost', paragraph: 13, replace: [['임다영 한국개발연구원(KDI)', '한국개발연구원(KDI)']] },
  { id: 'r5-name-2', kind: 'name-lost', paragraph: 4, replace: [['한지우·백승호 위원은', '두 위원은']] },
  { id: 'r5-name-3', kind: 'name-lost', paragraph: 19, replace: [['남기철 대표는', '대표는']] },
  { id: 'r5-name-4', kind: 'name-lost', paragraph: 16, replace: [['제1야당의 문서연 의원은', '제1야당 의원은']] },
  { id: 'r5-name-5', kind: 'name-lost', paragraph: 18, replace: [['창원과 구미의', '창원의']] },
  { id: 'r5-name-6', kind: 'name-lost', paragraph: 7, replace: [['울산 한빛중공업에서', '울산 한빗중공업에서']] },
];

/** Changes that are NOT errors: Latin glosses, digit grouping, an acronym left out or rendered in
 *  Korean, basis points kept as bp, a date written relative to the story's date. */
export const R5_PROBES: CleanProbe[] = [
  { id: 'r5-ok-place-gloss', paragraph: 7, replace: [['울산 한빛중공업에서', '울산(Ulsan) 한빛중공업에서']] },
  { id: 'r5-ok-person-gloss', paragraph: 8, replace: [['권태식 노조위원장은', '권태식(Kwon Tae-sik) 노조위원장은']] },
  { id: 'r5-ok-acronym-left-out', paragraph: 2, replace: [['한국은행(BOK)이', '한국은행이']] },
  { id: 'r5-ok-bp', paragraph: 12, replace: [['0.06%포인트 내린', '6bp 내린']] },
  { id: 'r5-ok-grouping-1', paragraph: 11, replace: [['약 1900조 원', '약 1,900조 원']] },
  { id: 'r5-ok-grouping-2', paragraph: 7, replace: [['약 8000명은', '약 8,000명은']] },
  { id: 'r5-ok-quote-contraction', paragraph: 22, replace: [['내린 것입니다', '내린 겁니다']] },
  { id: 'r5-ok-fed-korean', paragraph: 17, replace: [['연방준비제도(Fed)는', '연방준비제도(연준)는']] },
  { id: 'r5-ok-relative-date', paragraph: 21, replace: [['12월 10일', '다음 달 10일']] },
  { id: 'r5-ok-vote-spacing', paragraph: 3, replace: [['5 대 2로', '5대 2로']] },
];
