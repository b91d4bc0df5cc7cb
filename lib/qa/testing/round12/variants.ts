// Round-12 held-out set of issue #15 (written by the round-12 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// news analysis (nk-statement.en.txt: a statement by Kwon Jong-gun of the North Korean Foreign
// Ministry carried by KCNA on Monday, Dec. 7, rejecting Seoul's Dec. 3 offer of military talks at
// Panmunjom and warning about the allied winter drills from Dec. 14; Kim Yo-jong's shorter
// statement; the Unification Ministry's spokesperson; the JCS; the last ICBM launch; the State
// Department; a KINU fellow and a CSIS analyst; Kaesong, the Arch of Reunification, the MSMT
// sanctions report, shells shipped via Rajin to Vladivostok, the IAEA on Yongbyon; separated
// families; events, figures and quotations invented, real officials' names used as names only), its
// careful Korean translation (nk-statement.ko.txt, newspaper 해라체; the spokesperson quoted in
// 합쇼체; dated Tuesday, Dec. 8, 2026: on Monday → 7일, on Thursday, Dec. 3 → 지난 3일(목), on
// Oct. 31 → 지난 10월 31일, in September → 지난 9월, last month → 지난달, next month → 다음 달;
// the Joint Chiefs of Staff (JCS) → 합동참모본부(합참) as Korean papers write it; Rachel Minsky →
// 레이철 민스키 by the loanword orthography), 90 single-error variants of every kind and 12 clean
// probes. Same format and scoring as ../variants.ts. Its first measure is the blind figure in
// ../README.md.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The project glossary an owner would have confirmed for this story. */
export const R12_TERMS: QaTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'Kim Yo-jong', target: '김여정', kind: 'NAME' },
  { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
  { source: 'Koo Byoung-sam', target: '구병삼', kind: 'NAME' },
  { source: 'Hong Min', target: '홍민', kind: 'NAME' },
  { source: 'Rachel Minsky', target: '레이철 민스키', kind: 'NAME' },
  { source: 'Korean Central News Agency', target: '조선중앙통신', kind: 'TERM' },
  { source: 'Korea Institute for National Unification', target: '통일연구원', kind: 'TERM' },
  { source: 'Arch of Reunification', target: '조국통일3대헌장기념탑', kind: 'TERM' },
];

// Mojibake: UTF-8 bytes read as Windows-1252 as a browser decodes it (undefined bytes kept as C1
// controls: 블라디보스토크로), UTF-8 bytes read as ISO-8859-1 (합동참모본부), EUC-KR bytes read as
// Windows-1252 (통일연구원), UTF-8 bytes read as the DOS code page 437 (대한적십자사가), and UTF-8
// encoded twice through Windows-1252 (통일부는).
const MOJI = {
  블라디보스토크로:
    '\u00eb\u00b8\u201d\u00eb\u009d\u00bc\u00eb\u201d\u201d\u00eb\u00b3\u00b4\u00ec\u0160\u00a4\u00ed\u2020\u00a0\u00ed\u0081\u00ac\u00eb\u00a1\u0153',
  합동참모본부: '\u00ed\u0095\u00a9\u00eb\u008f\u0099\u00ec\u00b0\u00b8\u00eb\u00aa\u00a8\u00eb\u00b3\u00b8\u00eb\u00b6\u0080',
  통일연구원: '\u00c5\u00eb\u00c0\u00cf\u00bf\u00ac\u00b1\u00b8\u00bf\u00f8',
  대한적십자사가:
    '\u03b4\u00ee\u00c7\u03c6\u00f2\u00a3\u221e\u00e1\u00fc\u221e\u00ef\u00a1\u221e\u20a7\u00c9\u221e\u00e9\u00bc\u03a9\u2591\u00c7',
  통일부는:
    '\u00c3\u00ad\u00e2\u20ac\u00a0\u00c2\u00b5\u00c3\u00ac\u00c2\u009d\u00c2\u00bc\u00c3\u00ab\u00c2\u00b6\u00e2\u201a\u00ac\u00c3\u00ab\u00c5\u00a0\u00e2\u20ac\u009d',
};

