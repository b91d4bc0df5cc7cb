// Round-13 held-out set of issue #15 (written by the round-13 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// radio programme script (jeju-drought.en.txt: “Island Report” for Tuesday, Nov. 17 — an anchor,
// Han Seo-yeon; a reporter's stand-up in Hallim, Kang Do-hyun; a tangerine farmer quoted, Yang
// Soon-ja; a studio guest, Prof. Ko Min-seok of Jeju National University, questioned by the anchor;
// Governor Oh Young-hun quoted; a US hydrologist, Sarah Whitfield, quoted; the KMA, K-water, the KRC,
// the JPDC and Samdasoo, the OECD; rainfall, groundwater, visitors, won and dollar figures, a
// desalination plant at Seongsan, Malta and the Canary Islands; events, figures and quotations
// invented, a real official's name used as a name only), its careful Korean radio translation
// (jeju-drought.ko.txt: the anchor and the reporter in 합쇼체 throughout, the guest in 해요체
// throughout, each speaker kept to one register; the farmer quoted in 해요체, the governor in
// 합쇼체, the American in 해라체 as Korean broadcasters quote a translated statement; speaker labels
// 앵커: / 기자: / 고 교수:; Since Monday → 어제부터, before the end of the year → 연내에, last year →
// 지난해, next year → 내년, yesterday → 어제, on Monday, Nov. 30 → 오는 30일 월요일; the reporter
// and anchor address each other as 강 기자 / 네 as Korean broadcasts do, not by first names; Sarah
// Whitfield → 세라 휫필드 by the loanword orthography), 90 single-error variants of every kind and 12
// clean probes. Same format and scoring as ../variants.ts. Its first measure is the blind figure in
// ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this programme. */
export const R13_TERMS: QaTerm[] = [
  { source: 'Han Seo-yeon', target: '한서연', kind: 'NAME' },
  { source: 'Kang Do-hyun', target: '강도현', kind: 'NAME' },
  { source: 'Yang Soon-ja', target: '양순자', kind: 'NAME' },
  { source: 'Ko Min-seok', target: '고민석', kind: 'NAME' },
  { source: 'Oh Young-hun', target: '오영훈', kind: 'NAME' },
  { source: 'Sarah Whitfield', target: '세라 휫필드', kind: 'NAME' },
  { source: 'Korea Meteorological Administration', target: '기상청', kind: 'TERM' },
  { source: 'Jeju Provincial Development Corporation', target: '제주특별자치도개발공사 | 제주개발공사', kind: 'TERM' },
  { source: 'Korea Rural Community Corporation', target: '한국농어촌공사', kind: 'TERM' },
  { source: 'Jeju National University', target: '제주대학교', kind: 'TERM' },
  { source: 'Samdasoo', target: '삼다수', kind: 'TERM' },
  { source: 'K-water', target: 'K-water', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
];

// Mojibake, one mechanism each: UTF-8 bytes read as Windows-1252 as a browser decodes it (undefined
// bytes kept as C1 controls: 고민석), UTF-8 read as ISO-8859-1 (개발공사가), EUC-KR read as
// Windows-1252 (휫필드는), UTF-8 read as Mac Roman (콜센터), UTF-8 encoded twice through
// Windows-1252 (관광), and UTF-8 opened as CP949 by Korean Windows, the “깨진 한글” a Korean user
// sees in Notepad (지하수위는).
const MOJI = {
  고민석: '\u00ea\u00b3\u00a0\u00eb\u00af\u00bc\u00ec\u201e\u009d',
  개발공사가: '\u00ea\u00b0\u009c\u00eb\u00b0\u009c\u00ea\u00b3\u00b5\u00ec\u0082\u00ac\u00ea\u00b0\u0080',
  휫필드는: '\u00c8\u00dc\u00c7\u00ca\u00b5\u00e5\u00b4\u00c2',
  콜센터: '\u00cf\u03a9\u00fa\u00cf\u00d1\u00ba\u00cc\u00d1\u221e',
  관광: '\u00c3\u00aa\u00c2\u00b4\u00e2\u201a\u00ac\u00c3\u00aa\u00c2\u00b4\u00e2\u20ac\u02dc',
  지하수위는: '\uf9de\ufffd\ufffd\ube2f\ufffd\ub2d4\ufffd\uc41e\ufffd\ub497',
};

export const R13_VARIANTS: Variant[] = [
  // Straight quotes: a straight opening closed by a curly one, a curly opening closed by a straight
  // one, a straight single quote opening a double-quoted statement, a straight single closing, a
  // straight pair on the first of two quotations, a straight closing before 라고.
  { id: 'r13-squote-1', kind: 'straight-quote', paragraph: 6, replace: [['“평생 여기서', '"평생 여기서']] },
  { id: 'r13-squote-2', kind: 'straight-quote', paragraph: 14, replace: [['내야 합니다.”', '내야 합니다."']] },
  { id: 'r13-squote-3', kind: 'straight-quote', paragraph: 14, replace: [['“누군가는', "'누군가는"]] },
  { id: 'r13-squote-4', kind: 'straight-quote', paragraph: 18, replace: [['적게 든다”고', "적게 든다'고"]] },
  {
    id: 'r13-squote-5',
    kind: 'straight-quote',
    paragraph: 18,
    replace: [
      ['“바닷물이 한번', '"바닷물이 한번'],
      ['걸릴 수 있다”면서', '걸릴 수 있다"면서'],
    ],
  },
  { id: 'r13-squote-6', kind: 'straight-quote', paragraph: 6, replace: [['주고 있어요”라고', '주고 있어요"라고']] },
  // Repeated words: an adverb before a number, an adverb of degree, a noun with its object particle,
  // a degree word in a list, an adjective, a noun in a compound.
  { id: 'r13-repeat-1', kind: 'repeated-word', paragraph: 2, replace: [['평균 4.2m', '평균 평균 4.2m']] },
  { id: 'r13-repeat-2', kind: 'repeated-word', paragraph: 9, replace: [['워낙 많아서', '워낙 워낙 많아서']] },
  { id: 'r13-repeat-3', kind: 'repeated-word', paragraph: 12, replace: [['생산량을 줄여야', '생산량을 생산량을 줄여야']] },
  { id: 'r13-repeat-4', kind: 'repeated-word', paragraph: 16, replace: [['비용이 많이 들고', '비용이 많이 많이 들고']] },
  { id: 'r13-repeat-5', kind: 'repeated-word', paragraph: 20, replace: [['이른 아침에', '이른 이른 아침에']] },
  { id: 'r13-repeat-6', kind: 'repeated-word', paragraph: 22, replace: [['급수차 요청을', '급수차 급수차 요청을']] },
  // Leftover markup: a link around a company, an HTML entity for a no-break space, bold tags, a line
  // break tag at the end, CAT-tool placeholders around a figure, a language span around a name, a
  // closing heading tag on the headline.
  {
    id: 'r13-markup-1',
    kind: 'markup',
    paragraph: 5,
    replace: [['한국수자원공사(K-water)의', '<a href="https://www.kwater.or.kr">한국수자원공사</a>(K-water)의']],
  },
  { id: 'r13-markup-2', kind: 'markup', paragraph: 14, replace: [['세 배를', '세&nbsp;배를']] },
  { id: 'r13-markup-3', kind: 'markup', paragraph: 11, replace: [['OECD 평균보다도', '<b>OECD 평균</b>보다도']] },
  { id: 'r13-markup-4', kind: 'markup', paragraph: 23, replace: [['편안한 밤 되십시오.', '편안한 밤 되십시오.<br/>']] },
  { id: 'r13-markup-5', kind: 'markup', paragraph: 7, replace: [['19%까지', '{1}19%{/1}까지']] },
  { id: 'r13-markup-6', kind: 'markup', paragraph: 17, replace: [['세라 휫필드와도', '<span lang="ko">세라 휫필드</span>와도']] },
  { id: 'r13-markup-7', kind: 'markup', paragraph: 0, replace: [['수돗물 제한급수', '수돗물 제한급수</h1>']] },
  // U+FFFD where a character was lost in conversion: a counter after a year, a syllable of a noun,
  // the first syllable of a country, a particle, the last syllable of a brand, the angle brackets
  // of a programme title.
  { id: 'r13-fffd-1', kind: 'replacement-char', paragraph: 3, replace: [['1977년', '1977\ufffd']] },
  { id: 'r13-fffd-2', kind: 'replacement-char', paragraph: 9, replace: [['현무암은', '현\ufffd암은']] },
  { id: 'r13-fffd-3', kind: 'replacement-char', paragraph: 16, replace: [['몰타와', '\ufffd타와']] },
  { id: 'r13-fffd-4', kind: 'replacement-char', paragraph: 20, replace: [['변기 물이', '변기 물\ufffd']] },
  { id: 'r13-fffd-5', kind: 'replacement-char', paragraph: 12, replace: [['삼다수를', '삼다\ufffd를']] },
  { id: 'r13-fffd-6', kind: 'replacement-char', paragraph: 1, replace: [['〈아일랜드 리포트〉', '\ufffd아일랜드 리포트\ufffd']] },
  // Mojibake (see MOJI).
  { id: 'r13-moji-1', kind: 'mojibake', paragraph: 8, replace: [['고민석 교수가', `${MOJI.고민석} 교수가`]] },
  { id: 'r13-moji-2', kind: 'mojibake', paragraph: 13, replace: [['개발공사가', MOJI.개발공사가]] },
  { id: 'r13-moji-3', kind: 'mojibake', paragraph: 17, replace: [['휫필드는', MOJI.휫필드는]] },
  { id: 'r13-moji-4', kind: 'mojibake', paragraph: 22, replace: [['콜센터', MOJI.콜센터]] },
  { id: 'r13-moji-5', kind: 'mojibake', paragraph: 10, replace: [['관광 수요가', `${MOJI.관광} 수요가`]] },
  { id: 'r13-moji-6', kind: 'mojibake', paragraph: 2, replace: [['지하수위는', MOJI.지하수위는]] },
  // Latin left in the Korean: romanised places (a town, a township, a village), a person, a brand,
  // a university, an archipelago.
  { id: 'r13-latin-1', kind: 'latin-name', paragraph: 7, replace: [['한림에서 전해', 'Hallim에서 전해']] },
  { id: 'r13-latin-2', kind: 'latin-name', paragraph: 15, replace: [['성산 인근에', 'Seongsan 인근에']] },
  { id: 'r13-latin-3', kind: 'latin-name', paragraph: 17, replace: [['세라 휫필드와도', 'Sarah Whitfield와도']] },
  { id: 'r13-latin-4', kind: 'latin-name', paragraph: 16, replace: [['카나리아 제도는', 'Canary Islands는']] },
  { id: 'r13-latin-5', kind: 'latin-name', paragraph: 12, replace: [['삼다수를', 'Samdasoo를']] },
  { id: 'r13-latin-6', kind: 'latin-name', paragraph: 23, replace: [['한경면 초등학교', 'Hangyeong 초등학교']] },
  { id: 'r13-latin-7', kind: 'latin-name', paragraph: 17, replace: [['애리조나대학교의', 'University of Arizona의']] },
  // Particles that do not agree with the noun before them (any noun, not glossary terms): topic,
  // subject, topic, subject, subject after a compound, conjunctive.
  { id: 'r13-particle-1', kind: 'particle', paragraph: 3, replace: [['관광객은 거의', '관광객는 거의']] },
  { id: 'r13-particle-2', kind: 'particle', paragraph: 5, replace: [['급수차가 도착했습니다', '급수차이 도착했습니다']] },
  { id: 'r13-particle-3', kind: 'particle', paragraph: 9, replace: [['현무암은', '현무암는']] },
  { id: 'r13-particle-4', kind: 'particle', paragraph: 11, replace: [['수요가 훨씬', '수요이 훨씬']] },
  { id: 'r13-particle-5', kind: 'particle', paragraph: 13, replace: [['생수 공장이 주된', '생수 공장가 주된']] },
  { id: 'r13-particle-6', kind: 'particle', paragraph: 16, replace: [['몰타와 카나리아', '몰타과 카나리아']] },
  // Acronyms that do not match the source: a letter changed, a different Jeju agency (JDC), letters
  // swapped, a letter doubled, another state company (K-eco), another institute added (KMI).
  { id: 'r13-acronym-1', kind: 'acronym', paragraph: 2, replace: [['기상청(KMA)', '기상청(KMO)']] },
  { id: 'r13-acronym-2', kind: 'acronym', paragraph: 12, replace: [['(JPDC)', '(JDC)']] },
  { id: 'r13-acronym-3', kind: 'acronym', paragraph: 11, replace: [['OECD 평균', 'OCED 평균']] },
  { id: 'r13-acronym-4', kind: 'acronym', paragraph: 7, replace: [['(KRC)', '(KRCC)']] },
  { id: 'r13-acronym-5', kind: 'acronym', paragraph: 5, replace: [['(K-water)', '(K-eco)']] },
  { id: 'r13-acronym-6', kind: 'acronym', paragraph: 19, replace: [['기상청은', '기상청(KMI)은']] },
  // One English phrase translated two ways in the document: desalination, aquifer, the bottled-water
  // plant, Jeju National University, rationing, the programme's title.
  { id: 'r13-phrase-1', kind: 'phrase-consistency', paragraph: 16, replace: [['해수담수화는', '바닷물 담수화는']] },
  { id: 'r13-phrase-2', kind: 'phrase-consistency', paragraph: 18, replace: [['해안 대수층에', '해안 지하수층에']] },
  { id: 'r13-phrase-3', kind: 'phrase-consistency', paragraph: 13, replace: [['생수 공장이', '먹는샘물 공장이']] },
  { id: 'r13-phrase-4', kind: 'phrase-consistency', paragraph: 21, replace: [['제주대학교 고민석', '제주국립대학교 고민석']] },
  { id: 'r13-phrase-5', kind: 'phrase-consistency', paragraph: 22, replace: [['마을별 제한급수 일정은', '마을별 급수 제한 일정은']] },
  { id: 'r13-phrase-6', kind: 'phrase-consistency', paragraph: 23, replace: [['〈아일랜드 리포트〉', '〈섬 리포트〉']] },
  // Relative time shifted: before the end of the year → next year, this month → last month, last
  // year → this year, last week → this week, next year → this year, this year → last year,
  // yesterday → today, this week → next week.
  { id: 'r13-reltime-1', kind: 'relative-time', paragraph: 1, replace: [['연내에', '내년에']] },
  { id: 'r13-reltime-2', kind: 'relative-time', paragraph: 7, replace: [['이달 시작됐는데', '지난달 시작됐는데']] },
  { id: 'r13-reltime-3', kind: 'relative-time', paragraph: 11, replace: [['지난해 제주를', '올해 제주를']] },
  { id: 'r13-reltime-4', kind: 'relative-time', paragraph: 13, replace: [['지난주에', '이번 주에']] },
  { id: 'r13-reltime-5', kind: 'relative-time', paragraph: 20, replace: [['내년에 다시', '올해 다시']] },
  { id: 'r13-reltime-6', kind: 'relative-time', paragraph: 10, replace: [['올해 관광 수요가', '지난해 관광 수요가']] },
  { id: 'r13-reltime-7', kind: 'relative-time', paragraph: 23, replace: [['어제 한경면', '오늘 한경면']] },
  // One sentence dropped: the last of three, the fourth of five, the third of four, the fourth of
  // five, the fourth of six, the third of five.
  {
    id: 'r13-drop-1',
    kind: 'dropped-sentence',
    paragraph: 2,
    replace: [[' 서부 지역 관측정의 지하수위는 평균 4.2m 내려갔고, 해안가 관정 여러 곳에서는 바닷물이 스며들기 시작했습니다.', '']],
  },
  { id: 'r13-drop-2', kind: 'dropped-sentence', paragraph: 5, replace: [[' 가구당 하루 40리터까지 받을 수 있습니다.', '']] },
  {
    id: 'r13-drop-3',
    kind: 'dropped-sentence',
    paragraph: 7,
    replace: [[' 한국농어촌공사(KRC)에 따르면 서부 지역 농업용 저수지의 저수율은 19%까지 떨어졌습니다.', '']],
  },
  { id: 'r13-drop-4', kind: 'dropped-sentence', paragraph: 9, replace: [[' 1년 내내 물이 흐르는 하천도 거의 없고요.', '']] },
  {
    id: 'r13-drop-5',
    kind: 'dropped-sentence',
    paragraph: 16,
    replace: [[' 몰타와 카나리아 제도는 식수 대부분을 바닷물에서 얻어요.', '']],
  },
  { id: 'r13-drop-6', kind: 'dropped-sentence', paragraph: 20, replace: [[' 농가에서는 한낮이 아니라 이른 아침에 물을 주셔야 해요.', '']] },
  // Numbers: digits transposed, billion won as 억 off by ten, million dollars off by ten, 억 → 조,
  // visitors off by ten, a multiplier, an ordinal.
  { id: 'r13-num-1', kind: 'numbers', paragraph: 2, replace: [['38%', '83%']] },
  { id: 'r13-num-2', kind: 'numbers', paragraph: 7, replace: [['1,800억 원', '180억 원']] },
  { id: 'r13-num-3', kind: 'numbers', paragraph: 7, replace: [['1억 3,000만 달러', '1,300만 달러']] },
  { id: 'r13-num-4', kind: 'numbers', paragraph: 15, replace: [['6,800억 원', '6조 8,000억 원']] },
  { id: 'r13-num-5', kind: 'numbers', paragraph: 11, replace: [['1,580만 명', '158만 명']] },
  { id: 'r13-num-6', kind: 'numbers', paragraph: 14, replace: [['세 배를', '두 배를']] },
  { id: 'r13-num-7', kind: 'numbers', paragraph: 11, replace: [['역대 두 번째로', '역대 세 번째로']] },
  // Speech level: the anchor or the reporter slipping into 해라체 (a newspaper habit), the guest's
  // 해요체 slipping into 해라체 or 반말, one sentence each.
  { id: 'r13-speech-1', kind: 'speech-level', paragraph: 2, replace: [['38%에 그쳤습니다.', '38%에 그쳤다.']] },
  { id: 'r13-speech-2', kind: 'speech-level', paragraph: 5, replace: [['다시 옵니다.', '다시 온다.']] },
  { id: 'r13-speech-3', kind: 'speech-level', paragraph: 9, replace: [['금방 영향을 받아요.', '금방 영향을 받는다.']] },
  { id: 'r13-speech-4', kind: 'speech-level', paragraph: 11, replace: [['물을 끌어다 써요.', '물을 끌어다 써.']] },
  { id: 'r13-speech-5', kind: 'speech-level', paragraph: 15, replace: [['추진하고 있습니다.', '추진하고 있다.']] },
  { id: 'r13-speech-6', kind: 'speech-level', paragraph: 22, replace: [['다시 검토합니다.', '다시 검토한다.']] },
  { id: 'r13-speech-7', kind: 'speech-level', paragraph: 20, replace: [['넘게 버려져요.', '넘게 버려진다.']] },
  // Names lost: the guest reduced to his surname where the source gives his full name, the reporter
  // likewise, the farmer's given name misheard (순자 → 선자), the governor's name dropped, the
  // American transliterated against the glossary, the anchor's given name misspelt, the guest's
  // name dropped from the sign-off.
  { id: 'r13-name-1', kind: 'name-lost', paragraph: 8, replace: [['고민석 교수가', '고 교수가']] },
  { id: 'r13-name-2', kind: 'name-lost', paragraph: 4, replace: [['강도현 기자가', '강 기자가']] },
  { id: 'r13-name-3', kind: 'name-lost', paragraph: 6, replace: [['양순자 씨도', '양선자 씨도']] },
  { id: 'r13-name-4', kind: 'name-lost', paragraph: 14, replace: [['오영훈 지사는', '지사는']] },
  { id: 'r13-name-5', kind: 'name-lost', paragraph: 17, replace: [['세라 휫필드와도', '세라 휘트필드와도']] },
  { id: 'r13-name-6', kind: 'name-lost', paragraph: 1, replace: [['한서연입니다', '한서현입니다']] },
  { id: 'r13-name-7', kind: 'name-lost', paragraph: 21, replace: [['제주대학교 고민석 교수와', '제주대학교 교수와']] },
];

/** Correct alternatives: each must raise nothing the clean text does not. */
export const R13_PROBES: CleanProbe[] = [
  // A paraphrase of the same content.
  { id: 'r13-probe-1', paragraph: 3, replace: [['시간을 정해 물을 끊는 것은', '정해진 시간에 단수하는 것은']] },
  // A pronoun for someone named in the same paragraph.
  { id: 'r13-probe-2', paragraph: 18, replace: [['휫필드는 또 관측정', '그는 또 관측정']] },
  // Another correct number form: a fifth as 20 %, half a century as 50 years, 4.2 m spelt out,
  // 3,000만 as 3천만.
  { id: 'r13-probe-3', paragraph: 7, replace: [['5분의 1가량', '20%가량']] },
  { id: 'r13-probe-4', paragraph: 1, replace: [['반세기 만에', '50년 만에']] },
  { id: 'r13-probe-5', paragraph: 2, replace: [['4.2m', '4.2미터']] },
  { id: 'r13-probe-6', paragraph: 7, replace: [['약 1억 3,000만 달러', '약 1억 3천만 달러']] },
  // Reordered clauses.
  {
    id: 'r13-probe-7',
    paragraph: 16,
    replace: [['비용이 많이 들고 에너지도 많이 쓰는 데다', '에너지를 많이 쓰고 비용도 많이 드는 데다']],
  },
  // Two short sentences merged into one, keeping every content.
  {
    id: 'r13-probe-8',
    paragraph: 9,
    replace: [
      ['땅속으로 스며들어요. 1년 내내 물이 흐르는 하천도 거의 없고요.', '땅속으로 스며드는 데다 1년 내내 물이 흐르는 하천도 거의 없어요.'],
    ],
  },
  // A register a speaker legitimately uses in a quotation: the farmer answering the reporter in
  // 합쇼체, the American's statement quoted in 합쇼체.
  {
    id: 'r13-probe-9',
    paragraph: 6,
    replace: [
      ['처음 봐요.', '처음 봅니다.'],
      ['주고 있어요”라고', '주고 있습니다”라고'],
    ],
  },
  {
    id: 'r13-probe-10',
    paragraph: 18,
    replace: [
      ['걸릴 수 있다”면서', '걸릴 수 있습니다”라면서'],
      ['적게 든다”고', '적게 듭니다”라고'],
    ],
  },
  // The glossary's short form of the corporation's name.
  { id: 'r13-probe-11', paragraph: 12, replace: [['제주특별자치도개발공사(JPDC)', '제주개발공사(JPDC)']] },
  // A unit written in Latin letters, as Korean papers do.
  { id: 'r13-probe-12', paragraph: 20, replace: [['200리터 넘게', '200L 넘게']] },
];
