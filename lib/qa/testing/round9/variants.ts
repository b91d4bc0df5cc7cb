// Round-9 held-out set of issue #15 (written by the round-9 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// flood commentary (dam-release.en.txt: an unannounced release from North Korea's Hwanggang Dam
// floods the border county of Yeoncheon, the South's Gunnam Dam, the 2009 precedent, a farmer's
// account and the county's alert, damage and disaster zones, climate and design standards, a Dutch
// flood expert, an opposition bill, the WMO, crop insurance; events, people and figures invented),
// its careful Korean translation (dam-release.ko.txt, 해라체; the environment minister quoted in
// 합쇼체, a farmer in 해요체, a spokesperson, a county head, a professor, a lawmaker and the Dutch
// expert in 해라체; the story is dated Thursday 23 July: on Thursday → 23일, on Wednesday → 22일, on
// Tuesday → 21일, on Monday → 20일, until Saturday → 25일, until Friday → 24일; Pieter de Vries →
// 피터르 더프리스 by the Dutch loanword orthography), 90 single-error variants of every kind and 13
// clean probes. Same format and scoring as ../variants.ts. Its first measure is the blind figure in
// ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this article. */
export const R9_TERMS: QaTerm[] = [
  { source: 'Ahn Hyun-sook', target: '안현숙', kind: 'NAME' },
  { source: 'Yoon Ji-hoon', target: '윤지훈', kind: 'NAME' },
  { source: 'Pieter de Vries', target: '피터르 더프리스', kind: 'NAME' },
  { source: 'Hwanggang Dam', target: '황강댐', kind: 'TERM' },
  { source: 'Gunnam Dam', target: '군남댐', kind: 'TERM' },
  { source: 'Pilseung Bridge', target: '필승교', kind: 'TERM' },
  { source: 'Korea Water Resources Corporation', target: '한국수자원공사', kind: 'TERM' },
  { source: 'Ministry of Unification', target: '통일부', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 (행정안전부는), EUC-KR bytes read as Windows-1252
// (농경지), UTF-8 bytes read as Mac Roman (임진강), UTF-8 bytes read as Windows-1251 (통일부는).
const MOJI = {
  행정안전부는: '\u00ed\u2013\u2030\u00ec\u00a0\u2022\u00ec\u2022\u02c6\u00ec\u00a0\u201e\u00eb\u00b6\u20ac\u00eb\u0160\u201d',
  농경지: '\u00b3\u00f3\u00b0\u00e6\u00c1\u00f6',
  임진강: '\u00cf\u00fb\u00d1\u00cf\u00df\u00d1\u00cd\u221e\u00ef',
  통일부는: '\u043d\u2020\u00b5\u043c\u045c\u0458\u043b\u00b6\u0402\u043b\u0409\u201d',
};

export const R9_VARIANTS: Variant[] = [
  // Straight quotes: an opening straight double quote before curly text, a straight pair around a
  // 해요체 quotation, straight single quotes for a whole quotation, a straight closing quote only
  // before -라며.
  { id: 'r9-squote-1', kind: 'straight-quote', paragraph: 3, replace: [['“북한의 침묵이', '"북한의 침묵이']] },
  {
    id: 'r9-squote-2',
    kind: 'straight-quote',
    paragraph: 8,
    replace: [
      ['“길이', '"길이'],
      ['왔어요”라고', '왔어요"라고'],
    ],
  },
  {
    id: 'r9-squote-3',
    kind: 'straight-quote',
    paragraph: 12,
    replace: [
      ['“방류 전에', "'방류 전에"],
      ['않는다”고', "않는다'고"],
    ],
  },
  { id: 'r9-squote-4', kind: 'straight-quote', paragraph: 20, replace: [['알지 못합니다”라며', '알지 못합니다"라며']] },
  // Repeated words: a degree adverb, a determiner, an approximation word before a number, a noun
  // with a particle on its second copy, a noun in a compound.
  { id: 'r9-repeat-1', kind: 'repeated-word', paragraph: 5, replace: [['150mm가 더 내릴', '150mm가 더 더 내릴']] },
  { id: 'r9-repeat-2', kind: 'repeated-word', paragraph: 9, replace: [['많은 어르신이', '많은 많은 어르신이']] },
  { id: 'r9-repeat-3', kind: 'repeated-word', paragraph: 13, replace: [['약 4000만t', '약 약 4000만t']] },
  { id: 'r9-repeat-4', kind: 'repeated-word', paragraph: 2, replace: [['농경지와 도로가', '농경지와 도로 도로가']] },
  { id: 'r9-repeat-5', kind: 'repeated-word', paragraph: 17, replace: [['보험금 청구가', '보험금 보험금 청구가']] },
  // Leftover markup: a no-break space entity, Markdown-free HTML bold around a glossary dam, a line
  // break, italics around a foreign institute, a stray closing span, a paragraph tag.
  { id: 'r9-markup-1', kind: 'markup', paragraph: 2, replace: [['필승교 수위는', '필승교&nbsp;수위는']] },
  { id: 'r9-markup-2', kind: 'markup', paragraph: 4, replace: [['군남댐을 찾았다', '<strong>군남댐</strong>을 찾았다']] },
  { id: 'r9-markup-3', kind: 'markup', paragraph: 10, replace: [['주택 640채 피해가', '주택 640채<br> 피해가']] },
  { id: 'r9-markup-4', kind: 'markup', paragraph: 12, replace: [['델타레스의', '<i>델타레스</i>의']] },
  { id: 'r9-markup-5', kind: 'markup', paragraph: 17, replace: [['보험개발원은', '보험개발원은</span>']] },
  { id: 'r9-markup-6', kind: 'markup', paragraph: 21, replace: [['통일부는 장마가', '<p>통일부는 장마가']] },
  { id: 'r9-fffd-1', kind: 'replacement-char', paragraph: 11, replace: [['배준석 고려대', '배\uFFFD석 고려대']] },
  { id: 'r9-fffd-2', kind: 'replacement-char', paragraph: 19, replace: [['한강홍수통제소', '한강홍수\uFFFD제소']] },
  { id: 'r9-moji-1', kind: 'mojibake', paragraph: 10, replace: [['행정안전부는 잠정', `${MOJI.행정안전부는} 잠정`]] },
  { id: 'r9-moji-2', kind: 'mojibake', paragraph: 16, replace: [['농경지를 지키기', `${MOJI.농경지}를 지키기`]] },
  { id: 'r9-moji-3', kind: 'mojibake', paragraph: 5, replace: [['임진강 상류에', `${MOJI.임진강} 상류에`]] },
  { id: 'r9-moji-4', kind: 'mojibake', paragraph: 21, replace: [['통일부는 장마가', `${MOJI.통일부는} 장마가`]] },
  // Romanised places, people, institutions and a glossary bridge left in Latin letters, glued to a
  // particle or standing before a Korean noun.
  { id: 'r9-latin-1', kind: 'latin-name', paragraph: 2, replace: [['필승교 수위는', 'Pilseung Bridge 수위는']] },
  { id: 'r9-latin-2', kind: 'latin-name', paragraph: 7, replace: [['연천에서 야영객', 'Yeoncheon에서 야영객']] },
  { id: 'r9-latin-3', kind: 'latin-name', paragraph: 12, replace: [['델타레스의', 'Deltares의']] },
  {
    id: 'r9-latin-4',
    kind: 'latin-name',
    paragraph: 16,
    replace: [['황해북도의 농작물이', 'North Hwanghae Province의 농작물이']],
  },
  { id: 'r9-latin-5', kind: 'latin-name', paragraph: 9, replace: [['백학면 인근에서', 'Baekhak 인근에서']] },
  {
    id: 'r9-latin-6',
    kind: 'latin-name',
    paragraph: 17,
    replace: [['보험개발원은', 'Korea Insurance Development Institute는']],
  },
  { id: 'r9-latin-7', kind: 'latin-name', paragraph: 8, replace: [['장복순(67) 씨는', 'Jang Bok-soon(67) 씨는']] },
  { id: 'r9-latin-8', kind: 'latin-name', paragraph: 15, replace: [['제네바에서', 'Geneva에서']] },
  { id: 'r9-latin-9', kind: 'latin-name', paragraph: 4, replace: [['군남댐을 찾았다', 'Gunnam Dam을 찾았다']] },
  // Particles after a ministry, a counter, a name followed by an acronym in brackets, a glossary dam,
  // a one-syllable noun, a compound, a place, a Sino-Korean noun, a loan-free compound, a bill, an
  // acronym read with a vowel, a measure in metres, a pair noun.
  { id: 'r9-particle-1', kind: 'particle', paragraph: 3, replace: [['통일부는 지난달', '통일부은 지난달']] },
  { id: 'r9-particle-2', kind: 'particle', paragraph: 4, replace: [['수문 13개를', '수문 13개을']] },
  { id: 'r9-particle-3', kind: 'particle', paragraph: 5, replace: [['기상청(KMA)은', '기상청(KMA)는']] },
  { id: 'r9-particle-4', kind: 'particle', paragraph: 6, replace: [['황강댐은 저수량이', '황강댐는 저수량이']] },
  { id: 'r9-particle-5', kind: 'particle', paragraph: 8, replace: [['물이 무릎까지', '물가 무릎까지']] },
  { id: 'r9-particle-6', kind: 'particle', paragraph: 9, replace: [['경보 체계는 제대로', '경보 체계은 제대로']] },
  { id: 'r9-particle-7', kind: 'particle', paragraph: 10, replace: [['파주를 특별재난지역', '파주을 특별재난지역']] },
  { id: 'r9-particle-8', kind: 'particle', paragraph: 11, replace: [['제방은 1980년대', '제방는 1980년대']] },
  { id: 'r9-particle-9', kind: 'particle', paragraph: 13, replace: [['저수위를', '저수위을']] },
  { id: 'r9-particle-10', kind: 'particle', paragraph: 14, replace: [['법안을 다음 달', '법안를 다음 달']] },
  { id: 'r9-particle-11', kind: 'particle', paragraph: 15, replace: [['WMO는 지난해', 'WMO은 지난해']] },
  { id: 'r9-particle-12', kind: 'particle', paragraph: 19, replace: [['7.5m를 웃돌', '7.5m을 웃돌']] },
  { id: 'r9-particle-13', kind: 'particle', paragraph: 7, replace: [['남북은 그해', '남북는 그해']] },
  // Acronyms swapped for a neighbouring real one or an old one of the same body.
  { id: 'r9-acronym-1', kind: 'acronym', paragraph: 15, replace: [['(DMZ)', '(JSA)']] },
  { id: 'r9-acronym-2', kind: 'acronym', paragraph: 15, replace: [['세계기상기구(WMO)', '세계기상기구(WHO)']] },
  { id: 'r9-acronym-3', kind: 'acronym', paragraph: 5, replace: [['(KMA)', '(KMI)']] },
  { id: 'r9-acronym-4', kind: 'acronym', paragraph: 13, replace: [['(K-water)', '(KOWACO)']] },
  // One phrase rendered two ways (the first rendering stays elsewhere in the text): the border
  // (군사분계선/휴전선), farmland, heavy rain, warning system, shared rivers, the release.
  { id: 'r9-phrase-1', kind: 'phrase-consistency', paragraph: 6, replace: [['군사분계선 북쪽', '휴전선 북쪽']] },
  { id: 'r9-phrase-2', kind: 'phrase-consistency', paragraph: 16, replace: [['농경지를 지키기', '농지를 지키기']] },
  { id: 'r9-phrase-3', kind: 'phrase-consistency', paragraph: 17, replace: [['7월 폭우가', '7월 호우가']] },
  { id: 'r9-phrase-4', kind: 'phrase-consistency', paragraph: 14, replace: [['경보 체계를 약속했지만', '경보 시스템을 약속했지만']] },
  { id: 'r9-phrase-5', kind: 'phrase-consistency', paragraph: 21, replace: [['공유 하천 문제를', '공동 하천 문제를']] },
  { id: 'r9-phrase-6', kind: 'phrase-consistency', paragraph: 22, replace: [['방류 사실을', '수문 개방 사실을']] },
  // Relative time shifted: last month, within the year, that year, next month, last year (twice).
  { id: 'r9-time-1', kind: 'relative-time', paragraph: 3, replace: [['지난달 두 차례', '이달 두 차례']] },
  { id: 'r9-time-2', kind: 'relative-time', paragraph: 4, replace: [['연내에 결정', '내년에 결정']] },
  { id: 'r9-time-3', kind: 'relative-time', paragraph: 7, replace: [['그해 10월', '이듬해 10월']] },
  { id: 'r9-time-4', kind: 'relative-time', paragraph: 14, replace: [['다음 달 발의', '이달 발의']] },
  { id: 'r9-time-5', kind: 'relative-time', paragraph: 15, replace: [['WMO는 지난해', 'WMO는 올해']] },
  { id: 'r9-time-6', kind: 'relative-time', paragraph: 21, replace: [['지난해에도', '올해에도']] },
  // Dropped sentences: a short middle one, a short first one, the second of two inside a 해요체
  // quotation, the second of two inside a quotation, the last one, the first one, the last one with
  // figures.
  { id: 'r9-drop-1', kind: 'dropped-sentence', paragraph: 2, replace: [[' 어민 1명은 아직 실종 상태다.', '']] },
  { id: 'r9-drop-2', kind: 'dropped-sentence', paragraph: 7, replace: [['이 갈등은 새로운 일이 아니다. ', '']] },
  {
    id: 'r9-drop-3',
    kind: 'dropped-sentence',
    paragraph: 8,
    replace: [['차올랐어요. 평생 여기 살았지만 이런 건 처음 봐요”라며', '차올랐어요”라며']],
  },
  {
    id: 'r9-drop-4',
    kind: 'dropped-sentence',
    paragraph: 12,
    replace: [['공개한다. 냉전 시대의 이웃 나라들도 그렇게 했다”며', '공개한다”며']],
  },
  { id: 'r9-drop-5', kind: 'dropped-sentence', paragraph: 13, replace: [[' 22일 밤에는 초당 최대 8400t의 물을 방류했다.', '']] },
  { id: 'r9-drop-6', kind: 'dropped-sentence', paragraph: 15, replace: [['정부도 이런 체계를 만들려고 시도한 적이 있다. ', '']] },
  {
    id: 'r9-drop-7',
    kind: 'dropped-sentence',
    paragraph: 19,
    replace: [[' 파주에서도 주민 600명이 23일 오후 대피 준비 안내를 받았다.', '']],
  },
  // Numbers: swapped digits in a water level, a count of gates, swapped digits in a distance, a
  // lead time, a magnitude slip in an amount, a span of years, swapped digits in a flow, a
  // transposed amount, a day of the month from the weekday.
  { id: 'r9-number-1', kind: 'numbers', paragraph: 2, replace: [['4.1m에서', '1.4m에서']] },
  { id: 'r9-number-2', kind: 'numbers', paragraph: 4, replace: [['수문 13개를', '수문 12개를']] },
  { id: 'r9-number-3', kind: 'numbers', paragraph: 6, replace: [['약 42km', '약 24km']] },
  { id: 'r9-number-4', kind: 'numbers', paragraph: 9, replace: [['50분 전인', '15분 전인']] },
  { id: 'r9-number-5', kind: 'numbers', paragraph: 10, replace: [['943억 원', '9430억 원']] },
  { id: 'r9-number-6', kind: 'numbers', paragraph: 11, replace: [['지난 30년간', '지난 20년간']] },
  { id: 'r9-number-7', kind: 'numbers', paragraph: 13, replace: [['초당 최대 8400t', '초당 최대 4800t']] },
  { id: 'r9-number-8', kind: 'numbers', paragraph: 17, replace: [['2100억 원으로', '2010억 원으로']] },
  { id: 'r9-number-9', kind: 'numbers', paragraph: 16, replace: [['21일 폭우로', '20일 폭우로']] },
  // Speech level: 해요체 on a copula, 합쇼체 on a verb and on 있다, 해요체 on a passive, a -음 note
  // ending, 반말 -지.
  { id: 'r9-speech-1', kind: 'speech-level', paragraph: 6, replace: [['용량의 약 5배다.', '용량의 약 5배예요.']] },
  { id: 'r9-speech-2', kind: 'speech-level', paragraph: 7, replace: [['간헐적으로만 지켜 왔다.', '간헐적으로만 지켜 왔습니다.']] },
  { id: 'r9-speech-3', kind: 'speech-level', paragraph: 15, replace: [['시도한 적이 있다.', '시도한 적이 있습니다.']] },
  { id: 'r9-speech-4', kind: 'speech-level', paragraph: 10, replace: [['피해가 포함됐다.', '피해가 포함됐어요.']] },
  { id: 'r9-speech-5', kind: 'speech-level', paragraph: 16, replace: [['공식 입장을 내지 않았다.', '공식 입장을 내지 않았음.']] },
  { id: 'r9-speech-6', kind: 'speech-level', paragraph: 21, replace: [['거부하거나 무시했다.', '거부하거나 무시했지.']] },
  // Names lost: a glossary spokesperson dropped, a glossary minister dropped at first mention, a
  // farmer's given name misspelt, a county head dropped, a professor dropped, a glossary Dutch name
  // transcribed another way, a lawmaker reduced to her surname at first mention, a city dropped
  // from a pair, a professor replaced by “an expert”.
  { id: 'r9-name-1', kind: 'name-lost', paragraph: 3, replace: [['윤지훈 통일부 대변인은', '통일부 대변인은']] },
  { id: 'r9-name-2', kind: 'name-lost', paragraph: 4, replace: [['안현숙 환경부 장관은', '환경부 장관은']] },
  { id: 'r9-name-3', kind: 'name-lost', paragraph: 8, replace: [['장복순(67) 씨는', '장복선(67) 씨는']] },
  { id: 'r9-name-4', kind: 'name-lost', paragraph: 9, replace: [['최만식 연천군수는', '연천군수는']] },
  { id: 'r9-name-5', kind: 'name-lost', paragraph: 11, replace: [['배준석 고려대', '고려대']] },
  { id: 'r9-name-6', kind: 'name-lost', paragraph: 12, replace: [['피터르 더프리스는', '피터 드브리스는']] },
  { id: 'r9-name-7', kind: 'name-lost', paragraph: 14, replace: [['신은지 의원은', '신 의원은']] },
  { id: 'r9-name-8', kind: 'name-lost', paragraph: 10, replace: [['연천과 인접한 파주를', '연천을']] },
  { id: 'r9-name-9', kind: 'name-lost', paragraph: 22, replace: [['배 교수는', '한 전문가는']] },
];

/** Changes that are NOT errors: an acronym used alone, two sentences merged, a pronoun for a
 *  surname already named, a paraphrase that reorders a sentence, another 해요체 ending inside the
 *  farmer's quotation, a romanised gloss of a glossary name, 톤 and 미터 spelt out, a weekday beside
 *  its date, 이날 for the story's day, the full ministry name for its short form, the age placed
 *  after 씨, a number written in Hangul. */
export const R9_PROBES: CleanProbe[] = [
  { id: 'r9-ok-acronym-alone', paragraph: 15, replace: [['세계기상기구(WMO)에도', 'WMO에도']] },
  {
    id: 'r9-ok-merged',
    paragraph: 2,
    replace: [['23일 밝혔다. 어민 1명은 아직 실종 상태다.', '23일 밝혔으며, 어민 1명은 아직 실종 상태다.']],
  },
  { id: 'r9-ok-pronoun', paragraph: 22, replace: [['배 교수는', '그는']] },
  {
    id: 'r9-ok-paraphrase',
    paragraph: 21,
    replace: [
      [
        '지난해에도 비슷한 제안을 세 차례 했지만 북한은 거부하거나 무시했다.',
        '북한은 지난해에도 비슷한 제안을 세 차례 거부하거나 무시했다.',
      ],
    ],
  },
  { id: 'r9-ok-quoted-haeyo', paragraph: 18, replace: [['정말 고마워요', '정말 고맙죠']] },
  { id: 'r9-ok-name-gloss', paragraph: 12, replace: [['피터르 더프리스는', '피터르 더프리스(Pieter de Vries)는']] },
  { id: 'r9-ok-ton-spelt', paragraph: 13, replace: [['약 4000만t', '약 4000만 톤']] },
  { id: 'r9-ok-metre-spelt', paragraph: 19, replace: [['7.5m를', '7.5미터를']] },
  { id: 'r9-ok-weekday', paragraph: 5, replace: [['25일까지', '토요일인 25일까지']] },
  { id: 'r9-ok-this-day', paragraph: 4, replace: [['23일 오전', '이날 오전']] },
  { id: 'r9-ok-full-ministry', paragraph: 10, replace: [['행안부는', '행정안전부는']] },
  { id: 'r9-ok-age-after', paragraph: 8, replace: [['장복순(67) 씨는', '장복순 씨(67)는']] },
  { id: 'r9-ok-hangul-number', paragraph: 6, replace: [['약 5배다', '다섯 배가량이다']] },
];
