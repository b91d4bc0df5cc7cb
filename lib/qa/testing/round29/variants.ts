// Round-29 held-out set (written by the round-29 QA writer BEFORE any check was run on it, committed
// alone before any check was changed, and never edited after seeing results): a national news wire
// story on college entrance exam day (suneung.en.txt, datelined SEOUL, Thursday, Nov. 19, 2026; the
// figures, the quotes and every person are INVENTED, real institutions, schools and places named as
// names only): the CSAT held at 1,282 sites in 86 districts for 524,170 registered candidates; the
// breakdown by seniors, graduates and equivalency candidates; the absence rate; the timetable (in by
// 8:10 a.m., Korean at 8:40 a.m., the last period over at 5:45 p.m.), offices and the stock market
// opening late, extra subway trains; the police with their patrol cars and motorcycles giving lifts to
// late candidates and fetching admission tickets; a police sergeant on his motorcycle runs; a Busan
// candidate who left her ID card and ticket at home; takeoffs and landings banned during the English
// listening section and the military's drills suspended; the KICE president's briefing (no "killer
// questions", EBS linkage); the chair of the question-setting committee on 38 days in isolation; the
// education ministry's admissions bureau chief on cheating cases; a teacher's analysis of the
// difficulty; the disputed English question 34 and its provisional answer; objections on KICE's
// website; a cram-school instructor's blog post; KICE's reply; a parent at the gate; a student; the
// score and admissions calendar; candidates with disabilities and in hospital; next year's reformed
// exam; the sergeant at the end of the day. A headline, a standfirst and 21 body paragraphs; the
// police sergeant Hyeon Min-gyu(현민규) (Hyeon → 현, not 형), the KICE president Gong Jae-hyuk(공재혁)
// (Jae → 재, not 제), the committee chair Ra Eun-seok(라은석) (Ra → 라, not the initial-sound 나), the
// ministry's bureau chief Namgung Seo-yeon(남궁서연) (the two-syllable surname 남궁, 남궁 국장 at the
// later mention), the teacher Yook Ji-hoon(육지훈) (Yook → 육), the instructor Maeng Do-hyun(맹도현)
// (Do-hyun → 도현, not 동현), the parent Jin Sook-hee(진숙희) and the student Kwak Yun-seo(곽윤서)
// (Kwak → 곽) with their Hangul in brackets; the Busan candidate only as 천모(18) 양; CSAT
// (대학수학능력시험, 수능), KICE (한국교육과정평가원, 평가원), KNPA (경찰청, not written in Latin),
// KRX (한국거래소(KRX)), MOLIT (국토교통부, 국토부), EBS (kept in Latin), OMR (kept in Latin), the 112
// emergency line; 524,170 → 52만4170명 (52만4000명 in the headline), 3.4%, 1,282 sites and 86
// districts, 340,112 + 163,905 + 20,153, 35.1%, 53,987 absentees and 10.3% against 10.8%, 8:10 a.m.,
// 8:40 a.m., 5:45 p.m., 10 a.m. and an hour, 37 extra trains, 11,400 officers and 2,130 vehicles, 283
// lifts and 41 on motorcycles, 19 tickets, four candidates in 40 minutes, eight minutes and one
// minute, 7:52 a.m., 6.5 km, 16 minutes, 8:09 a.m., 35 minutes from 1:05 p.m., 92 flights = 68 + 24,
// 3,000 metres (10,000 feet) → 3000m(1만 피트), about 50%, 510 setters and reviewers, 38 days since
// Oct. 12 (= Nov. 19), three checks → 세 차례씩, 11 cheats = seven + four, 90 points out of 100 and
// 6.2%, question 34, about 160 words, choices No. 2 and No. 4 of five, 1,146 objections and 812 of
// them, 637 last year, 230,000 views → 23만 회, 150 teacher reviewers, 1993, age 49, nearly nine
// hours → 아홉 시간, age 18, three questions, 20 days, 1,031 candidates and 1.5 to 1.7 times, nine in
// hospital, 137 sites, the 2022 revised curriculum, 18-year-olds → 열여덟 살; on Thursday → 19일 /
// 이날, last year → 지난해, since 2019 and since 1996, Oct. 12 → 지난달 12일, the September mock exam
// → 9월 모의평가, until 6 p.m. on Monday → 23일 오후 6시까지, on Dec. 1 → 다음 달 1일, on Dec. 9,
// 20 days after the exam → 시험 20일 뒤인 다음 달 9일, this weekend → 이번 주말, next week → 다음
// 주, from Dec. 29 to 31 → 다음 달 29~31일, this month → 이달 들어, next year's exam → 내년 수능, in
// March → 내년 3월) and its careful Korean translation (suneung.ko.txt: a noun-ending headline and
// standfirst, the body in newspaper 해라체; the sergeant, the KICE president, the committee chair and
// the bureau chief quoted in 합쇼체, the teacher, the parent and the student in 해요체, the
// instructor's blog post in written 해라체), 90 single-error variants of every kind and 12 clean
// probes. Same format and scoring as ../variants.ts.
import type { CleanProbe, Variant } from '../variants';
import type { QaTerm } from '../../types';
import { MOJI } from './mojibake';

