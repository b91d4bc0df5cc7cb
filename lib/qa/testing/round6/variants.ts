// Round-6 held-out set of issue #15 (written by the round-6 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// diplomacy and law commentary (labour-ruling.en.txt: a Supreme Court ruling ordering a Japanese
// shipbuilder to compensate wartime forced labourers, Tokyo's protest, a victims' foundation, a
// summit planned for early next year; events, companies and people invented), its careful Korean
// translation (labour-ruling.ko.txt, 해라체; an elderly plaintiff quoted in 해요체, a lawyer in
// 합쇼체, a professor and an activist in 해라체; on Thursday → 3일, on Friday → 4일, on Tuesday → 1일;
// Kaiyo → 가이요, Kenji Morita → 모리타 겐지 by the loanword orthography), 77 single-error variants of
// every kind and 10 clean probes. Same format and scoring as ../variants.ts. Its first measure is
// the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R6_TERMS: QaTerm[] = [
  { source: 'Yoo Bok-soon', target: '유복순', kind: 'NAME' },
  { source: 'Chung Yeon-hee', target: '정연희', kind: 'NAME' },
  { source: 'Lee Jae-won', target: '이재원', kind: 'NAME' },
  { source: 'Kenji Morita', target: '모리타 겐지', kind: 'NAME' },
  { source: 'Kaiyo Heavy Industries', target: '가이요중공업', kind: 'TERM' },
  { source: 'Foundation for Victims of Forced Mobilization', target: '일제강제동원피해자지원재단', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (재단의), CP949 bytes read as Windows-1252 (외교부),
// and UTF-8 bytes read as CP949 with the undecodable bytes saved as “?” (법원의 → 踰뺤썝?쓽).
const MOJI = {
  재단의: '\u00ec\u017e\u00ac\u00eb\u2039\u00a8\u00ec\u009d\u02dc',
  외교부: '\u00bf\u00dc\u00b1\u00b3\u00ba\u00ce',
  법원의: '\u8e30\ubea4\uc35d?\uc4fd',
};

export const R6_VARIANTS: Variant[] = [
  // Straight quotes: a whole pair typed straight, single quotes in the headline, one half only,
  // a straight pair around a short phrase.
  {
    id: 'r6-squote-1',
    kind: 'straight-quote',
    paragraph: 3,
    replace: [
      ['“우리한테', '"우리한테'],
      ['기다렸어요”라며', '기다렸어요"라며'],
    ],
  },
  { id: 'r6-squote-2', kind: 'straight-quote', paragraph: 0, replace: [['‘해빙’', "'해빙'"]] },
  { id: 'r6-squote-3', kind: 'straight-quote', paragraph: 12, replace: [['일깨웠다”고', '일깨웠다"고']] },
  { id: 'r6-squote-4', kind: 'straight-quote', paragraph: 4, replace: [['“극히 유감”이라며', '"극히 유감"이라며']] },
  { id: 'r6-repeat-1', kind: 'repeated-word', paragraph: 10, replace: [['최악으로 치달았다', '최악으로 최악으로 치달았다']] },
  { id: 'r6-repeat-2', kind: 'repeated-word', paragraph: 19, replace: [['재단의 재원이', '재단의 재단의 재원이']] },
  { id: 'r6-repeat-3', kind: 'repeated-word', paragraph: 15, replace: [['여론은 여전히 엇갈린다', '여론은 여전히 여전히 엇갈린다']] },
  // Leftover markup: an inline tag, a numeric entity, a line break tag, Markdown bold with
  // underscores and with asterisks around a sentence.
  { id: 'r6-markup-1', kind: 'markup', paragraph: 9, replace: [['가이요중공업은 성명을', '<i>가이요중공업</i>은 성명을']] },
  { id: 'r6-markup-2', kind: 'markup', paragraph: 15, replace: [['58%는', '58&#37;는']] },
  { id: 'r6-markup-3', kind: 'markup', paragraph: 21, replace: [['계류 중이다.', '계류 중이다.<br>']] },
  {
    id: 'r6-markup-4',
    kind: 'markup',
    paragraph: 6,
    replace: [['일제강제동원피해자지원재단(FVFM)', '__일제강제동원피해자지원재단__(FVFM)']],
  },
  { id: 'r6-markup-5', kind: 'markup', paragraph: 18, replace: [['“기록은 있다.', '“**기록은 있다.**']] },
  { id: 'r6-fffd-1', kind: 'replacement-char', paragraph: 5, replace: [['개인의 배상 청구권까지', '개인의 배상 청구\uFFFD까지']] },
  { id: 'r6-fffd-2', kind: 'replacement-char', paragraph: 17, replace: [['요구하는 서명', '요구하는 서\uFFFD\uFFFD']] },
  { id: 'r6-moji-1', kind: 'mojibake', paragraph: 19, replace: [['재단의', MOJI.재단의]] },
  { id: 'r6-moji-2', kind: 'mojibake', paragraph: 20, replace: [['외교부', MOJI.외교부]] },
  { id: 'r6-moji-3', kind: 'mojibake', paragraph: 21, replace: [['법원의', MOJI.법원의]] },
  // Romanised places, people and institutions left in Latin letters.
  { id: 'r6-latin-1', kind: 'latin-name', paragraph: 17, replace: [['도야마로도', 'Toyama로도']] },
  { id: 'r6-latin-2', kind: 'latin-name', paragraph: 9, replace: [['대전지방법원에', 'Daejeon District Court에']] },
  { id: 'r6-latin-3', kind: 'latin-name', paragraph: 12, replace: [['고려대에서', 'Korea University에서']] },
  { id: 'r6-latin-4', kind: 'latin-name', paragraph: 3, replace: [['유복순(97) 할머니는', 'Yoo Bok-soon(97) 할머니는']] },
  { id: 'r6-latin-5', kind: 'latin-name', paragraph: 7, replace: [['이재원 변호사는', 'Lee Jae-won 변호사는']] },
  { id: 'r6-latin-6', kind: 'latin-name', paragraph: 18, replace: [['이시다 마리코는', 'Mariko Ishida는']] },
  { id: 'r6-latin-7', kind: 'latin-name', paragraph: 2, replace: [['나가사키 조선소에서', 'Nagasaki 조선소에서']] },
  { id: 'r6-latin-8', kind: 'latin-name', paragraph: 11, replace: [['부산에서 정상회담이', 'Busan에서 정상회담이']] },
  // Particles after nouns no lexicon lists, after counters and a percentage.
  { id: 'r6-particle-1', kind: 'particle', paragraph: 2, replace: [['대법원은 3일', '대법원는 3일']] },
  { id: 'r6-particle-2', kind: 'particle', paragraph: 3, replace: [['생존자는 3명뿐이다', '생존자은 3명뿐이다']] },
  { id: 'r6-particle-3', kind: 'particle', paragraph: 4, replace: [['외무성은', '외무성는']] },
  { id: 'r6-particle-4', kind: 'particle', paragraph: 5, replace: [['청구권 문제가', '청구권 문제이']] },
  { id: 'r6-particle-5', kind: 'particle', paragraph: 6, replace: [['배상 방안을 마련했다', '배상 방안를 마련했다']] },
  { id: 'r6-particle-6', kind: 'particle', paragraph: 7, replace: [['나머지 4가구는', '나머지 4가구은']] },
  { id: 'r6-particle-7', kind: 'particle', paragraph: 9, replace: [['주가는 1.8%', '주가은 1.8%']] },
  { id: 'r6-particle-8', kind: 'particle', paragraph: 10, replace: [['3종의 수출을', '3종의 수출를']] },
  { id: 'r6-particle-9', kind: 'particle', paragraph: 13, replace: [['정상회담 연기를', '정상회담 연기을']] },
  { id: 'r6-particle-10', kind: 'particle', paragraph: 15, replace: [['31%는 재단을', '31%은 재단을']] },
  { id: 'r6-particle-11', kind: 'particle', paragraph: 17, replace: [['1만2000명분을', '1만2000명분를']] },
  { id: 'r6-particle-12', kind: 'particle', paragraph: 21, replace: [['심리는 1월', '심리은 1월']] },
  { id: 'r6-particle-13', kind: 'particle', paragraph: 16, replace: [['유권자의 62%가', '유권자의 62%이']] },
  // Acronyms swapped for other real acronyms.
  { id: 'r6-acronym-1', kind: 'acronym', paragraph: 13, replace: [['(ICJ)', '(ICC)']] },
  { id: 'r6-acronym-2', kind: 'acronym', paragraph: 13, replace: [['자민당(LDP)', '자민당(DPJ)']] },
  { id: 'r6-acronym-3', kind: 'acronym', paragraph: 14, replace: [['(FKI)', '(KCCI)']] },
  { id: 'r6-acronym-4', kind: 'acronym', paragraph: 10, replace: [['(GSOMIA)', '(ACSA)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text).
  { id: 'r6-phrase-1', kind: 'phrase-consistency', paragraph: 5, replace: [['이 협정이', '이 조약이']] },
  { id: 'r6-phrase-2', kind: 'phrase-consistency', paragraph: 6, replace: [['배상 방안을', '보상 방안을']] },
  { id: 'r6-phrase-3', kind: 'phrase-consistency', paragraph: 13, replace: [['정상회담 연기를', '정상 회동 연기를']] },
  { id: 'r6-phrase-4', kind: 'phrase-consistency', paragraph: 8, replace: [['유족 및 일본 정부와', '피해자 가족 및 일본 정부와']] },
  { id: 'r6-phrase-5', kind: 'phrase-consistency', paragraph: 9, replace: [['원고 측 변호인단은', '소송인 측 변호인단은']] },
  { id: 'r6-time-1', kind: 'relative-time', paragraph: 14, replace: [['이번 주 기금을', '지난주 기금을']] },
  { id: 'r6-time-2', kind: 'relative-time', paragraph: 6, replace: [['외교부는 지난해', '외교부는 올해']] },
  { id: 'r6-time-3', kind: 'relative-time', paragraph: 11, replace: [['내년 초에는', '내년 말에는']] },
  { id: 'r6-time-4', kind: 'relative-time', paragraph: 16, replace: [['지난달 실시한', '이달 실시한']] },
  { id: 'r6-time-5', kind: 'relative-time', paragraph: 19, replace: [['연말까지', '내년 말까지']] },
  { id: 'r6-time-6', kind: 'relative-time', paragraph: 20, replace: [['올해 들어 지금까지', '지난해 한 해 동안']] },
  { id: 'r6-drop-1', kind: 'dropped-sentence', paragraph: 3, replace: [['원고 가운데 생존자는 3명뿐이다. ', '']] },
  {
    id: 'r6-drop-2',
    kind: 'dropped-sentence',
    paragraph: 7,
    replace: [[' 나머지 4가구는 가족의 노동력을 쓴 기업이 돈을 내야 한다며 수령을 거부했다.', '']],
  },
  {
    id: 'r6-drop-3',
    kind: 'dropped-sentence',
    paragraph: 11,
    replace: [[' 일본 총리가 양자 방문으로 이 항구도시를 찾는 것은 20년 만이다.', '']],
  },
  { id: 'r6-drop-4', kind: 'dropped-sentence', paragraph: 18, replace: [['“기록은 있다. 없는 것은', '“없는 것은']] },
  { id: 'r6-drop-5', kind: 'dropped-sentence', paragraph: 10, replace: [[' 양국 관계는 2019년 최악으로 치달았다.', '']] },
  // Numbers: a count of people, an amount, a value copied from its neighbour, a percentage, a
  // native count, a day of the month, a magnitude slip, a year.
  { id: 'r6-number-1', kind: 'numbers', paragraph: 2, replace: [['한국인 14명에게', '한국인 41명에게']] },
  { id: 'r6-number-2', kind: 'numbers', paragraph: 5, replace: [['유상 2억 달러', '유상 3억 달러']] },
  { id: 'r6-number-3', kind: 'numbers', paragraph: 15, replace: [['58%는', '53%는']] },
  { id: 'r6-number-4', kind: 'numbers', paragraph: 11, replace: [['여섯 차례', '다섯 차례']] },
  { id: 'r6-number-5', kind: 'numbers', paragraph: 21, replace: [['1월 15일', '1월 5일']] },
  { id: 'r6-number-6', kind: 'numbers', paragraph: 17, replace: [['1만2000명분', '1200명분']] },
  { id: 'r6-number-7', kind: 'numbers', paragraph: 22, replace: [['1945년', '1944년']] },
  { id: 'r6-speech-1', kind: 'speech-level', paragraph: 16, replace: [['추가 양보에 반대했다.', '추가 양보에 반대했습니다.']] },
  { id: 'r6-speech-2', kind: 'speech-level', paragraph: 10, replace: [['뿌리는 깊다.', '뿌리는 깊어요.']] },
  { id: 'r6-speech-3', kind: 'speech-level', paragraph: 19, replace: [['압박을 받고 있다.', '압박을 받고 있음.']] },
  { id: 'r6-speech-4', kind: 'speech-level', paragraph: 21, replace: [['법원의 몫이다.', '법원의 몫입니다.']] },
  { id: 'r6-speech-5', kind: 'speech-level', paragraph: 8, replace: [['제시하지 않았다.', '제시하지 않았어.']] },
  // Names lost: glossary people, a professor and an activist outside the glossary, a place, a
  // court's city, a Japanese organisation misspelt.
  { id: 'r6-name-1', kind: 'name-lost', paragraph: 6, replace: [['정연희 외교부 장관은', '외교부 장관은']] },
  { id: 'r6-name-2', kind: 'name-lost', paragraph: 4, replace: [['모리타 겐지 관방장관은', '관방장관은']] },
  { id: 'r6-name-3', kind: 'name-lost', paragraph: 12, replace: [['한승연 교수는', '교수는']] },
  { id: 'r6-name-4', kind: 'name-lost', paragraph: 18, replace: [['퇴직 교사 이시다 마리코는', '퇴직 교사는']] },
  {
    id: 'r6-name-5',
    kind: 'name-lost',
    paragraph: 17,
    replace: [['도야마로도 번졌다. 도야마에서는', '다른 지역으로도 번졌다. 그곳에서는']],
  },
  { id: 'r6-name-6', kind: 'name-lost', paragraph: 9, replace: [['대전지방법원에', '지방법원에']] },
  { id: 'r6-name-7', kind: 'name-lost', paragraph: 14, replace: [['게이단렌(경제단체연합회)', '게이탄렌(경제단체연합회)']] },
];

/** Changes that are NOT errors: Latin glosses, an acronym left out or written in Hangul, a hanja
 *  gloss, a date written relative to the story's date, 지난 before a past date, digits for a native
 *  number, spacing in a large number, a reworded quotation. */
export const R6_PROBES: CleanProbe[] = [
  { id: 'r6-ok-place-gloss', paragraph: 2, replace: [['나가사키 조선소에서', '나가사키(Nagasaki) 조선소에서']] },
  { id: 'r6-ok-person-gloss', paragraph: 7, replace: [['이재원 변호사는', '이재원(Lee Jae-won) 변호사는']] },
  { id: 'r6-ok-acronym-left-out', paragraph: 13, replace: [['자민당(LDP)은', '자민당은']] },
  { id: 'r6-ok-acronym-hangul', paragraph: 10, replace: [['(GSOMIA)', '(지소미아)']] },
  { id: 'r6-ok-hanja-gloss', paragraph: 14, replace: [['게이단렌(경제단체연합회)', '게이단렌(經團連)']] },
  { id: 'r6-ok-next-year-date', paragraph: 21, replace: [['1월 15일', '내년 1월 15일']] },
  { id: 'r6-ok-past-date', paragraph: 15, replace: [['한국갤럽이 1일', '한국갤럽이 지난 1일']] },
  { id: 'r6-ok-age-digits', paragraph: 22, replace: [['열다섯 살에', '15세에']] },
  { id: 'r6-ok-number-spacing', paragraph: 17, replace: [['1만2000명분', '1만 2000명분']] },
  { id: 'r6-ok-reworded-quote', paragraph: 12, replace: [['돌아가고 싶어 하지 않는다', '돌아가길 원하지 않는다']] },
];