export const R12_VARIANTS: Variant[] = [
  // Straight quotes: a curly opening closed by a straight quote, a straight single quote opening a
  // double-quoted sentence, a straight pair in the headline, a straight pair on the first of two
  // quotations, a straight single pair where the source has double quotes, both quotations of a
  // paragraph in straight quotes.
  { id: 'r12-squote-1', kind: 'straight-quote', paragraph: 2, replace: [['“침략 예행연습”이라며', '“침략 예행연습"이라며']] },
  { id: 'r12-squote-2', kind: 'straight-quote', paragraph: 4, replace: [['“서울은 대화를', "'서울은 대화를"]] },
  { id: 'r12-squote-3', kind: 'straight-quote', paragraph: 0, replace: [['“압도적 대응”', '"압도적 대응"']] },
  {
    id: 'r12-squote-4',
    kind: 'straight-quote',
    paragraph: 11,
    replace: [['“북한은 선을 분명히 긋고 있다”며', '"북한은 선을 분명히 긋고 있다"며']],
  },
  { id: 'r12-squote-5', kind: 'straight-quote', paragraph: 9, replace: [['“전제 조건 없는”', "'전제 조건 없는'"]] },
  {
    id: 'r12-squote-6',
    kind: 'straight-quote',
    paragraph: 22,
    replace: [
      ['“문은 닫혔다”며', '"문은 닫혔다"며'],
      ['“그 문을 두드리는 자들은 손만 다칠 것”이라고', '"그 문을 두드리는 자들은 손만 다칠 것"이라고'],
    ],
  },
  // Repeated words: an organisation before a title, a degree word, a noun with its object particle,
  // a noun in a compound, an adverb before a passive, a conjunction.
  { id: 'r12-repeat-1', kind: 'repeated-word', paragraph: 5, replace: [['구병삼 통일부 대변인은', '구병삼 통일부 통일부 대변인은']] },
  { id: 'r12-repeat-2', kind: 'repeated-word', paragraph: 19, replace: [['시간이 얼마 남지', '시간이 얼마 얼마 남지']] },
  { id: 'r12-repeat-3', kind: 'repeated-word', paragraph: 13, replace: [['제재 이행을 감시하던', '제재 이행을 이행을 감시하던']] },
  { id: 'r12-repeat-4', kind: 'repeated-word', paragraph: 17, replace: [['대북 확성기 방송을', '대북 확성기 확성기 방송을']] },
  { id: 'r12-repeat-5', kind: 'repeated-word', paragraph: 21, replace: [['다시 거론될', '다시 다시 거론될']] },
  { id: 'r12-repeat-6', kind: 'repeated-word', paragraph: 14, replace: [['식량, 그리고 보고서가', '식량, 그리고 그리고 보고서가']] },
  // Leftover markup: a link around an agency, an HTML entity for an opening quote, an XLIFF inline
  // tag pair, a closing paragraph tag, a self-closing placeholder tag, Markdown bold from an MT
  // engine.
  {
    id: 'r12-markup-1',
    kind: 'markup',
    paragraph: 2,
    replace: [['조선중앙통신(KCNA)을', '<a href="http://kcna.kp">조선중앙통신</a>(KCNA)을']],
  },
  { id: 'r12-markup-2', kind: 'markup', paragraph: 16, replace: [['“북한은 도발의', '&ldquo;북한은 도발의']] },
  {
    id: 'r12-markup-3',
    kind: 'markup',
    paragraph: 13,
    replace: [['다국적제재모니터링팀(MSMT)은', '<g id="3">다국적제재모니터링팀</g>(MSMT)은']],
  },
  { id: 'r12-markup-4', kind: 'markup', paragraph: 19, replace: [['80대나 90대다.', '80대나 90대다.</p>']] },
  { id: 'r12-markup-5', kind: 'markup', paragraph: 20, replace: [['경고도 담겼다.', '경고도 담겼다.<x id="5"/>']] },
  { id: 'r12-markup-6', kind: 'markup', paragraph: 6, replace: [['약 1만 8000명과', '**약 1만 8000명**과']] },
  // U+FFFD where a character was lost in conversion: a syllable of a place, two syllables of a place,
  // the last syllable of a name, a syllable inside a compound, the headline's ellipsis.
  { id: 'r12-fffd-1', kind: 'replacement-char', paragraph: 3, replace: [['판문점에서', '판\ufffd점에서']] },
  { id: 'r12-fffd-2', kind: 'replacement-char', paragraph: 15, replace: [['영변 핵단지', '\ufffd\ufffd 핵단지']] },
  { id: 'r12-fffd-3', kind: 'replacement-char', paragraph: 17, replace: [['이재명 대통령은', '이재\ufffd 대통령은']] },
  { id: 'r12-fffd-4', kind: 'replacement-char', paragraph: 21, replace: [['대북제재위원회가', '대북제재위원\ufffd가']] },
  { id: 'r12-fffd-5', kind: 'replacement-char', paragraph: 0, replace: [['경고…남측', '경고\ufffd남측']] },
  // Mojibake (see MOJI).
  { id: 'r12-moji-1', kind: 'mojibake', paragraph: 14, replace: [['블라디보스토크로', MOJI.블라디보스토크로]] },
  { id: 'r12-moji-2', kind: 'mojibake', paragraph: 7, replace: [['합동참모본부(합참)는', `${MOJI.합동참모본부}(합참)는`]] },
  { id: 'r12-moji-3', kind: 'mojibake', paragraph: 11, replace: [['통일연구원 선임연구위원은', `${MOJI.통일연구원} 선임연구위원은`]] },
  { id: 'r12-moji-4', kind: 'mojibake', paragraph: 18, replace: [['대한적십자사가', MOJI.대한적십자사가]] },
  { id: 'r12-moji-5', kind: 'mojibake', paragraph: 23, replace: [['통일부는', MOJI.통일부는]] },
  // Romanised names left in the Korean: the truce village, a city, an airport, a missile, a port, a
  // person named only in Latin in the source, the nuclear complex.
  { id: 'r12-latin-1', kind: 'latin-name', paragraph: 3, replace: [['휴전 마을 판문점에서', '휴전 마을 Panmunjom에서']] },
  { id: 'r12-latin-2', kind: 'latin-name', paragraph: 12, replace: [['개성의 남북공동연락사무소를', 'Kaesong의 남북공동연락사무소를']] },
  { id: 'r12-latin-3', kind: 'latin-name', paragraph: 7, replace: [['평양 순안공항 일대에서', '평양 Sunan 공항 일대에서']] },
  { id: 'r12-latin-4', kind: 'latin-name', paragraph: 8, replace: [['화성-19형은', 'Hwasong-19형은']] },
  { id: 'r12-latin-5', kind: 'latin-name', paragraph: 14, replace: [['나진항을 거쳐', 'Rajin항을 거쳐']] },
  { id: 'r12-latin-6', kind: 'latin-name', paragraph: 16, replace: [['레이철 민스키는', 'Rachel Minsky는']] },
  { id: 'r12-latin-7', kind: 'latin-name', paragraph: 15, replace: [['영변 핵단지에서', 'Yongbyon 핵단지에서']] },
  // Particles that do not agree with the noun before them: after a parenthesised acronym, after a
  // model name ending in a consonant, after a currency word, 와/과, after a noun ending in a vowel,
  // 으로/로 after a closing quote, 와/과 before a country, after a noun ending in a consonant.
  { id: 'r12-particle-1', kind: 'particle', paragraph: 2, replace: [['조선중앙통신(KCNA)을', '조선중앙통신(KCNA)를']] },
  { id: 'r12-particle-2', kind: 'particle', paragraph: 8, replace: [['화성-19형은', '화성-19형는']] },
  { id: 'r12-particle-3', kind: 'particle', paragraph: 13, replace: [['약 12억 달러를', '약 12억 달러을']] },
  { id: 'r12-particle-4', kind: 'particle', paragraph: 14, replace: [['석유와 식량', '석유과 식량']] },
  { id: 'r12-particle-5', kind: 'particle', paragraph: 19, replace: [['생존자는', '생존자은']] },
  { id: 'r12-particle-6', kind: 'particle', paragraph: 10, replace: [['“제1의 적대국가”로', '“제1의 적대국가”으로']] },
  { id: 'r12-particle-7', kind: 'particle', paragraph: 21, replace: [['중국과 러시아는', '중국와 러시아는']] },
  { id: 'r12-particle-8', kind: 'particle', paragraph: 18, replace: [['연락선을 통한', '연락선를 통한']] },
  // Acronyms that do not match the source: letters transposed, another missile class, letters
  // swapped inside, another international agency, another think tank, a transposed acronym given to
  // a Korean name the source glosses with JCS.
  { id: 'r12-acronym-1', kind: 'acronym', paragraph: 2, replace: [['(KCNA)', '(KNCA)']] },
  { id: 'r12-acronym-2', kind: 'acronym', paragraph: 8, replace: [['대륙간탄도미사일(ICBM)을', '대륙간탄도미사일(SLBM)을']] },
  { id: 'r12-acronym-3', kind: 'acronym', paragraph: 13, replace: [['(MSMT)', '(MSTM)']] },
  { id: 'r12-acronym-4', kind: 'acronym', paragraph: 15, replace: [['국제원자력기구(IAEA)는', '국제원자력기구(IEA)는']] },
  { id: 'r12-acronym-5', kind: 'acronym', paragraph: 16, replace: [['전략국제문제연구소(CSIS)의', '전략국제문제연구소(CFR)의']] },
  { id: 'r12-acronym-6', kind: 'acronym', paragraph: 7, replace: [['합동참모본부(합참)는', '합동참모본부(JSC)는']] },
  // One English phrase rendered two ways: “statement” 담화 elsewhere, 성명 and 입장문 here; “drills”
  // 훈련 elsewhere, 연습 here; “the border” 군사분계선 elsewhere, 국경 here; “proposal” 제안
  // elsewhere, 제의 here; “military talks” 군사회담 elsewhere, 군사협상 here.
  { id: 'r12-phrase-1', kind: 'phrase-consistency', paragraph: 20, replace: [['권 국장의 담화에는', '권 국장의 성명에는']] },
  { id: 'r12-phrase-2', kind: 'phrase-consistency', paragraph: 7, replace: [['이번 훈련이 “방어적 성격”', '이번 연습이 “방어적 성격”']] },
  { id: 'r12-phrase-3', kind: 'phrase-consistency', paragraph: 17, replace: [['군사분계선 일대의', '국경 일대의']] },
  { id: 'r12-phrase-4', kind: 'phrase-consistency', paragraph: 18, replace: [['재개하자고 제안했을 때도', '재개하자고 제의했을 때도']] },
  { id: 'r12-phrase-5', kind: 'phrase-consistency', paragraph: 3, replace: [['실무 군사회담을 열어', '실무 군사협상을 열어']] },
  { id: 'r12-phrase-6', kind: 'phrase-consistency', paragraph: 4, replace: [['별도의 짧은 담화를', '별도의 짧은 입장문을']] },
  // Relative time changed: next week → this week, since last year → since this year, last month →
  // last week, next month → next year, since the start of the year → since last year, by the end of
  // the week → next week, the first half of this year → of last year.
  { id: 'r12-time-1', kind: 'relative-time', paragraph: 1, replace: [['다음 주 시작되는', '이번 주 시작되는']] },
  { id: 'r12-time-2', kind: 'relative-time', paragraph: 10, replace: [['지난해부터', '올해부터']] },
  { id: 'r12-time-3', kind: 'relative-time', paragraph: 13, replace: [['지난달 보고서에서', '지난주 보고서에서']] },
  { id: 'r12-time-4', kind: 'relative-time', paragraph: 21, replace: [['다음 달 유엔 안보리', '내년 유엔 안보리']] },
  { id: 'r12-time-5', kind: 'relative-time', paragraph: 18, replace: [['올해 들어 연락선을', '지난해부터 연락선을']] },
  { id: 'r12-time-6', kind: 'relative-time', paragraph: 23, replace: [['이번 주 안에', '다음 주 안에']] },
  { id: 'r12-time-7', kind: 'relative-time', paragraph: 13, replace: [['올해 상반기', '지난해 상반기']] },
  // One sentence dropped: the short closing remark of a paragraph, the middle of three, a short
  // opening, the second of two, the closing one of two about the carrier, the spokesperson's
  // addition, the short opening before a quotation.
  { id: 'r12-drop-1', kind: 'dropped-sentence', paragraph: 2, replace: [[' 그가 담화를 낸 것은 한 달 새 이번이 세 번째다.', '']] },
  {
    id: 'r12-drop-2',
    kind: 'dropped-sentence',
    paragraph: 8,
    replace: [[' 고체연료를 쓰는 화성-19형은 86분간 비행하며 고도 약 7687㎞까지 올라간 뒤 한반도 동쪽 바다에 떨어졌다.', '']],
  },
  { id: 'r12-drop-3', kind: 'dropped-sentence', paragraph: 13, replace: [['제재도 또 다른 압박 수단이다. ', '']] },
  {
    id: 'r12-drop-4',
    kind: 'dropped-sentence',
    paragraph: 14,
    replace: [[' 북한은 그 대가로 석유와 식량, 그리고 보고서가 “민감한 군사기술”이라고 표현한 것을 받았다.', '']],
  },
  { id: 'r12-drop-5', kind: 'dropped-sentence', paragraph: 6, replace: [[' 미 항공모함 전단도 처음으로 동해상에서 훈련에 참가한다.', '']] },
  {
    id: 'r12-drop-6',
    kind: 'dropped-sentence',
    paragraph: 9,
    replace: [[' 국무부 대변인은 한국, 일본과 긴밀히 공조하겠다고 덧붙였다.', '']],
  },
  { id: 'r12-drop-7', kind: 'dropped-sentence', paragraph: 22, replace: [['당분간 평양의 메시지는 단호하다. ', '']] },
  // Numbers: a ten-thousands figure cut (18,000 → 1만 800), digits transposed (86 → 68), billion
  // read as a hundred million (1.2 billion → 1억 2000만), a zero lost (9 million → 90만), the
  // decades of age shifted, a native Korean day count (나흘 → 닷새), fourteen heard as forty, an
  // ordinal (third → 두 번째).
  { id: 'r12-num-1', kind: 'numbers', paragraph: 6, replace: [['약 1만 8000명', '약 1만 800명']] },
  { id: 'r12-num-2', kind: 'numbers', paragraph: 8, replace: [['86분간', '68분간']] },
  { id: 'r12-num-3', kind: 'numbers', paragraph: 13, replace: [['약 12억 달러를', '약 1억 2000만 달러를']] },
  { id: 'r12-num-4', kind: 'numbers', paragraph: 14, replace: [['최소 900만 발', '최소 90만 발']] },
  { id: 'r12-num-5', kind: 'numbers', paragraph: 19, replace: [['80대나 90대다', '70대나 80대다']] },
  { id: 'r12-num-6', kind: 'numbers', paragraph: 3, replace: [['나흘 만에', '닷새 만에']] },
  { id: 'r12-num-7', kind: 'numbers', paragraph: 18, replace: [['최소 14차례', '최소 40차례']] },
  { id: 'r12-num-8', kind: 'numbers', paragraph: 2, replace: [['이번이 세 번째다', '이번이 두 번째다']] },
  // Speech level: a narrative sentence in 합쇼체 (-습니다 after a report verb, -ㅂ니다 after an
  // adjective, 것입니다) or 해요체 (-어요, -예요 after a noun, 돼요) in a 해라체 story.
  { id: 'r12-speech-1', kind: 'speech-level', paragraph: 7, replace: [['주시하고 있다고 전했다.', '주시하고 있다고 전했습니다.']] },
  { id: 'r12-speech-2', kind: 'speech-level', paragraph: 12, replace: [['하나씩 없애 왔다.', '하나씩 없애 왔어요.']] },
  { id: 'r12-speech-3', kind: 'speech-level', paragraph: 17, replace: [['대응은 신중하다.', '대응은 신중합니다.']] },
  { id: 'r12-speech-4', kind: 'speech-level', paragraph: 19, replace: [['80대나 90대다.', '80대나 90대예요.']] },
  { id: 'r12-speech-5', kind: 'speech-level', paragraph: 21, replace: [['제동을 걸 것으로 예상된다.', '제동을 걸 것으로 예상돼요.']] },
  { id: 'r12-speech-6', kind: 'speech-level', paragraph: 10, replace: [['겨냥했다는 것이다.', '겨냥했다는 것입니다.']] },
  // Names lost: a syllable misheard (근 → 군), a name transcribed from the romanisation (Yo-jong →
  // 요정), a named fellow turned anonymous, a syllable changed, the glossary's spelling not kept
  // (레이첼), the IAEA chief's name dropped, a city replaced by its country.
  { id: 'r12-name-1', kind: 'name-lost', paragraph: 2, replace: [['권정근 북한 외무성', '권정군 북한 외무성']] },
  { id: 'r12-name-2', kind: 'name-lost', paragraph: 4, replace: [['김여정 노동당 부부장도', '김요정 노동당 부부장도']] },
  {
    id: 'r12-name-3',
    kind: 'name-lost',
    paragraph: 11,
    replace: [['홍민 통일연구원 선임연구위원은', '통일연구원의 한 선임연구위원은']],
  },
  { id: 'r12-name-4', kind: 'name-lost', paragraph: 5, replace: [['구병삼 통일부 대변인은', '구병산 통일부 대변인은']] },
  { id: 'r12-name-5', kind: 'name-lost', paragraph: 16, replace: [['레이철 민스키는', '레이첼 민스키는']] },
  { id: 'r12-name-6', kind: 'name-lost', paragraph: 15, replace: [['라파엘 그로시 IAEA 사무총장은', 'IAEA 사무총장은']] },
  { id: 'r12-name-7', kind: 'name-lost', paragraph: 14, replace: [['거쳐 블라디보스토크로', '거쳐 러시아로']] },
];

