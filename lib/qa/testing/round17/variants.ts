// Round-17 held-out set of issue #15 (written by the round-17 QA engineer BEFORE any check was run
// on it, committed alone before any check was changed, and never edited after seeing results): a
// health and medicine news story (alzheimers-drug.en.txt: the Ministry of Food and Drug Safety
// approves Nuremia, a home-grown Alzheimer's drug of the invented Hanbit Bio, after a phase 3 trial —
// a headline, a lede and 21 body paragraphs; the neurologist Ryu Ji-hoon(류지훈) (Ryu → 류, not 유),
// the chief executive Noh Sang-woo(노상우) (Noh → 노), the ministry's Cheon Hye-rin(천혜린) (Cheon →
// 천, not 전) and the patient's daughter Bae Yun-seo(배윤서) (Bae → 배) with their Hangul in
// brackets; Laura Mitchell of the American partner Brightwell Therapeutics written in Hangul; MFDS,
// FDA, EMA, MRI, PET, HIRA, ARIA, CDR-SB, APOE4, KOSDAQ; trial figures (1482명, 64개 병원, 29.4%,
// 1.21/1.71/0.50점, 12.6%, 2.3%, 18%), won in 만/억/조 (190만 원, 8만7300원, 4조2000억 원), dollars
// (1290달러, 8500만 달러, 12억 달러), a range (3~4개월), ordinals (첫 번째 … 일곱 번째, 두 번째), counts
// with counters (명, 곳, 건, 개), an ISO date (2026-12-03); on Thursday → 3일, Monday, Jan. 11 → 내년
// 1월 11일(월); last year, this month's start (earlier this month → 이달 초), next month, next year,
// the end of next year, two years ago, in September, since March, by June, by 2035; events, the
// company, the drug and people invented, real institutions and the real drug Leqembi named as names
// only) and its careful Korean newspaper translation (alzheimers-drug.ko.txt: 해라체 narration, a
// noun-ending headline; the chief executive quoted in 합쇼체 at his news conference, the daughter in
// 해요체, the neurologist, the ministry official and the American executive in the 해라체 Korean
// papers use for quoted statements; after the first mention 류 교수, 노 대표, 배 씨, 미첼 부문장, the
// MFDS later 식약처, HIRA later 심평원, KOSDAQ as 코스닥; the drug names in ‘ ’), 90 single-error
// variants of every kind and 12 clean probes. Same format and scoring as ../variants.ts. Written
// before any check was run on it, committed alone.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';

/** The glossary a client would send with this story (not every person named is in it). */
export const R17_TERMS: QaTerm[] = [
  { source: 'Ryu Ji-hoon', target: '류지훈', kind: 'NAME' },
  { source: 'Noh Sang-woo', target: '노상우', kind: 'NAME' },
  { source: 'Cheon Hye-rin', target: '천혜린', kind: 'NAME' },
  { source: 'Bae Yun-seo', target: '배윤서', kind: 'NAME' },
  { source: 'Laura Mitchell', target: '로라 미첼', kind: 'NAME' },
  { source: 'Ministry of Food and Drug Safety', target: '식품의약품안전처 | 식약처', kind: 'TERM' },
  { source: 'Health Insurance Review and Assessment Service', target: '건강보험심사평가원 | 심평원', kind: 'TERM' },
  { source: 'Food and Drug Administration', target: '식품의약국', kind: 'TERM' },
  { source: 'European Medicines Agency', target: '유럽의약품청', kind: 'TERM' },
  { source: 'Hanbit Bio', target: '한빛바이오', kind: 'TERM' },
  { source: 'Nuremia', target: '뉴레미아', kind: 'TERM' },
  { source: 'Brightwell Therapeutics', target: '브라이트웰 테라퓨틱스', kind: 'TERM' },
  { source: 'placebo', target: '위약', kind: 'TERM' },
];