/** The glossary a client would send with this story (not every person named is in it). */
export const R29_TERMS: QaTerm[] = [
  { source: 'Gong Jae-hyuk', target: '공재혁', kind: 'NAME' },
  { source: 'Namgung Seo-yeon', target: '남궁서연', kind: 'NAME' },
  { source: 'Ra Eun-seok', target: '라은석', kind: 'NAME' },
  { source: 'Yook Ji-hoon', target: '육지훈', kind: 'NAME' },
  { source: 'Hyeon Min-gyu', target: '현민규', kind: 'NAME' },
  { source: 'Maeng Do-hyun', target: '맹도현', kind: 'NAME' },
  { source: 'Korea Institute for Curriculum and Evaluation', target: '한국교육과정평가원', kind: 'TERM' },
  { source: 'College Scholastic Ability Test', target: '대학수학능력시험', kind: 'TERM' },
  { source: 'Korean National Police Agency', target: '경찰청', kind: 'TERM' },
  { source: 'Ministry of Land, Infrastructure and Transport', target: '국토교통부', kind: 'TERM' },
  { source: 'Korea Exchange', target: '한국거래소', kind: 'TERM' },
  { source: 'EBS', target: 'EBS', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
];

/** A variant with a note saying what is wrong (the scorer reads only the Variant fields). */
type NotedVariant = Variant & { note: string };
type NotedProbe = CleanProbe & { note: string };

const v = (id: string, kind: Variant['kind'], paragraph: number, from: string, to: string, note: string): NotedVariant => ({
  id,
  kind,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R29_VARIANTS: NotedVariant[] = [
  v(
    'r29-squote-1',
    'straight-quote',
    16,
    '“열린 자세로”',
    '‘‘열린 자세로’’',
    'two single curly quotes typed for each double quote around the president’s words',
  ),
  v(
    'r29-squote-2',
    'straight-quote',
    9,
    '‘킬러 문항’은',
    '’킬러 문항’은',
    'the term opened with a right single quote (the apostrophe), a smart-quote slip after a comma and space',
  ),
  v(
    'r29-squote-3',
    'straight-quote',
    6,
    '도착했습니다”라며',
    '도착했습니다〟라며',
    'a low double prime (U+301F) from the Hangul IME symbol table closes the sergeant’s first quote',
  ),
  {
    id: 'r29-squote-4',
    kind: 'straight-quote',
    paragraph: 17,
    replace: [
      ['“하루 종일', '『하루 종일'],
      ['만들었어요”라며', '만들었어요』라며'],
    ],
    note: 'Japanese white corner brackets (U+300E/U+300F) around the parent’s first quote, from a Japanese-style template',
  },
  v(
    'r29-squote-5',
    'straight-quote',
    1,
    '‘킬러 문항’ 배제',
    '❛킬러 문항❜ 배제',
    'heavy single ornamental quotes (U+275B/U+275C) from a symbol font around the term in the standfirst',
  ),
  v(
    'r29-squote-6',
    'straight-quote',
    22,
    '“1년 중',
    '˝1년 중',
    'a double acute accent (U+02DD) from a Hungarian keyboard layout opens the sergeant’s last quote',
  ),

  v('r29-repeat-1', 'repeated-word', 13, '그러나 몇 시간', '그러나 그러나 몇 시간', 'the sentence-opening conjunction doubled'),
  v(
    'r29-repeat-2',
    'repeated-word',
    2,
    '1282개 시험장에서',
    '1282개 1282개 시험장에서',
    'a figure with its counter doubled before the noun it counts',
  ),
  v(
    'r29-repeat-3',
    'repeated-word',
    11,
    '남궁서연 교육부',
    '남궁서연 남궁서연 교육부',
    'the full name at the start of the paragraph doubled',
  ),
  v(
    'r29-repeat-4',
    'repeated-word',
    4,
    '수험생들은 오전',
    '수험생들은\t수험생들은 오전',
    'the opening subject doubled with a tab between the copies, pasted from a spreadsheet cell',
  ),
  v(
    'r29-repeat-5',
    'repeated-word',
    17,
    '하루 종일 아무것도',
    '하루 종일 종일 아무것도',
    'the second word of the fixed expression 하루 종일 doubled inside the parent’s quote',
  ),
  v(
    'r29-repeat-6',
    'repeated-word',
    9,
    '이른바 ‘킬러',
    '이른바 이른바 ‘킬러',
    'the word 이른바 (so-called) doubled before the quoted term',
  ),

  v(
    'r29-markup-1',
    'markup',
    6,
    '“입실 마감',
    '00:01:12,400 --> 00:01:15,900 “입실 마감',
    'an SRT cue timing line from the broadcast’s subtitle file left before the sergeant’s quote',
  ),
  v('r29-markup-2', 'markup', 0, '수능…경찰', '수능&hellip;경찰', 'the headline’s ellipsis left as the named entity &hellip;'),
  v(
    'r29-markup-3',
    'markup',
    11,
    'OMR 답안지에',
    '<abbr title="Optical Mark Recognition">OMR</abbr> 답안지에',
    'an HTML abbreviation tag from the web edition left around OMR',
  ),
  v(
    'r29-markup-4',
    'markup',
    3,
    '재학생은 34만112명',
    '재학생은</td><td>34만112명',
    'HTML table-cell tags left between a label and its figure, pasted from the ministry’s table',
  ),
  v(
    'r29-markup-5',
    'markup',
    14,
    '다음 달 1일 정답을',
    '<time datetime="2026-12-01">다음 달 1일</time> 정답을',
    'an HTML time tag from the CMS left around the date',
  ),
  v(
    'r29-markup-6',
    'markup',
    10,
    '라은석 공주대',
    '<CharStyle:Bold>라은석<CharStyle:> 공주대',
    'InDesign tagged-text character-style codes from the print edition left around the name',
  ),

  v('r29-fffd-1', 'replacement-char', 5, '1만1400명과', '1\uFFFD1400명과', 'the unit 만 lost inside a number (11,400 reads as 1�1400)'),
  v(
    'r29-fffd-2',
    'replacement-char',
    21,
    '통합사회·통합과학',
    '통합사회\uE08A통합과학',
    'the middle dot exported from an HWP file as a private-use glyph (U+E08A) that shows as a box',
  ),
  v(
    'r29-fffd-3',
    'replacement-char',
    17,
    '만들었어요”라며',
    '만들었어요\uD83D”라며',
    'a lone high surrogate (U+D83D) left where an emoji from the parent’s chat message was cut in half',
  ),
  v('r29-fffd-4', 'replacement-char', 7, '6.5km 떨어진', '6.5\uFFFD 떨어진', 'the kilometre unit (a ㎞ sign in the source system) lost'),
  v(
    'r29-fffd-5',
    'replacement-char',
    4,
    '제2외국어·한문',
    '제2외국어\uFFFD\uFFFD한문',
    'the middle dot’s two UTF-8 bytes each decoded as U+FFFD',
  ),
  v('r29-fffd-6', 'replacement-char', 19, '성적통지표를', '성적통\uFFFD표를', 'a syllable in the middle of the compound 성적통지표 lost'),

  v('r29-moji-1', 'mojibake', 5, '수험표 19장도', `${MOJI.수험표} 19장도`, 'UTF-8 read as CP863 (DOS French Canadian)'),
  v(
    'r29-moji-2',
    'mojibake',
    3,
    '결시율은 10.3%',
    `${MOJI.결시율은} 10.3%`,
    'UTF-8 read as ISO-8859-4 (Latin-4, North European) with C1 controls',
  ),
  v('r29-moji-3', 'mojibake', 13, '가답안의', MOJI.가답안의, 'UTF-8 read as ISO-8859-14 (Latin-8, Celtic) with C1 controls'),
  v(
    'r29-moji-4',
    'mojibake',
    12,
    '모의평가보다',
    MOJI.모의평가보다,
    'UTF-8 read as UTF-16BE: private-use characters, CJK ideographs and unrelated Hangul',
  ),
  v('r29-moji-5', 'mojibake', 6, '한 지구대 소속', `한 ${MOJI.지구대} 소속`, 'EUC-KR read as CP866 (DOS Cyrillic, box drawing)'),
  v('r29-moji-6', 'mojibake', 7, '감독관이', MOJI.감독관이, 'EUC-KR read as ISO-8859-2 (Latin-2, Central European)'),
  v('r29-moji-7', 'mojibake', 19, '논술고사와', MOJI.논술고사와, 'UTF-8 read as CP720 (DOS Arabic, box drawing)'),

  v(
    'r29-latin-1',
    'latin-name',
    17,
    '김치볶음밥을',
    'kimchi fried rice를',
    'the dish left in the source’s lower-case English inside the parent’s quote',
  ),
  v(
    'r29-latin-2',
    'latin-name',
    9,
    '정부세종청사에서',
    'Government Complex Sejong에서',
    'the government complex under its official English name (not even the source’s wording) before a particle',
  ),
  v('r29-latin-3', 'latin-name', 18, '마포구의', 'Mapo-gu의', 'the district romanised with its administrative suffix -gu'),
  v(
    'r29-latin-4',
    'latin-name',
    16,
    '공 원장은 이날',
    'Gong 원장은 이날',
    'the president’s surname left in Latin before his title at a later mention',
  ),
  v('r29-latin-5', 'latin-name', 6, '선릉역에서', 'Seolleung Stn.에서', 'the subway station left in English with the abbreviation Stn.'),
  v(
    'r29-latin-6',
    'latin-name',
    7,
    '해운대구 집에',
    'Haeundae district 집에',
    'the district left in the source’s English with its common noun',
  ),

  v('r29-particle-1', 'particle', 20, '병원에서 시험을', '병원에 시험을', '에 for the place where the exam was taken (needs 에서)'),
  v('r29-particle-2', 'particle', 11, '11명이라고', '11명라고', 'the copula 이 dropped before 라고 after 명, which ends in ㅇ'),
  v('r29-particle-3', 'particle', 17, '제가 직접', '저가 직접', 'the pronoun 저 left unchanged before 가 (it becomes 제가)'),
  v(
    'r29-particle-4',
    'particle',
    4,
    '시험실에 입실해야',
    '시험실에서 입실해야',
    '에서 (place of action) for the destination of 입실하다 (needs 에)',
  ),
  v(
    'r29-particle-5',
    'particle',
    9,
    '‘킬러 문항’은',
    '‘킬러 문항’는',
    '는 across the closing single quote after 항, which ends in ㅇ (needs 은)',
  ),
  v(
    'r29-particle-6',
    'particle',
    7,
    '16분이 걸렸고',
    '16분을 걸렸고',
    'the object particle on the subject of the intransitive 걸리다 (needs 이)',
  ),
  v('r29-particle-7', 'particle', 16, '교사라며', '교사이라며', 'the copula 이 kept before 라며 after 사, which ends in a vowel'),

  v('r29-acronym-1', 'acronym', 4, '한국거래소(KRX)', '한국거래소(KSD)', 'the securities depository’s acronym for the Korea Exchange'),
  v(
    'r29-acronym-2',
    'acronym',
    8,
    '국토교통부(국토부)',
    '국토교통부(국방부)',
    'the defence ministry’s abbreviation (the military is in the same paragraph) for 국토부',
  ),
  v(
    'r29-acronym-3',
    'acronym',
    9,
    '한국교육과정평가원(평가원)',
    '한국교육과정평가원(KEDI)',
    'the Korean Educational Development Institute’s acronym for the exam authority',
  ),
  v(
    'r29-acronym-4',
    'acronym',
    11,
    'OMR 답안지에',
    'OCR 답안지에',
    'optical character recognition for the source’s optical mark (OMR) sheets',
  ),
  v('r29-acronym-5', 'acronym', 12, 'EBS 수능 분석', 'KBS 수능 분석', 'another broadcaster’s acronym for EBS'),
  v(
    'r29-acronym-6',
    'acronym',
    2,
    '대학수학능력시험(수능)',
    '대학수학능력시험(SAT)',
    'the American college admission test’s acronym in the brackets for 수능',
  ),

  v(
    'r29-phrase-1',
    'phrase-consistency',
    16,
    '이의 신청을 “열린',
    '이의 제기를 “열린',
    'objections as 이의 제기 once, 이의 신청 in the standfirst and the objections paragraph',
  ),
  v(
    'r29-phrase-2',
    'phrase-consistency',
    13,
    '빈칸 추론 문제로',
    '빈칸 채우기 문제로',
    'the blank-filling item calqued as 빈칸 채우기 once, 빈칸 추론 in the teacher’s quote',
  ),
  v(
    'r29-phrase-3',
    'phrase-consistency',
    22,
    '다시 오토바이에',
    '다시 모터사이클에',
    'the motorcycle as 모터사이클 once, 오토바이 everywhere else',
  ),
  v(
    'r29-phrase-4',
    'phrase-consistency',
    7,
    '오전 8시 9분 시험실에',
    '오전 8시 9분 고사실에',
    'the exam room as the school word 고사실 once, 시험실 elsewhere',
  ),
  v(
    'r29-phrase-5',
    'phrase-consistency',
    3,
    '지난해 결시율은',
    '지난해 결석률은',
    'the absence rate as 결석률 (school absences) in its second mention, 결시율 in the first',
  ),
  v(
    'r29-phrase-6',
    'phrase-consistency',
    8,
    '듣기 평가가 끝날',
    '리스닝 평가가 끝날',
    'the listening section as 리스닝 평가 once, 듣기 평가 in the headline and earlier in the paragraph',
  ),
  v(
    'r29-phrase-7',
    'phrase-consistency',
    5,
    '입실 마감 시각인',
    '입실 완료 시각인',
    'the cut-off as 입실 완료 once, 입실 마감 in the sergeant’s quote',
  ),

  v('r29-time-1', 'relative-time', 19, '이번 주말부터', '지난 주말부터', 'this weekend as last weekend, before the exam'),
  v(
    'r29-time-2',
    'relative-time',
    19,
    '20일 뒤인 다음 달 9일',
    '20일 뒤인 이달 9일',
    'Dec. 9 put in this month (Nov. 9, ten days before the exam) although it is 20 days after it',
  ),
  v(
    'r29-time-3',
    'relative-time',
    21,
    '내년 수능은',
    '올해 수능은',
    'next year’s reformed exam as this year’s, the one the story is about',
  ),
  v(
    'r29-time-4',
    'relative-time',
    16,
    '이날 저녁',
    '전날 저녁',
    'the evening of the exam day as the evening before, when there were no objections yet',
  ),
  v(
    'r29-time-5',
    'relative-time',
    12,
    '9월 모의평가보다',
    '지난달 모의평가보다',
    'the September mock exam as last month’s (October; the story is in November)',
  ),
  v(
    'r29-time-6',
    'relative-time',
    10,
    '지난달 12일부터',
    '지난 12일부터',
    'Oct. 12 as 지난 12일, which in Korean news means the 12th of this month (a week, not 38 days)',
  ),
  v(
    'r29-time-7',
    'relative-time',
    18,
    '다음 주부터 하려고요',
    '내일부터 하려고요',
    'next week in the student’s quote as tomorrow (Friday)',
  ),

  v(
    'r29-drop-1',
    'dropped-sentence',
    2,
    ' (이 기사의 수치와 인물, 발언은 모두 가상이다.)',
    '',
    'the bracketed sentence saying the figures and people are invented dropped',
  ),
  v('r29-drop-2', 'dropped-sentence', 11, ' 이들의 시험은 무효 처리된다.', '', 'the short middle sentence on voided results dropped'),
  v(
    'r29-drop-3',
    'dropped-sentence',
    14,
    '1146건이 올라왔고, 이 가운데 812건이 34번 문항에 관한 것이었다.',
    '1146건이 올라왔다.',
    'the clause with the 812 objections about question 34 dropped, the verb closed off',
  ),
  v(
    'r29-drop-4',
    'dropped-sentence',
    13,
    '빈칸 추론 문제로, 평가원이 시험 직후 공개한 가답안의 정답은 2번이다.',
    '빈칸 추론 문제다.',
    'the sentence on the provisional answer (No. 2) dropped, the one before it closed off',
  ),
  v(
    'r29-drop-5',
    'dropped-sentence',
    17,
    '만들었어요”라며 “나오면 그냥 안아 줄 거예요. 점수는 안 물어보려고요”라고',
    '만들었어요”라고',
    'the parent’s second quote (two sentences: the hug, not asking about scores) dropped',
  ),
  v(
    'r29-drop-6',
    'dropped-sentence',
    5,
    ' 수험생이 집에 두고 온 수험표 19장도 경찰관들이 대신 가져다줬다.',
    '',
    'the closing sentence on the 19 admission tickets dropped',
  ),

  v(
    'r29-number-1',
    'numbers',
    22,
    '열여덟 살들을',
    '열아홉 살들을',
    'the 18-year-olds turned into Korean age (19), which official usage dropped in 2023',
  ),
  v('r29-number-2', 'numbers', 8, '3000m(1만 피트)', '1만m(3000피트)', 'the two figures swapped between metres and feet'),
  v('r29-number-3', 'numbers', 21, '2022 개정', '2015 개정', 'the previous curriculum’s year for the 2022 revised curriculum'),
  v('r29-number-4', 'numbers', 13, '2번과 4번을', '2번과 3번을', 'the disputed second choice No. 4 as No. 3'),
  v('r29-number-5', 'numbers', 8, '오후 1시 5분부터', '오후 1시 50분부터', 'the start of the flight ban 1:05 p.m. read as 1:50'),
  v('r29-number-6', 'numbers', 2, '3.4% 늘었으며', '34% 늘었으며', 'the decimal point of the rise lost (3.4% → 34%)'),
  v('r29-number-7', 'numbers', 20, '1.5~1.7배로', '1.5~1.7시간으로', 'the extra-time multiplier as a duration in hours'),

  v('r29-speech-1', 'speech-level', 19, '29~31일이다.', '29~31일이래.', 'a narration sentence in the hearsay 반말 ending -래'),
  v('r29-speech-2', 'speech-level', 20, '응시했다.', '응시했더라.', 'a narration sentence in the retrospective -더라 of a diary or chat'),
  v(
    'r29-speech-3',
    'speech-level',
    3,
    '1996년 이후 가장 높다.',
    '1996년 이후 가장 높네요.',
    'a narration sentence in the exclamative 해요체 -네요',
  ),
  v(
    'r29-speech-4',
    'speech-level',
    16,
    '공 원장은 이날 저녁',
    '공 원장께서는 이날 저녁',
    'the honorific subject particle 께서 for the president in the narration, which news prose does not use',
  ),
  v(
    'r29-speech-5',
    'speech-level',
    9,
    '출제했습니다”라고',
    '출제했음”이라고',
    'the president’s spoken 합쇼체 quote ending in the memo-style nominal -음',
  ),
  v(
    'r29-speech-6',
    'speech-level',
    18,
    '찍어야 했어요”라며',
    '찍어야 했지 뭐야”라며',
    'the student’s 해요체 quote ending in the 반말 exclamative -지 뭐야',
  ),
  v(
    'r29-speech-7',
    'speech-level',
    6,
    '전화하십시오”라고',
    '전화하세요”라고',
    'the sergeant’s 합쇼체 quote ending in the 해요체 imperative -세요',
  ),

  v(
    'r29-name-1',
    'name-lost',
    11,
    '남궁서연 교육부',
    '남서연 교육부',
    'the two-syllable surname 남궁 cut to 남, not the glossary’s 남궁서연',
  ),
  v('r29-name-2', 'name-lost', 10, '라은석 공주대', '나은석 공주대', 'Ra written 나 by the initial-sound rule, not the glossary’s 라'),
  v('r29-name-3', 'name-lost', 12, '육지훈 교사는', '육지운 교사는', 'Ji-hoon written 지운 (the h lost), not the glossary’s 지훈'),
  v('r29-name-4', 'name-lost', 6, '현민규 경사는', '형민규 경사는', 'Hyeon written 형, not the glossary’s 현'),
  v('r29-name-5', 'name-lost', 9, '공재혁 원장은', '공제혁 원장은', 'Jae written 제 (ㅐ/ㅔ confused), not the glossary’s 재'),
  v(
    'r29-name-6',
    'name-lost',
    15,
    '맹도현 씨는',
    '맹동현 씨는',
    'Do-hyun written as the commoner given name 동현, not the glossary’s 도현',
  ),
];

const p = (id: string, paragraph: number, from: string, to: string, note: string): NotedProbe => ({
  id,
  paragraph,
  replace: [[from, to]],
  note,
});

export const R29_PROBES: NotedProbe[] = [
  p('r29-probe-1', 8, '3000m(1만 피트)', '3000m(1만ft)', 'the feet as the unit symbol ft'),
  p('r29-probe-2', 7, '천모(18) 양이', '수험생 천모(18) 양이', 'the candidate introduced with the noun 수험생'),
  p('r29-probe-3', 12, '9월 모의평가보다', '지난 9월 모의평가보다', 'the September mock exam with 지난 (past) before the month'),
  p('r29-probe-4', 16, '공 원장은 이날 저녁', '공재혁 원장은 이날 저녁', 'the president’s full name at a later mention'),
  p('r29-probe-5', 4, '오후 5시 45분에', '17시 45분에', 'the end of the exam on the 24-hour clock'),
  p('r29-probe-6', 14, '23일 오후 6시까지', '다음 주 월요일인 23일 오후 6시까지', 'the deadline’s weekday spelled out with the date'),
  p('r29-probe-7', 13, '160단어 안팎의', '약 160단어 분량의', '“about” as 약 before the figure'),
  p('r29-probe-8', 22, '열여덟 살들을', '18세 수험생들을', 'the age in figures with 세 and the noun 수험생'),
  p('r29-probe-9', 11, '스마트워치 같은 전자기기를', '스마트워치 등 전자기기를', '“such as” as 등'),
  p('r29-probe-10', 9, 'EBS 교재와', 'EBS(한국교육방송공사) 교재와', 'the broadcaster’s Korean name glossed in brackets after EBS'),
  p('r29-probe-11', 17, '아홉 시간 가까이', '9시간 가까이', 'the hours in figures'),
  p('r29-probe-12', 4, '한국거래소(KRX)도', '한국거래소도', 'the exchange without its Latin acronym, as most Korean papers write it'),
];