/** Correct alternative renderings: each must raise nothing new. */
export const R12_PROBES: CleanProbe[] = [
  // The acronym alone, as Korean papers often write ICBM.
  { id: 'r12-ok-acronym-alone', paragraph: 8, replace: [['대륙간탄도미사일(ICBM)을', 'ICBM을']] },
  // A pronoun for Kim Yo-jong, named earlier in the story.
  { id: 'r12-ok-pronoun', paragraph: 22, replace: [['김 부부장은 담화 말미에', '그는 담화 말미에']] },
  // Numbers written another correct way.
  { id: 'r12-ok-number-nospace', paragraph: 6, replace: [['약 1만 8000명', '약 1만8000명']] },
  { id: 'r12-ok-number-words', paragraph: 18, replace: [['최소 14차례', '최소 열네 차례']] },
  { id: 'r12-ok-km-comma', paragraph: 8, replace: [['약 7687㎞까지', '약 7,687km까지']] },
  // A date given without 지난 (the month is named in full).
  { id: 'r12-ok-date-absolute', paragraph: 8, replace: [['지난 10월 31일이다', '10월 31일이다']] },
  // Two clauses in the other order.
  {
    id: 'r12-ok-reordered',
    paragraph: 9,
    replace: [
      [
        '미 국무부가 미국은 북한에 “적대적 의도가 없다”며 “전제 조건 없는” 대화에 여전히 열려 있다고 밝혔다.',
        '미 국무부가 “전제 조건 없는” 대화에 여전히 열려 있다며 미국은 북한에 “적대적 의도가 없다”고 밝혔다.',
      ],
    ],
  },
  // Two sentences merged into one, every content kept.
  { id: 'r12-ok-merged', paragraph: 6, replace: [['200여 대가 참가한다. 미 항공모함 전단도', '200여 대가 참가하며, 미 항공모함 전단도']] },
  // A paraphrase.
  {
    id: 'r12-ok-paraphrase',
    paragraph: 19,
    replace: [['이산가족에게는 시간이 얼마 남지 않았다.', '이산가족들에게 남은 시간은 많지 않다.']],
  },
  // The spokesperson's words quoted in 해라체, as many papers render quotations.
  {
    id: 'r12-ok-quoted-haera',
    paragraph: 5,
    replace: [
      [
        '“우리의 제안은 여전히 유효합니다”라며 “정부는 언제든 연락 채널을 열어 두겠습니다”라고',
        '“우리의 제안은 여전히 유효하다”며 “정부는 언제든 연락 채널을 열어 두겠다”고',
      ],
    ],
  },
  // Single curly quotes in the headline, the Korean headline convention.
  { id: 'r12-ok-headline-single', paragraph: 0, replace: [['“압도적 대응”', '‘압도적 대응’']] },
  // A romanised gloss of the name the source gives.
  { id: 'r12-ok-gloss', paragraph: 16, replace: [['레이철 민스키는', '레이철 민스키(Rachel Minsky)는']] },
];