// Mojibake, one mechanism each, none used in rounds 4–16: UTF-8 read as Windows-1257, Baltic
// (척도인); UTF-8 read as Windows-1255, Hebrew (치매); UTF-8 read as Windows-1258, Vietnamese, with
// stray combining acute accents (뇌척수액); UTF-8 read as Windows-1252 twice, double mojibake
// (위약군); UTF-8 read as DOS code page 437, Greek letters, maths signs and box drawing (된장찌개를);
// UTF-8 read as DOS code page 866, Cyrillic and box drawing (브라이트웰); UTF-8 read as Mac Roman
// (코스닥).
const MOJI = {
  척도인: '\u0123\u00b2\u2122\u0117\u00b8\u201e\u0123\u00af\u00f8',
  치매: '\u05dc\u00b9\u02dc\u05db\u00a7\u20aa',
  뇌척수액: '\u00eb\u2021\u0152\u0301\u00b2\u2122\u0301\u02c6\u02dc\u0301\u2022\u00a1',
  위약군: '\u00c3\u00ac\u00c5\u201c\u00e2\u20ac\u017e\u00c3\u00ac\u00e2\u20ac\u00a2\u00c2\u00bd\u00c3\u00aa\u00c2\u00b5\u00c2\u00b0',
  된장찌개를: '\u03b4\u00c9\u00a3\u221e\u20a7\u00d1\u221e\u2591\u00ee\u03a9\u2591\u00a3\u03b4\u00d1\u255d',
  브라이트웰: '\u044b\u2555\u041c\u044b\u042d\u255d\u044c\u042d\u2524\u044d\u041a\u2555\u044c\u042b\u2591',
  코스닥: '\u00cf\u03a9\u00ee\u00cf\u00e4\u00a7\u00ce\u00e3\u2022',
};

