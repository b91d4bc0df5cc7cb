// Round-10 held-out set of issue #15 (written by the round-10 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// radio commentary script (pension-reform.en.txt: the National Assembly passes a National Pension
// reform, contributions 9 → 13 %, replacement rate 41.5 → 43 %, fund depletion 2056 → 2071; a
// minister, a pensioner and a young worker, unions and employers, an opposition lawmaker, a
// professor, a former head of Japan's GPIF, the NPS chairman, childbirth and military credits, the
// OECD's economist in Paris, the next stage of the committee; events, people and figures invented),
// its careful Korean translation (pension-reform.ko.txt, 합쇼체 as Korean radio commentary is read,
// with the rhetorical 해요체 questions “-ㄹ까요?” broadcasters use; the pensioner and the young worker
// quoted in 해요체, the lawmaker and the NPS chairman reported in 해라체; the script is broadcast on
// Thursday 19 November 2026: on Tuesday → 17일, on Wednesday → 18일, on Monday → 16일, for Saturday
// → 21일, next Wednesday → 오는 25일; Kenji Takahashi → 다카하시 겐지 and Hervé Boulanger → 에르베
// 불랑제 by the loanword orthography), 90 single-error variants of every kind and 14 clean probes.
// Same format and scoring as ../variants.ts. Its first measure is the blind figure in ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this script. */
export const R10_TERMS: QaTerm[] = [
  { source: 'Kang Min-seo', target: '강민서', kind: 'NAME' },
  { source: 'Han Seung-mi', target: '한승미', kind: 'NAME' },
  { source: 'Seo Dong-gyu', target: '서동규', kind: 'NAME' },
  { source: 'Ryu Ji-young', target: '류지영', kind: 'NAME' },
  { source: 'Oh Jae-won', target: '오재원', kind: 'NAME' },
  { source: 'Kenji Takahashi', target: '다카하시 겐지', kind: 'NAME' },
  { source: 'Hervé Boulanger', target: '에르베 불랑제', kind: 'NAME' },
  { source: 'National Pension Service', target: '국민연금공단', kind: 'TERM' },
  { source: 'Special Committee on Pension Reform', target: '연금개혁특별위원회', kind: 'TERM' },
  { source: 'income replacement rate', target: '소득대체율', kind: 'TERM' },
  { source: 'automatic adjustment mechanism', target: '자동조정장치', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (보건복지부), EUC-KR bytes read as Windows-1252
// (집회를), UTF-8 bytes read as Mac Roman (수익률을), UTF-8 bytes read as Windows-1251
// (한국보건사회연구원).
const MOJI = {
  보건복지부: '\u00eb\u00b3\u00b4\u00ea\u00b1\u00b4\u00eb\u00b3\u00b5\u00ec\u00a7\u20ac\u00eb\u00b6\u20ac',
  집회를: '\u00c1\u00fd\u00c8\u00b8\u00b8\u00a6',
  수익률을: '\u00cf\u00e0\u00f2\u00cf\u00f9\u00b5\u00ce\u2022\u2020\u00cf\u00f9\u00d1',
  한국보건사회연구원:
    '\u043d\u2022\u045a\u043a\u00b5\u00ad\u043b\u0456\u0491\u043a\u00b1\u0491\u043c\u201a\u00ac\u043d\u0459\u040a\u043c\u2014\u00b0\u043a\u00b5\u00ac\u043c\u203a\u0452',
};

export const R10_VARIANTS: Variant[] = [
  // Straight quotes: an opening straight double quote before curly text, a straight pair around a
  // 해요체 quotation, a straight opening single quote with a curly closing one, a straight closing
  // double quote only before -이라고.
  { id: 'r10-squote-1', kind: 'straight-quote', paragraph: 3, replace: [['“두 세대 모두에게', '"두 세대 모두에게']] },
  {
    id: 'r10-squote-2',
    kind: 'straight-quote',
    paragraph: 8,
    replace: [
      ['“제도가', '"제도가'],
      ['못하잖아요”라고', '못하잖아요"라고'],
    ],
  },
  { id: 'r10-squote-3', kind: 'straight-quote', paragraph: 12, replace: [['‘거시경제 슬라이드’를', "'거시경제 슬라이드’를"]] },
  { id: 'r10-squote-4', kind: 'straight-quote', paragraph: 17, replace: [['짧은 걸음”이라고', '짧은 걸음"이라고']] },
  // Repeated words: an adverb of frequency before a figure, an adjective, a noun inside a compound,
  // a degree adverb, a noun whose second copy carries the particle.
  { id: 'r10-repeat-1', kind: 'repeated-word', paragraph: 2, replace: [['해마다 0.5%포인트씩', '해마다 해마다 0.5%포인트씩']] },
  { id: 'r10-repeat-2', kind: 'repeated-word', paragraph: 6, replace: [['작은 식당을', '작은 작은 식당을']] },
  { id: 'r10-repeat-3', kind: 'repeated-word', paragraph: 15, replace: [['국가의 연금 지급 보장을', '국가의 연금 연금 지급 보장을']] },
  { id: 'r10-repeat-4', kind: 'repeated-word', paragraph: 20, replace: [['결코 작은 일이', '결코 결코 작은 일이']] },
  { id: 'r10-repeat-5', kind: 'repeated-word', paragraph: 16, replace: [['자영업자와 배달', '자영업자 자영업자와 배달']] },
  // Leftover markup: bold around an organisation with its acronym, a stray closing span after a
  // figure, a no-break space entity inside a Japanese name, emphasis around a term, a self-closing
  // line break, a CAT placeholder tag.
  { id: 'r10-markup-1', kind: 'markup', paragraph: 4, replace: [['국민연금공단(NPS)의', '<b>국민연금공단(NPS)</b>의']] },
  { id: 'r10-markup-2', kind: 'markup', paragraph: 7, replace: [['38.1%로,', '38.1%</span>로,']] },
  { id: 'r10-markup-3', kind: 'markup', paragraph: 12, replace: [['다카하시 겐지 씨는', '다카하시&nbsp;겐지 씨는']] },
  { id: 'r10-markup-4', kind: 'markup', paragraph: 14, replace: [['출산 크레디트가', '<em>출산 크레디트</em>가']] },
  { id: 'r10-markup-5', kind: 'markup', paragraph: 19, replace: [['공청회를 열겠다고', '공청회를<br/>열겠다고']] },
  { id: 'r10-markup-6', kind: 'markup', paragraph: 21, replace: [['국회는 13%에서', '국회는 <x id="3"/>13%에서']] },
  { id: 'r10-fffd-1', kind: 'replacement-char', paragraph: 10, replace: [['서동규 의원은', '서\uFFFD규 의원은']] },
  { id: 'r10-fffd-2', kind: 'replacement-char', paragraph: 18, replace: [['사립학교 교직원', '사립\uFFFD교 교직원']] },
  { id: 'r10-moji-1', kind: 'mojibake', paragraph: 3, replace: [['한승미 보건복지부 장관은', `한승미 ${MOJI.보건복지부} 장관은`]] },
  { id: 'r10-moji-2', kind: 'mojibake', paragraph: 9, replace: [['집회를 열겠다고', `${MOJI.집회를} 열겠다고`]] },
  { id: 'r10-moji-3', kind: 'mojibake', paragraph: 13, replace: [['수익률을 올려', `${MOJI.수익률을} 올려`]] },
  {
    id: 'r10-moji-4',
    kind: 'mojibake',
    paragraph: 16,
    replace: [['한국보건사회연구원(KIHASA)은', `${MOJI.한국보건사회연구원}(KIHASA)은`]],
  },
  // Latin left in the Korean: a romanised district, a romanised town, a polling company, a glossary
  // Japanese name, a capital city, a glossary French name with its accent, a country, an institute
  // spelt out before its acronym, an untranslated common phrase from the source.
  { id: 'r10-latin-1', kind: 'latin-name', paragraph: 6, replace: [['서울 마포구에서', '서울 Mapo-gu에서']] },
  { id: 'r10-latin-2', kind: 'latin-name', paragraph: 8, replace: [['판교의 소프트웨어', 'Pangyo의 소프트웨어']] },
  { id: 'r10-latin-3', kind: 'latin-name', paragraph: 8, replace: [['한국갤럽 조사에서', 'Gallup Korea 조사에서']] },
  { id: 'r10-latin-4', kind: 'latin-name', paragraph: 12, replace: [['다카하시 겐지 씨는', 'Kenji Takahashi 씨는']] },
  { id: 'r10-latin-5', kind: 'latin-name', paragraph: 17, replace: [['파리에 있는', 'Paris에 있는']] },
  { id: 'r10-latin-6', kind: 'latin-name', paragraph: 17, replace: [['에르베 불랑제 선임', 'Hervé Boulanger 선임']] },
  { id: 'r10-latin-7', kind: 'latin-name', paragraph: 10, replace: [['일본과 스웨덴처럼', '일본과 Sweden처럼']] },
  {
    id: 'r10-latin-8',
    kind: 'latin-name',
    paragraph: 16,
    replace: [['한국보건사회연구원(KIHASA)은', 'Korea Institute for Health and Social Affairs(KIHASA)는']],
  },
  { id: 'r10-latin-9', kind: 'latin-name', paragraph: 6, replace: [['한 노인복지관에서', '한 senior welfare centre에서']] },
  // Particles after a surname with a title, a name with an age in brackets, a noun with 를, a name
  // followed by an acronym in brackets, a glossary term, a country with 와, a noun with 을, a noun
  // with 은, a percentage with 으로, a counter ending in ㄹ with 으로, a capital acronym, a ministry.
  { id: 'r10-particle-1', kind: 'particle', paragraph: 3, replace: [['한 장관은 “완벽한', '한 장관는 “완벽한']] },
  { id: 'r10-particle-2', kind: 'particle', paragraph: 4, replace: [['자산은 약', '자산는 약']] },
  { id: 'r10-particle-3', kind: 'particle', paragraph: 10, replace: [['일본과 스웨덴처럼', '일본와 스웨덴처럼']] },
  { id: 'r10-particle-4', kind: 'particle', paragraph: 6, replace: [['박순자(71) 씨는', '박순자(71) 씨은']] },
  { id: 'r10-particle-5', kind: 'particle', paragraph: 8, replace: [['이 씨의 말을', '이 씨의 말를']] },
  { id: 'r10-particle-6', kind: 'particle', paragraph: 9, replace: [['한국경영자총협회(KEF)는', '한국경영자총협회(KEF)은']] },
  { id: 'r10-particle-7', kind: 'particle', paragraph: 10, replace: [['자동조정장치를 도입하자고', '자동조정장치을 도입하자고']] },
  { id: 'r10-particle-8', kind: 'particle', paragraph: 11, replace: [['이 문제를 다시', '이 문제을 다시']] },
  { id: 'r10-particle-9', kind: 'particle', paragraph: 12, replace: [['일본의 사례는', '일본의 사례은']] },
  { id: 'r10-particle-10', kind: 'particle', paragraph: 13, replace: [['5.5%로 올리도록', '5.5%으로 올리도록']] },
  { id: 'r10-particle-11', kind: 'particle', paragraph: 14, replace: [['12개월로 늘어납니다', '12개월으로 늘어납니다']] },
  { id: 'r10-particle-12', kind: 'particle', paragraph: 17, replace: [['OECD는 지난 7월', 'OECD은 지난 7월']] },
  { id: 'r10-particle-13', kind: 'particle', paragraph: 19, replace: [['보건복지부는 연내에', '보건복지부은 연내에']] },
  // Acronyms swapped for a neighbouring real one: the health insurer for the pension service, the
  // other union confederation, Norway's fund for Japan's, another think tank.
  { id: 'r10-acronym-1', kind: 'acronym', paragraph: 4, replace: [['(NPS)', '(NHIS)']] },
  { id: 'r10-acronym-2', kind: 'acronym', paragraph: 9, replace: [['(FKTU)', '(KCTU)']] },
  { id: 'r10-acronym-3', kind: 'acronym', paragraph: 12, replace: [['(GPIF)', '(GPFG)']] },
  { id: 'r10-acronym-4', kind: 'acronym', paragraph: 16, replace: [['(KIHASA)', '(KDI)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text): contribution
  // rate (보험료율/기여율), depletion (소진/고갈), pensionable age in the same paragraph, the
  // glossary mechanism, the credit spelt another way (크레디트/크레딧), reform (개혁/개편).
  { id: 'r10-phrase-1', kind: 'phrase-consistency', paragraph: 21, replace: [['보험료율이 18%까지', '기여율이 18%까지']] },
  { id: 'r10-phrase-2', kind: 'phrase-consistency', paragraph: 4, replace: [['소진 시점이 2071년으로', '고갈 시점이 2071년으로']] },
  { id: 'r10-phrase-3', kind: 'phrase-consistency', paragraph: 17, replace: [['한국의 수급 개시 연령은', '한국의 연금 수령 나이는']] },
  { id: 'r10-phrase-4', kind: 'phrase-consistency', paragraph: 11, replace: [['“자동조정장치는 표결', '“자동조정 메커니즘은 표결']] },
  { id: 'r10-phrase-5', kind: 'phrase-consistency', paragraph: 14, replace: [['크레디트가 적용되고', '크레딧이 적용되고']] },
  { id: 'r10-phrase-6', kind: 'phrase-consistency', paragraph: 16, replace: [['이번 개혁이 전혀', '이번 개편이 전혀']] },
  // Relative time shifted: next year → this year, last year → this year, last month → this month,
  // next year → within the year, within the year → next year, three years ago → last year.
  { id: 'r10-time-1', kind: 'relative-time', paragraph: 2, replace: [['내년 1월부터', '올해 1월부터']] },
  { id: 'r10-time-2', kind: 'relative-time', paragraph: 5, replace: [['지난해 1000만 명을', '올해 1000만 명을']] },
  { id: 'r10-time-3', kind: 'relative-time', paragraph: 8, replace: [['지난달 한국갤럽', '이달 한국갤럽']] },
  { id: 'r10-time-4', kind: 'relative-time', paragraph: 11, replace: [['특위가 내년에', '특위가 연내에']] },
  { id: 'r10-time-5', kind: 'relative-time', paragraph: 19, replace: [['연내에 새 장기', '내년에 새 장기']] },
  { id: 'r10-time-6', kind: 'relative-time', paragraph: 21, replace: [['3년 전 전문가위원회는', '지난해 전문가위원회는']] },
  // Dropped sentences: a short last one, a short middle one, the second of two quotations, a
  // quotation standing as its own sentence, a short middle one, the first of three, the last one
  // with figures.
  { id: 'r10-drop-1', kind: 'dropped-sentence', paragraph: 5, replace: [[' 2050년이 되면 그 비율은 거의 1대 1이 됩니다.', '']] },
  { id: 'r10-drop-2', kind: 'dropped-sentence', paragraph: 8, replace: [[' 여론조사도 이 씨의 말을 뒷받침합니다.', '']] },
  {
    id: 'r10-drop-3',
    kind: 'dropped-sentence',
    paragraph: 3,
    replace: [['없습니다”라며 “하지만 더는 아무것도 하지 않고 있을 수는 없었습니다”라고', '없습니다”라고']],
  },
  {
    id: 'r10-drop-4',
    kind: 'dropped-sentence',
    paragraph: 11,
    replace: [['“자동조정장치는 표결 없이 조용히 연금을 깎기 때문에 어느 정당도 거기에 자기 이름을 올리고 싶어 하지 않습니다.” ', '']],
  },
  { id: 'r10-drop-5', kind: 'dropped-sentence', paragraph: 13, replace: [[' 비판론자들은 그만큼 위험이 커진다고 지적합니다.', '']] },
  {
    id: 'r10-drop-6',
    kind: 'dropped-sentence',
    paragraph: 15,
    replace: [['정부는 또 처음으로 국가의 연금 지급 보장을 법에 명시하기로 했습니다. ', '']],
  },
  { id: 'r10-drop-7', kind: 'dropped-sentence', paragraph: 14, replace: [[' 군 복무 인정 기간도 6개월에서 12개월로 늘어납니다.', '']] },
  // Numbers: transposed votes, a year of depletion, transposed amount, transposed percentage, a
  // magnitude slip (조 → 억), a day of the month from the weekday, a dropped digit, an age that
  // appears again in the same paragraph, next Wednesday's date.
  { id: 'r10-number-1', kind: 'numbers', paragraph: 3, replace: [['찬성 184표', '찬성 148표']] },
  { id: 'r10-number-2', kind: 'numbers', paragraph: 4, replace: [['2056년에 소진', '2065년에 소진']] },
  { id: 'r10-number-3', kind: 'numbers', paragraph: 6, replace: [['54만 원', '45만 원']] },
  { id: 'r10-number-4', kind: 'numbers', paragraph: 8, replace: [['61%가', '16%가']] },
  { id: 'r10-number-5', kind: 'numbers', paragraph: 9, replace: [['9조 원', '9000억 원']] },
  { id: 'r10-number-6', kind: 'numbers', paragraph: 10, replace: [['서 의원은 17일 기자들에게', '서 의원은 18일 기자들에게']] },
  { id: 'r10-number-7', kind: 'numbers', paragraph: 16, replace: [['약 370만 명', '약 37만 명']] },
  { id: 'r10-number-8', kind: 'numbers', paragraph: 17, replace: [['67세로', '65세로']] },
  { id: 'r10-number-9', kind: 'numbers', paragraph: 18, replace: [['오는 25일', '오는 24일']] },
  // Speech level in a 합쇼체 script: 해라체 on an adjective, on a past tense and on a verb, 해요체
  // on a past tense and on a copula, 해요체 -죠 on a past tense.
  { id: 'r10-speech-1', kind: 'speech-level', paragraph: 4, replace: [['숫자는 냉혹합니다.', '숫자는 냉혹하다.']] },
  { id: 'r10-speech-2', kind: 'speech-level', paragraph: 7, replace: [['가장 높았습니다.', '가장 높았다.']] },
  { id: 'r10-speech-3', kind: 'speech-level', paragraph: 13, replace: [['최고 성적을 냈습니다.', '최고 성적을 냈어요.']] },
  { id: 'r10-speech-4', kind: 'speech-level', paragraph: 15, replace: [['보여 줍니다.', '보여 준다.']] },
  { id: 'r10-speech-5', kind: 'speech-level', paragraph: 18, replace: [['어려운 싸움입니다.', '어려운 싸움이에요.']] },
  { id: 'r10-speech-6', kind: 'speech-level', paragraph: 20, replace: [['다음 국회로 넘겼습니다.', '다음 국회로 넘겼죠.']] },
  // Names lost: a glossary minister dropped at first mention, a pensioner's given name misspelt, a
  // young worker's given name misspelt, a glossary lawmaker reduced to his surname at first mention,
  // a glossary professor dropped, a glossary Japanese name transcribed against the orthography, the
  // glossary NPS chairman dropped, a glossary French name transcribed another way, a city dropped.
  { id: 'r10-name-1', kind: 'name-lost', paragraph: 3, replace: [['한승미 보건복지부 장관은', '보건복지부 장관은']] },
  { id: 'r10-name-2', kind: 'name-lost', paragraph: 6, replace: [['박순자(71)', '박순이(71)']] },
  { id: 'r10-name-3', kind: 'name-lost', paragraph: 8, replace: [['이다은(29)', '이다운(29)']] },
  { id: 'r10-name-4', kind: 'name-lost', paragraph: 10, replace: [['제1야당 서동규 의원은', '제1야당 서 의원은']] },
  { id: 'r10-name-5', kind: 'name-lost', paragraph: 11, replace: [['류지영 서울대 교수는', '서울대 교수는']] },
  { id: 'r10-name-6', kind: 'name-lost', paragraph: 12, replace: [['다카하시 겐지 씨는', '다카하시 켄지 씨는']] },
  { id: 'r10-name-7', kind: 'name-lost', paragraph: 13, replace: [['오재원 국민연금공단 이사장은', '국민연금공단 이사장은']] },
  { id: 'r10-name-8', kind: 'name-lost', paragraph: 17, replace: [['에르베 불랑제 선임', '헤르베 불랑제 선임']] },
  { id: 'r10-name-9', kind: 'name-lost', paragraph: 9, replace: [['21일 서울 도심에서', '21일 도심에서']] },
];

/** Changes that are NOT errors: an acronym used alone, two sentences merged, one split in two, a
 *  pronoun for a name already given, a paraphrase that reorders a sentence, quoted 반말 and another
 *  해요체 ending inside quotations, a headline-style noun ending, a weekday beside its date, the
 *  committee's full name for its short form, a fraction said as “one in four”, a romanised gloss of
 *  a glossary name, a union's usual short name, per cent spelt out. */
export const R10_PROBES: CleanProbe[] = [
  { id: 'r10-ok-acronym-alone', paragraph: 7, replace: [['경제협력개발기구(OECD) 38개', 'OECD 38개']] },
  {
    id: 'r10-ok-merged',
    paragraph: 5,
    replace: [['떠받치고 있습니다. 2050년이 되면', '떠받치고 있지만, 2050년이 되면']],
  },
  {
    id: 'r10-ok-split',
    paragraph: 15,
    replace: [
      [
        '하지만 모든 정당이 토론 없이 합의한 유일한 조항이 바로 이것이었다는 점은 유권자들이 얼마나 불안해하는지를 보여 줍니다.',
        '하지만 모든 정당이 토론 없이 합의한 조항은 이것 하나뿐이었습니다. 유권자들이 얼마나 불안해하는지를 보여 주는 대목입니다.',
      ],
    ],
  },
  { id: 'r10-ok-pronoun', paragraph: 12, replace: [['다카하시 씨는 “사람들은', '그는 “사람들은']] },
  {
    id: 'r10-ok-paraphrase',
    paragraph: 16,
    replace: [
      [
        '이미 보험료를 내는 사람들의 요율을 올린다고 해서 낼 수 없는 사람들이 도움을 받는 것은 아닙니다.',
        '보험료를 낼 수 없는 사람들에게는 이미 내는 사람들의 요율 인상이 아무 도움이 되지 않습니다.',
      ],
    ],
  },
  { id: 'r10-ok-quoted-banmal', paragraph: 8, replace: [['말해 주지 못하잖아요”', '말해 주지 못하잖아”']] },
  { id: 'r10-ok-quoted-haeyo', paragraph: 6, replace: [['걱정이 있죠”', '걱정이 있어요”']] },
  { id: 'r10-ok-headline', paragraph: 0, replace: [['청년층은 여전히 ‘불안’', '청년층 불안 여전']] },
  { id: 'r10-ok-weekday', paragraph: 2, replace: [['국회가 17일', '국회가 화요일인 17일']] },
  { id: 'r10-ok-full-committee', paragraph: 18, replace: [['연금특위는 오는 25일', '연금개혁특별위원회는 오는 25일']] },
  { id: 'r10-ok-one-in-four', paragraph: 16, replace: [['4분의 1이', '4명 중 1명이']] },
  { id: 'r10-ok-name-gloss', paragraph: 17, replace: [['에르베 불랑제 선임', '에르베 불랑제(Hervé Boulanger) 선임']] },
  { id: 'r10-ok-union-short', paragraph: 9, replace: [['한국노동조합총연맹(FKTU)은', '한국노총(FKTU)은']] },
  { id: 'r10-ok-percent-spelt', paragraph: 2, replace: [['13%에 이르게', '13퍼센트에 이르게']] },
];
