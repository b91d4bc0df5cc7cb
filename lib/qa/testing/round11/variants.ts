// Round-11 held-out set of issue #15 (written by the round-11 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// signed science column (space-programme.en.txt: the Nuri rocket's fourth launch from the Naro Space
// Center in Goheung, the first led by a private company; the Korea AeroSpace Administration (KASA)
// in Sacheon and its budget in won and dollars; the next-generation rocket, the 2032 lunar landing,
// the Danuri orbiter and NASA's ShadowCam; Japan's JAXA and India's ISRO; private launchers; a
// researcher's criticism; the crowd on the beach; events, figures and quotations invented, real
// officials' and companies' names used as names only), its careful Korean translation
// (space-programme.ko.txt, 해라체 column style; the KASA administrator, the KARI team leader and the
// NASA scientist quoted in 합쇼체, the Indian engineer and a grandmother in 해요체, the STEPI
// researcher in 해라체; the column runs in December 2026: on Nov. 27 → 지난달 27일, in October → 지난
// 10월, in March → 지난 3월; KARI → 항우연 after its first mention; Kenta Morimoto → 모리모토 겐타 and
// Rebecca Collins → 리베카 콜린스 by the loanword orthography), 90 single-error variants of every
// kind and 12 clean probes. Same format and scoring as ../variants.ts. Its first measure is the blind
// figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this column. */
export const R11_TERMS: QaTerm[] = [
  { source: 'Yoon Young-bin', target: '윤영빈', kind: 'NAME' },
  { source: 'Park Jae-hyun', target: '박재현', kind: 'NAME' },
  { source: 'Rebecca Collins', target: '리베카 콜린스', kind: 'NAME' },
  { source: 'Kenta Morimoto', target: '모리모토 겐타', kind: 'NAME' },
  { source: 'Priya Raghavan', target: '프리야 라가반', kind: 'NAME' },
  { source: 'Lim Su-jin', target: '임수진', kind: 'NAME' },
  { source: 'Korea AeroSpace Administration', target: '우주항공청', kind: 'TERM' },
  { source: 'Naro Space Center', target: '나로우주센터', kind: 'TERM' },
  { source: 'Korea Aerospace Research Institute', target: '한국항공우주연구원', kind: 'TERM' },
  { source: 'Danuri', target: '다누리', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (국회가), EUC-KR bytes read as Windows-1252
// (아르테미스), UTF-8 bytes read as Mac Roman (과학기술정책연구원), UTF-8 bytes read as
// Windows-1250 (우주항공청은).
const MOJI = {
  국회가: '\u00ea\u00b5\u00ad\u00ed\u0161\u0152\u00ea\u00b0\u20ac',
  아르테미스: '\u00be\u00c6\u00b8\u00a3\u00c5\u00d7\u00b9\u00cc\u00bd\u00ba',
  과학기술정책연구원:
    '\u00cd\u2265\u00ba\u00cc\u00ef\u00f4\u00cd\u220f\u221e\u00cf\u00e0\u2020\u00cf\u2020\u00ef\u00cf\u00b1\u00d6\u00cf\u00f3\u221e\u00cd\u00b5\u00a8\u00cf\u00f5\u00ea',
  우주항공청은: '\u011b\u0161\u00b0\u011b\u0141\u013d\u00ed\u2022\u00ad\u0119\u0142\u00b5\u011b\u02db\u00ad\u011b\u0165\u20ac',
};

export const R11_VARIANTS: Variant[] = [
  // Straight quotes: a straight opening double quote before curly text, a straight pair around a
  // 해요체 quotation, a straight single-quote pair around a product name, a straight closing double
  // quote only, before -라고.
  { id: 'r11-squote-1', kind: 'straight-quote', paragraph: 3, replace: [['“우리는 로켓을', '"우리는 로켓을']] },
  {
    id: 'r11-squote-2',
    kind: 'straight-quote',
    paragraph: 12,
    replace: [
      ['“한국은 10년쯤', '"한국은 10년쯤'],
      ['고객이에요”라고', '고객이에요"라고'],
    ],
  },
  { id: 'r11-squote-3', kind: 'straight-quote', paragraph: 14, replace: [['‘블루웨일 1’을', "'블루웨일 1'을"]] },
  { id: 'r11-squote-4', kind: 'straight-quote', paragraph: 22, replace: [['싶었거든요”라고', '싶었거든요"라고']] },
  // Repeated words: a quantifier, a one-syllable noun, a degree adverb, a noun inside a compound, a
  // noun whose second copy carries the particle.
  { id: 'r11-repeat-1', kind: 'repeated-word', paragraph: 2, replace: [['모두 지구 상공', '모두 모두 지구 상공']] },
  { id: 'r11-repeat-2', kind: 'repeated-word', paragraph: 8, replace: [['3년 넘게 달 주위를', '3년 넘게 달 달 주위를']] },
  { id: 'r11-repeat-3', kind: 'repeated-word', paragraph: 16, replace: [['지나치게 신중하다고', '지나치게 지나치게 신중하다고']] },
  { id: 'r11-repeat-4', kind: 'repeated-word', paragraph: 18, replace: [['국내 우주 분야', '국내 우주 우주 분야']] },
  { id: 'r11-repeat-5', kind: 'repeated-word', paragraph: 21, replace: [['새 정부가 들어서고', '새 정부 정부가 들어서고']] },
  // Leftover markup: bold around an agency with its acronym, a stray closing span after a unit,
  // italics around a name before its Latin gloss, a CAT placeholder in braces, a no-break space
  // entity inside a number, a line break tag.
  { id: 'r11-markup-1', kind: 'markup', paragraph: 3, replace: [['우주항공청(KASA)의', '<b>우주항공청(KASA)</b>의']] },
  { id: 'r11-markup-2', kind: 'markup', paragraph: 6, replace: [['최대 10t을', '최대 10t</span>을']] },
  { id: 'r11-markup-3', kind: 'markup', paragraph: 9, replace: [['섀도캠(ShadowCam)은', '<i>섀도캠</i>(ShadowCam)은']] },
  { id: 'r11-markup-4', kind: 'markup', paragraph: 13, replace: [['한빛-나노를', '한빛-나노{1}를']] },
  { id: 'r11-markup-5', kind: 'markup', paragraph: 17, replace: [['약 1만 8000명', '약 1만&nbsp;8000명']] },
  { id: 'r11-markup-6', kind: 'markup', paragraph: 22, replace: [['해변에는 약 2000명이', '해변에는<br>약 2000명이']] },
  // U+FFFD where a syllable was lost in conversion.
  { id: 'r11-fffd-1', kind: 'replacement-char', paragraph: 7, replace: [['박재현 팀장은', '박재\uFFFD 팀장은']] },
  { id: 'r11-fffd-2', kind: 'replacement-char', paragraph: 11, replace: [['모리모토 겐타는', '모리모토 \uFFFD타는']] },
  { id: 'r11-fffd-3', kind: 'replacement-char', paragraph: 15, replace: [['발사대를 짓고', '발사대를 \uFFFD고']] },
  { id: 'r11-fffd-4', kind: 'replacement-char', paragraph: 19, replace: [['18개월은', '18개\uFFFD은']] },
  { id: 'r11-moji-1', kind: 'mojibake', paragraph: 5, replace: [['국회가 지난달', `${MOJI.국회가} 지난달`]] },
  { id: 'r11-moji-2', kind: 'mojibake', paragraph: 10, replace: [['2021년 아르테미스', `2021년 ${MOJI.아르테미스}`]] },
  { id: 'r11-moji-3', kind: 'mojibake', paragraph: 16, replace: [['과학기술정책연구원(STEPI)', `${MOJI.과학기술정책연구원}(STEPI)`]] },
  { id: 'r11-moji-4', kind: 'mojibake', paragraph: 15, replace: [['우주항공청은 2027년까지', `${MOJI.우주항공청은} 2027년까지`]] },
  // Latin left in the Korean: places (a county, a city, a US state, an island, a Korean city in
  // another paragraph), people (a NASA scientist, a Japanese official), an Indian city.
  { id: 'r11-latin-1', kind: 'latin-name', paragraph: 2, replace: [['고흥 나로우주센터에서', 'Goheung 나로우주센터에서']] },
  { id: 'r11-latin-2', kind: 'latin-name', paragraph: 3, replace: [['사천에서 문을', 'Sacheon에서 문을']] },
  { id: 'r11-latin-3', kind: 'latin-name', paragraph: 8, replace: [['미국 플로리다에서', '미국 Florida에서']] },
  { id: 'r11-latin-4', kind: 'latin-name', paragraph: 9, replace: [['과학자 리베카 콜린스는', '과학자 Rebecca Collins는']] },
  { id: 'r11-latin-5', kind: 'latin-name', paragraph: 11, replace: [['총괄하는 모리모토 겐타는', '총괄하는 Kenta Morimoto는']] },
  { id: 'r11-latin-6', kind: 'latin-name', paragraph: 12, replace: [['인도 벵갈루루에서', '인도 Bengaluru에서']] },
  { id: 'r11-latin-7', kind: 'latin-name', paragraph: 14, replace: [['제주 앞바다의', 'Jeju 앞바다의']] },
  { id: 'r11-latin-8', kind: 'latin-name', paragraph: 18, replace: [['대전 인근에서', 'Daejeon 인근에서']] },
  // Particles that do not agree with the noun before them.
  { id: 'r11-particle-1', kind: 'particle', paragraph: 2, replace: [['한화에어로스페이스가', '한화에어로스페이스이']] },
  { id: 'r11-particle-2', kind: 'particle', paragraph: 3, replace: [['윤 청장은 발사', '윤 청장는 발사']] },
  { id: 'r11-particle-3', kind: 'particle', paragraph: 5, replace: [['목표를 세웠다', '목표을 세웠다']] },
  { id: 'r11-particle-4', kind: 'particle', paragraph: 6, replace: [['메탄을 연료로', '메탄를 연료로']] },
  { id: 'r11-particle-5', kind: 'particle', paragraph: 7, replace: [['개발팀을 이끄는', '개발팀를 이끄는']] },
  { id: 'r11-particle-6', kind: 'particle', paragraph: 9, replace: [['분화구를 촬영한다', '분화구을 촬영한다']] },
  { id: 'r11-particle-7', kind: 'particle', paragraph: 11, replace: [['일본은 올해', '일본는 올해']] },
  { id: 'r11-particle-8', kind: 'particle', paragraph: 13, replace: [['로켓은 이륙', '로켓는 이륙']] },
  { id: 'r11-particle-9', kind: 'particle', paragraph: 15, replace: [['발사 서비스를 사겠다고', '발사 서비스을 사겠다고']] },
  { id: 'r11-particle-10', kind: 'particle', paragraph: 17, replace: [['쓰이는 돈은', '쓰이는 돈는']] },
  { id: 'r11-particle-11', kind: 'particle', paragraph: 22, replace: [['약 2000명이 모였고', '약 2000명가 모였고']] },
  // Acronyms that do not match the source: the earlier rocket's designation, the agency confused
  // with the institute, letters transposed, another Korean institute's acronym.
  { id: 'r11-acronym-1', kind: 'acronym', paragraph: 2, replace: [['(KSLV-II)', '(KSLV-I)']] },
  { id: 'r11-acronym-2', kind: 'acronym', paragraph: 7, replace: [['(KARI)', '(KASA)']] },
  { id: 'r11-acronym-3', kind: 'acronym', paragraph: 11, replace: [['(ISRO)', '(IRSO)']] },
  { id: 'r11-acronym-4', kind: 'acronym', paragraph: 16, replace: [['(STEPI)', '(KISTEP)']] },
  // One English phrase rendered two ways in the document: start-up, launch services, engineers,
  // fourth launch, Moon landing, budget.
  { id: 'r11-phrase-1', kind: 'phrase-consistency', paragraph: 15, replace: [['스타트업을 위해', '신생 기업을 위해']] },
  { id: 'r11-phrase-2', kind: 'phrase-consistency', paragraph: 15, replace: [['발사 서비스를', '발사 용역을']] },
  { id: 'r11-phrase-3', kind: 'phrase-consistency', paragraph: 19, replace: [['엔지니어들이 한 팀으로', '기술자들이 한 팀으로']] },
  { id: 'r11-phrase-4', kind: 'phrase-consistency', paragraph: 22, replace: [['4차 발사가 있던', '네 번째 발사가 있던']] },
  { id: 'r11-phrase-5', kind: 'phrase-consistency', paragraph: 21, replace: [['2032년 달 착륙이', '2032년 월면 착륙이']] },
  { id: 'r11-phrase-6', kind: 'phrase-consistency', paragraph: 21, replace: [['우주 예산이 깎인', '우주 재정이 깎인']] },
  // Relative time shifted.
  { id: 'r11-reltime-1', kind: 'relative-time', paragraph: 3, replace: [['지난해 5월', '올해 5월']] },
  { id: 'r11-reltime-2', kind: 'relative-time', paragraph: 4, replace: [['올해 우주항공청 예산은', '내년 우주항공청 예산은']] },
  { id: 'r11-reltime-3', kind: 'relative-time', paragraph: 5, replace: [['국회가 지난달 통과시킨', '국회가 이달 통과시킨']] },
  { id: 'r11-reltime-4', kind: 'relative-time', paragraph: 10, replace: [['지난달 큐브위성이나', '지난주 큐브위성이나']] },
  { id: 'r11-reltime-5', kind: 'relative-time', paragraph: 13, replace: [['내년 상반기에', '올해 상반기에']] },
  { id: 'r11-reltime-6', kind: 'relative-time', paragraph: 18, replace: [['지난달까지도', '이달까지도']] },
  { id: 'r11-reltime-7', kind: 'relative-time', paragraph: 20, replace: [['내년 하반기로', '올 하반기로']] },
  // Dropped sentences: a sentence with figures, a short first sentence, a long middle one, a short
  // closing one, a closing one with relative time, a closing verbless comparison, one inside a
  // quotation.
  { id: 'r11-drop-1', kind: 'dropped-sentence', paragraph: 2, replace: [[' 위성 13기는 모두 지구 상공 약 600㎞ 궤도에 안착했다.', '']] },
  { id: 'r11-drop-2', kind: 'dropped-sentence', paragraph: 4, replace: [['말처럼 쉬운 일은 아니다. ', '']] },
  {
    id: 'r11-drop-3',
    kind: 'dropped-sentence',
    paragraph: 8,
    replace: [[' 2022년 8월 미국 플로리다에서 스페이스X 로켓에 실려 발사된 달 궤도선 다누리는 3년 넘게 달 주위를 돌고 있다.', '']],
  },
  { id: 'r11-drop-4', kind: 'dropped-sentence', paragraph: 10, replace: [[' 아직 투입하기로 한 예산은 없다.', '']] },
  { id: 'r11-drop-5', kind: 'dropped-sentence', paragraph: 13, replace: [[' 회사는 내년 상반기에 다시 도전하겠다고 밝혔다.', '']] },
  { id: 'r11-drop-6', kind: 'dropped-sentence', paragraph: 17, replace: [[' NASA 직원은 약 1만 8000명, JAXA는 약 1600명이다.', '']] },
  {
    id: 'r11-drop-7',
    kind: 'dropped-sentence',
    paragraph: 19,
    replace: [['보여 줬습니다. 우리는 바로 그 토대 위에서 쌓아 가고 있습니다”', '보여 줬습니다”']],
  },
  // Numbers: a time, an amount with digits swapped, an amount with a digit lost, a year, a month,
  // a count of years, an amount with a zero added, a head count, an age.
  { id: 'r11-number-1', kind: 'numbers', paragraph: 2, replace: [['오전 1시 13분', '오전 1시 31분']] },
  { id: 'r11-number-2', kind: 'numbers', paragraph: 4, replace: [['9649억 원', '9469억 원']] },
  { id: 'r11-number-3', kind: 'numbers', paragraph: 5, replace: [['1조 5000억 원', '1조 500억 원']] },
  { id: 'r11-number-4', kind: 'numbers', paragraph: 6, replace: [['2027년 6차', '2028년 6차']] },
  { id: 'r11-number-5', kind: 'numbers', paragraph: 8, replace: [['2022년 8월', '2022년 9월']] },
  { id: 'r11-number-6', kind: 'numbers', paragraph: 12, replace: [['10년쯤 전의', '20년쯤 전의']] },
  { id: 'r11-number-7', kind: 'numbers', paragraph: 14, replace: [['약 900억 원', '약 9000억 원']] },
  { id: 'r11-number-8', kind: 'numbers', paragraph: 17, replace: [['약 300명에', '약 3000명에']] },
  { id: 'r11-number-9', kind: 'numbers', paragraph: 22, replace: [['김옥순(68)', '김옥순(86)']] },
  // Speech level: narration sentences of the 해라체 column slipped into 합쇼체, 해요체 and 반말.
  { id: 'r11-speech-1', kind: 'speech-level', paragraph: 4, replace: [['약 6억 9000만 달러다.', '약 6억 9000만 달러입니다.']] },
  { id: 'r11-speech-2', kind: 'speech-level', paragraph: 6, replace: [['로켓이 아니기 때문이다.', '로켓이 아니기 때문입니다.']] },
  { id: 'r11-speech-3', kind: 'speech-level', paragraph: 9, replace: [['정작 한국산이 아니다.', '정작 한국산이 아니에요.']] },
  { id: 'r11-speech-4', kind: 'speech-level', paragraph: 11, replace: [['더 빠르게 움직이고 있다.', '더 빠르게 움직이고 있죠.']] },
  { id: 'r11-speech-5', kind: 'speech-level', paragraph: 18, replace: [['의문이 남아 있다.', '의문이 남아 있습니다.']] },
  { id: 'r11-speech-6', kind: 'speech-level', paragraph: 21, replace: [['깎인 전례도 있다.', '깎인 전례도 있어.']] },
  // Names lost: a name dropped from its title, one syllable changed (Korean names), a name written
  // in a common but non-standard transcription (Rebecca, Kenta), a name replaced by a description,
  // a place dropped.
  { id: 'r11-name-1', kind: 'name-lost', paragraph: 3, replace: [['초대 청장 윤영빈이다', '초대 청장이다']] },
  { id: 'r11-name-2', kind: 'name-lost', paragraph: 7, replace: [['박재현 팀장은', '박재연 팀장은']] },
  { id: 'r11-name-3', kind: 'name-lost', paragraph: 9, replace: [['리베카 콜린스는', '레베카 콜린스는']] },
  { id: 'r11-name-4', kind: 'name-lost', paragraph: 11, replace: [['모리모토 겐타는', '모리모토 켄타는']] },
  {
    id: 'r11-name-5',
    kind: 'name-lost',
    paragraph: 12,
    replace: [['자문하는 전직 ISRO 엔지니어 프리야 라가반은', '자문하는 한 전직 ISRO 엔지니어는']],
  },
  { id: 'r11-name-6', kind: 'name-lost', paragraph: 14, replace: [['신동윤 대표는', '신동훈 대표는']] },
  { id: 'r11-name-7', kind: 'name-lost', paragraph: 16, replace: [['임수진 연구위원은', '임수정 연구위원은']] },
  { id: 'r11-name-8', kind: 'name-lost', paragraph: 22, replace: [['김옥순(68) 씨는', '김옥선(68) 씨는']] },
  { id: 'r11-name-9', kind: 'name-lost', paragraph: 13, replace: [['브라질 알칸타라 발사장에서', '브라질 발사장에서']] },
];

/** Correct alternative renderings: each must raise nothing new. */
export const R11_PROBES: CleanProbe[] = [
  // The acronym alone with a description, as the English writes it (Japan's space agency, JAXA).
  { id: 'r11-ok-acronym-alone', paragraph: 4, replace: [['일본 우주항공연구개발기구(JAXA)조차', '일본 우주 기관 JAXA조차']] },
  // Numbers written another correct way.
  { id: 'r11-ok-decimal-jo', paragraph: 5, replace: [['1조 1000억 원으로', '1.1조 원으로']] },
  { id: 'r11-ok-decimal-eok', paragraph: 4, replace: [['약 6억 9000만 달러다', '약 6.9억 달러다']] },
  { id: 'r11-ok-km', paragraph: 2, replace: [['약 600㎞', '약 600km']] },
  { id: 'r11-ok-date-absolute', paragraph: 2, replace: [['지난달 27일', '11월 27일']] },
  // Quoted speech in another register.
  {
    id: 'r11-ok-quoted-haera',
    paragraph: 3,
    replace: [
      [
        '“우리는 로켓을 만들 수 있다는 것을 증명했습니다”라며 “이제는 산업을 만들 수 있다는 것을 증명해야 합니다”라고',
        '“우리는 로켓을 만들 수 있다는 것을 증명했다”며 “이제는 산업을 만들 수 있다는 것을 증명해야 한다”고',
      ],
    ],
  },
  {
    id: 'r11-ok-quoted-haeyo',
    paragraph: 7,
    replace: [
      ['문제가 아닙니다”라며', '문제가 아니에요”라며'],
      ['시험대입니다”라고', '시험대예요”라고'],
    ],
  },
  // A pronoun for a person named just before; a romanised gloss of a name the source gives.
  { id: 'r11-ok-pronoun', paragraph: 17, replace: [['임 연구위원의 지적은', '그의 지적은']] },
  { id: 'r11-ok-gloss', paragraph: 3, replace: [['초대 청장 윤영빈이다', '초대 청장 윤영빈(Yoon Young-bin)이다']] },
  // Two sentences merged, one split in two, and a paraphrase.
  { id: 'r11-ok-merged', paragraph: 13, replace: [['이륙 직후 추락했다. 회사는', '이륙 직후 추락했고, 회사는']] },
  { id: 'r11-ok-split', paragraph: 18, replace: [['선정됐지만, 국내 우주 분야', '선정됐다. 하지만 국내 우주 분야']] },
  {
    id: 'r11-ok-paraphrase',
    paragraph: 21,
    replace: [
      [
        '2032년 달 착륙이 제때 이뤄질지는 기술보다 정치에 더 크게 좌우될 것이다.',
        '2032년 달 착륙 일정이 지켜질지는 기술력보다 정치가 결정할 것이다.',
      ],
    ],
  },
];