export const R17_VARIANTS: Variant[] = [
  // Straight quotes: a straight closing double after a quoted phrase before 것이라고, a straight
  // opening before the second of two quotes, a balanced straight single pair around the drug's name,
  // a straight single closing after the other drug's name, a straight closing after 해요체 speech
  // before 라고, a straight closing before 고 밝혔다.
  { id: 'r17-squote-1', kind: 'straight-quote', paragraph: 5, replace: [['분명한” 것이라고', '분명한" 것이라고']] },
  { id: 'r17-squote-2', kind: 'straight-quote', paragraph: 10, replace: [['“내년 말까지', '"내년 말까지']] },
  { id: 'r17-squote-3', kind: 'straight-quote', paragraph: 1, replace: [['‘뉴레미아’를', "'뉴레미아'를"]] },
  { id: 'r17-squote-4', kind: 'straight-quote', paragraph: 8, replace: [['‘레켐비’는', "‘레켐비'는"]] },
  { id: 'r17-squote-5', kind: 'straight-quote', paragraph: 19, replace: [['못 했어요”라고', '못 했어요"라고']] },
  { id: 'r17-squote-6', kind: 'straight-quote', paragraph: 13, replace: [['했다”고 밝혔다', '했다"고 밝혔다']] },

  // Repeated words: an adverbial subject, a noun with its particle, an adverb before a verb, a short
  // adverb (더 더), a noun before a count.
  { id: 'r17-repeat-1', kind: 'repeated-word', paragraph: 6, replace: [['대부분은 증상이', '대부분은 대부분은 증상이']] },
  { id: 'r17-repeat-2', kind: 'repeated-word', paragraph: 11, replace: [['건강보험이 적용되면', '건강보험이 건강보험이 적용되면']] },
  { id: 'r17-repeat-3', kind: 'repeated-word', paragraph: 20, replace: [['분명히 들어야', '분명히 분명히 들어야']] },
  { id: 'r17-repeat-4', kind: 'repeated-word', paragraph: 14, replace: [['위험이 더 높다는', '위험이 더 더 높다는']] },
  { id: 'r17-repeat-5', kind: 'repeated-word', paragraph: 21, replace: [['병원 120곳으로', '병원 병원 120곳으로']] },

  // Markup, none used in rounds 4–16: a numeric character reference for a no-break space, CAT-tool
  // curly placeholders, an HTML footnote marker, Markdown bold, a div break between sentences, an
  // HTML comment left after the headline.
  { id: 'r17-markup-1', kind: 'markup', paragraph: 3, replace: [['29.4% 늦췄다', '29.4%&#160;늦췄다']] },
  { id: 'r17-markup-2', kind: 'markup', paragraph: 7, replace: [['주입 관련 반응은', '{1}주입 관련 반응은{/1}']] },
  { id: 'r17-markup-3', kind: 'markup', paragraph: 18, replace: [['보건복지부에 따르면', '보건복지부<sup>1</sup>에 따르면']] },
  { id: 'r17-markup-4', kind: 'markup', paragraph: 21, replace: [['38곳에', '**38곳**에']] },
  { id: 'r17-markup-5', kind: 'markup', paragraph: 11, replace: [['신청했다. 노 대표는', '신청했다.</div><div>노 대표는']] },
  { id: 'r17-markup-6', kind: 'markup', paragraph: 0, replace: [['품목허가', '품목허가<!-- 제목 -->']] },

  // Replacement characters: a unit lost after a decimal, the middle dot lost between two company
  // names, two syllables lost, the currency unit lost after a price, the counter 세 lost.
  { id: 'r17-fffd-1', kind: 'replacement-char', paragraph: 4, replace: [['1.21점', '1.21\uFFFD']] },
  { id: 'r17-fffd-2', kind: 'replacement-char', paragraph: 8, replace: [['에자이·바이오젠', '에자이\uFFFD바이오젠']] },
  { id: 'r17-fffd-3', kind: 'replacement-char', paragraph: 14, replace: [['APOE4 유전자', 'APOE4 \uFFFD\uFFFD자']] },
  { id: 'r17-fffd-4', kind: 'replacement-char', paragraph: 17, replace: [['8만7300원에', '8만7300\uFFFD에']] },
  { id: 'r17-fffd-5', kind: 'replacement-char', paragraph: 20, replace: [['80세 이상', '80\uFFFD 이상']] },

  { id: 'r17-moji-1', kind: 'mojibake', paragraph: 4, replace: [['척도인', MOJI.척도인]] },
  { id: 'r17-moji-2', kind: 'mojibake', paragraph: 12, replace: [['치매 치료제는', `${MOJI.치매} 치료제는`]] },
  { id: 'r17-moji-3', kind: 'mojibake', paragraph: 2, replace: [['뇌척수액', MOJI.뇌척수액]] },
  { id: 'r17-moji-4', kind: 'mojibake', paragraph: 6, replace: [['위약군의', `${MOJI.위약군}의`]] },
  { id: 'r17-moji-5', kind: 'mojibake', paragraph: 19, replace: [['된장찌개를', MOJI.된장찌개를]] },
  { id: 'r17-moji-6', kind: 'mojibake', paragraph: 15, replace: [['브라이트웰 테라퓨틱스의', `${MOJI.브라이트웰} 테라퓨틱스의`]] },
  { id: 'r17-moji-7', kind: 'mojibake', paragraph: 17, replace: [['코스닥', MOJI.코스닥]] },

  // Latin names left in the Korean: a city, the partner company before a particle, the foreign
  // executive's name before her title, two company names joined by a middle dot, the developer.
  { id: 'r17-latin-1', kind: 'latin-name', paragraph: 19, replace: [['대구의 한 병원', 'Daegu의 한 병원']] },
  { id: 'r17-latin-2', kind: 'latin-name', paragraph: 16, replace: [['브라이트웰이', 'Brightwell이']] },
  { id: 'r17-latin-3', kind: 'latin-name', paragraph: 15, replace: [['로라 미첼 신경과학', 'Laura Mitchell 신경과학']] },
  { id: 'r17-latin-4', kind: 'latin-name', paragraph: 8, replace: [['에자이·바이오젠의', 'Eisai·Biogen의']] },
  { id: 'r17-latin-5', kind: 'latin-name', paragraph: 1, replace: [['한빛바이오가', 'Hanbit Bio가']] },

  // Particles: 를 after a consonant, 이 after a vowel, 가 after a consonant, 은 after a vowel, 이
  // after a vowel-final company name, 와 after a consonant, 로 after a consonant (ㅅ), 은 after an
  // acronym read with a final vowel (엠에프디에스).
  { id: 'r17-particle-1', kind: 'particle', paragraph: 9, replace: [['약값을', '약값를']] },
  { id: 'r17-particle-2', kind: 'particle', paragraph: 2, replace: [['플라크가 확인된', '플라크이 확인된']] },
  { id: 'r17-particle-3', kind: 'particle', paragraph: 7, replace: [['연구진이 치료와', '연구진가 치료와']] },
  { id: 'r17-particle-4', kind: 'particle', paragraph: 12, replace: [['심평원 관계자는', '심평원 관계자은']] },
  { id: 'r17-particle-5', kind: 'particle', paragraph: 15, replace: [['한빛바이오가 지난 9월', '한빛바이오이 지난 9월']] },
  { id: 'r17-particle-6', kind: 'particle', paragraph: 4, replace: [['기억력과 일상', '기억력와 일상']] },
  { id: 'r17-particle-7', kind: 'particle', paragraph: 21, replace: [['120곳으로', '120곳로']] },
  { id: 'r17-particle-8', kind: 'particle', paragraph: 1, replace: [['(MFDS)는', '(MFDS)은']] },

  // Acronyms: letters transposed, letters transposed in a four-letter acronym, the other health
  // insurer's acronym, a trade acronym for the FDA, the agency's former name (EMEA).
  { id: 'r17-acronym-1', kind: 'acronym', paragraph: 1, replace: [['(MFDS)', '(MDFS)']] },
  { id: 'r17-acronym-2', kind: 'acronym', paragraph: 6, replace: [['(ARIA)', '(AIRA)']] },
  { id: 'r17-acronym-3', kind: 'acronym', paragraph: 11, replace: [['(HIRA)', '(NHIS)']] },
  { id: 'r17-acronym-4', kind: 'acronym', paragraph: 15, replace: [['(FDA)', '(FTA)']] },
  { id: 'r17-acronym-5', kind: 'acronym', paragraph: 15, replace: [['(EMA)', '(EMEA)']] },

  // Phrase consistency: one English phrase translated two ways in two paragraphs — “trial” as
  // 임상실험 (elsewhere 임상시험), “placebo” as 가짜약 (elsewhere 위약), “dementia” as the Japanese
  // 인지증 (elsewhere 치매), “infusion” as 점적 (elsewhere 주입), “phase 3” as 3단계 (elsewhere 3상),
  // “approval” as 승인 (elsewhere 허가), “the ministry” as its former name 식약청 (elsewhere 식약처).
  { id: 'r17-phrase-1', kind: 'phrase-consistency', paragraph: 3, replace: [['3상 임상시험에서', '3상 임상실험에서']] },
  { id: 'r17-phrase-2', kind: 'phrase-consistency', paragraph: 3, replace: [['위약과 비교해', '가짜약과 비교해']] },
  { id: 'r17-phrase-3', kind: 'phrase-consistency', paragraph: 18, replace: [['국내 치매 환자는', '국내 인지증 환자는']] },
  { id: 'r17-phrase-4', kind: 'phrase-consistency', paragraph: 7, replace: [['주입 관련 반응은', '점적 관련 반응은']] },
  { id: 'r17-phrase-5', kind: 'phrase-consistency', paragraph: 22, replace: [['3상 결과는', '3단계 결과는']] },
  { id: 'r17-phrase-6', kind: 'phrase-consistency', paragraph: 14, replace: [['허가 조건에 따라', '승인 조건에 따라']] },
  { id: 'r17-phrase-7', kind: 'phrase-consistency', paragraph: 13, replace: [['천혜린 식약처', '천혜린 식약청']] },

  // Relative time: next year → this year, earlier this month → early last month, since (last) March
  // → from (coming) March, next month → next year, the end of next year → the end of this year,
  // next year's January → this year's, on Thursday → the day before.
  { id: 'r17-time-1', kind: 'relative-time', paragraph: 11, replace: [['내년부터 건강보험이', '올해부터 건강보험이']] },
  { id: 'r17-time-2', kind: 'relative-time', paragraph: 12, replace: [['이달 초 심사에', '지난달 초 심사에']] },
  { id: 'r17-time-3', kind: 'relative-time', paragraph: 12, replace: [['지난 3월부터', '오는 3월부터']] },
  { id: 'r17-time-4', kind: 'relative-time', paragraph: 15, replace: [['다음 달 유럽의약품청', '내년 유럽의약품청']] },
  { id: 'r17-time-5', kind: 'relative-time', paragraph: 10, replace: [['내년 말까지', '올해 말까지']] },
  { id: 'r17-time-6', kind: 'relative-time', paragraph: 21, replace: [['내년 1월 11일(월)부터', '올해 1월 11일(월)부터']] },
  { id: 'r17-time-7', kind: 'relative-time', paragraph: 17, replace: [['3일 코스닥', '2일 코스닥']] },

  // Dropped sentences: the lede's second sentence, the closing sentence of a two-sentence paragraph,
  // the first sentence of a short paragraph, the official's second sentence, the second sentence
  // inside the daughter's quotation, the short opening sentence of a paragraph, the closing quote.
  {
    id: 'r17-drop-1',
    kind: 'dropped-sentence',
    paragraph: 1,
    replace: [[' 후기 임상시험에서 병의 진행을 늦추는 효과가 확인된 국산 신약은 이번이 처음이다.', '']],
  },
  { id: 'r17-drop-2', kind: 'dropped-sentence', paragraph: 6, replace: [[' 대부분은 증상이 없었고 3~4개월 안에 사라졌다.', '']] },
  { id: 'r17-drop-3', kind: 'dropped-sentence', paragraph: 7, replace: [['주입 관련 반응은 환자의 18%에서 보고됐다. ', '']] },
  {
    id: 'r17-drop-4',
    kind: 'dropped-sentence',
    paragraph: 12,
    replace: [[' 이 관계자는 심사에 보통 150일이 걸리지만 치매 치료제는 지난 3월부터 우선 심사 대상이 됐다고 설명했다.', '']],
  },
  {
    id: 'r17-drop-5',
    kind: 'dropped-sentence',
    paragraph: 19,
    replace: [['기억하세요. 2년 전만 해도 이렇게 오래 가리라고는 생각도 못 했어요”라고', '기억하세요”라고']],
  },
  { id: 'r17-drop-6', kind: 'dropped-sentence', paragraph: 20, replace: [['임상 책임자조차 신중론을 폈다. ', '']] },
  {
    id: 'r17-drop-7',
    kind: 'dropped-sentence',
    paragraph: 22,
    replace: [[' 그는 “그 약이야말로 가족들의 일상을 바꿀 약이 될 것입니다”라고 말했다.', '']],
  },

  // Numbers: a digit dropped from a count, a decimal shifted (0.50 → 0.05), 만 misplaced by a factor
  // of ten in a price, a monthly amount rewritten a hundred times too small, an item lost from a
  // list of ordinals, a billion dollars as 1억2000만 (millions), trillion won as 억, the end of a
  // range, a target year.
  { id: 'r17-number-1', kind: 'numbers', paragraph: 3, replace: [['1482명', '148명']] },
  { id: 'r17-number-2', kind: 'numbers', paragraph: 4, replace: [['0.50점', '0.05점']] },
  { id: 'r17-number-3', kind: 'numbers', paragraph: 9, replace: [['약 190만 원(1290달러)', '약 19만 원(1290달러)']] },
  { id: 'r17-number-4', kind: 'numbers', paragraph: 11, replace: [['한 달에 19만 원', '한 달에 1900원']] },
  { id: 'r17-number-5', kind: 'numbers', paragraph: 14, replace: [['세 번째, 다섯 번째, 일곱 번째', '세 번째, 일곱 번째']] },
  { id: 'r17-number-6', kind: 'numbers', paragraph: 16, replace: [['최대 12억 달러', '최대 1억2000만 달러']] },
  { id: 'r17-number-7', kind: 'numbers', paragraph: 17, replace: [['약 4조2000억 원', '약 4200억 원']] },
  { id: 'r17-number-8', kind: 'numbers', paragraph: 6, replace: [['3~4개월', '3~6개월']] },
  { id: 'r17-number-9', kind: 'numbers', paragraph: 18, replace: [['2035년에는', '2030년에는']] },

  // Speech levels: 합쇼체 in the narration, the chief executive's 합쇼체 quote turned 해요체, the
  // daughter's 해요체 quote slipping into 해라체 mid-quote, a note-style 음 ending in the narration,
  // 해요체 in the narration, 반말 in the chief executive's press-conference quote.
  { id: 'r17-speech-1', kind: 'speech-level', paragraph: 3, replace: [['늦췄다.', '늦췄습니다.']] },
  { id: 'r17-speech-2', kind: 'speech-level', paragraph: 10, replace: [['목표입니다”라고', '목표예요”라고']] },
  { id: 'r17-speech-3', kind: 'speech-level', paragraph: 19, replace: [['기억하세요.', '기억한다.']] },
  { id: 'r17-speech-4', kind: 'speech-level', paragraph: 17, replace: [['이르렀다.', '이르렀음.']] },
  { id: 'r17-speech-5', kind: 'speech-level', paragraph: 7, replace: [['판단했다.', '판단했어요.']] },
  { id: 'r17-speech-6', kind: 'speech-level', paragraph: 22, replace: [['될 것입니다”라고', '될 거야”라고']] },

  // Names lost: the neurologist's name dropped before his title, the chief executive's name dropped,
  // Cheon misread as 전, Bae written 베, the American executive's name dropped, Ryu written 유 at the
  // second mention, the chief executive's name replaced by a pronoun with no antecedent.
  { id: 'r17-name-1', kind: 'name-lost', paragraph: 5, replace: [['류지훈 서울대병원 신경과 교수는', '서울대병원 신경과 교수는']] },
  { id: 'r17-name-2', kind: 'name-lost', paragraph: 9, replace: [['노상우 한빛바이오 대표는', '한빛바이오 대표는']] },
  { id: 'r17-name-3', kind: 'name-lost', paragraph: 13, replace: [['천혜린', '전혜린']] },
  { id: 'r17-name-4', kind: 'name-lost', paragraph: 19, replace: [['배윤서(47) 씨는', '베윤서(47) 씨는']] },
  { id: 'r17-name-5', kind: 'name-lost', paragraph: 15, replace: [['로라 미첼 신경과학 부문장은', '신경과학 부문장은']] },
  { id: 'r17-name-6', kind: 'name-lost', paragraph: 20, replace: [['류 교수는', '유 교수는']] },
  { id: 'r17-name-7', kind: 'name-lost', paragraph: 22, replace: [['노 대표는', '그는']] },
];

export const R17_PROBES: CleanProbe[] = [
  // The source's acronym kept after the market's Korean name.
  { id: 'r17-probe-1', paragraph: 17, replace: [['코스닥 시장에서', '코스닥(KOSDAQ) 시장에서']] },
  // The unit written without a space, as some papers do.
  { id: 'r17-probe-2', paragraph: 9, replace: [['약 190만 원(1290달러)', '약 190만원(1290달러)']] },
  // The weekday written out instead of in brackets.
  { id: 'r17-probe-3', paragraph: 21, replace: [['내년 1월 11일(월)부터', '내년 1월 11일 월요일부터']] },
  // 이번 달 for 이달: the same month.
  { id: 'r17-probe-4', paragraph: 12, replace: [['이달 초', '이번 달 초']] },
  // The chief executive's 합쇼체 quote given in the 해라체 papers use for quoted statements.
  { id: 'r17-probe-5', paragraph: 22, replace: [['될 것입니다”라고', '될 것이다”라고']] },
  // A range in native Korean words.
  { id: 'r17-probe-6', paragraph: 6, replace: [['3~4개월 안에', '서너 달 안에']] },
  // The ISO date written as a Korean date.
  { id: 'r17-probe-7', paragraph: 2, replace: [['2026-12-03 날짜로', '2026년 12월 3일 자로']] },
  // Surname and title instead of a pronoun for the official named earlier in the paragraph.
  { id: 'r17-probe-8', paragraph: 13, replace: [['그는 “투여', '천 과장은 “투여']] },
  // The same fact reworded with the subject first.
  {
    id: 'r17-probe-9',
    paragraph: 18,
    replace: [['치매 환자 10명 중 7명가량이 알츠하이머병이다.', '알츠하이머병은 전체 치매의 약 70%를 차지한다.']],
  },
  // The apposition reordered: affiliation first, then name and title.
  { id: 'r17-probe-10', paragraph: 5, replace: [['류지훈 서울대병원 신경과 교수는', '서울대병원 신경과 류지훈 교수는']] },
  // A romanised gloss after the foreign name the source writes in Latin.
  { id: 'r17-probe-11', paragraph: 15, replace: [['로라 미첼 신경과학', '로라 미첼(Laura Mitchell) 신경과학']] },
  // 에서 for 에게서 after a noun for people, as medical writing has it.
  { id: 'r17-probe-12', paragraph: 20, replace: [['환자에게서는', '환자에서는']] },
];
