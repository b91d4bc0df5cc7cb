// Seeded single-error variants of rice-offer.ko.txt (see README.md). Written before any check was
// run on them; never edited after seeing results. Each variant changes one thing in one paragraph
// and names the kind of error; the bench (bench/qa/run.ts) and quality test count a variant as
// caught when the faulty segment gets an issue from a check accepted for its kind (KIND_CHECKS)
// that the clean segment did not have.
import type { QaTerm } from '../types';

export const ERROR_KINDS = [
  'straight-quote',
  'repeated-word',
  'markup',
  'replacement-char',
  'mojibake',
  'latin-name',
  'particle',
  'acronym',
  'phrase-consistency',
  'relative-time',
  'dropped-sentence',
  'numbers',
  'speech-level',
  'name-lost',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export interface Variant {
  id: string;
  kind: ErrorKind;
  /** Paragraph index in rice-offer.{en,ko}.txt (splitParagraphs order). */
  paragraph: number;
  /** Clean → faulty, applied in order; each `from` must occur in the clean paragraph. */
  replace: [from: string, to: string][];
}

/** A change that is NOT an error (allowed Latin, alternative spellings): must raise nothing new. */
export interface CleanProbe {
  id: string;
  paragraph: number;
  replace: [from: string, to: string][];
}

/** The project glossary for this article (what an owner would have confirmed). */
export const RICE_TERMS: QaTerm[] = [
  { source: 'Chung Dong-hyun', target: '정동현', kind: 'NAME' },
  { source: 'Park Min-ji', target: '박민지', kind: 'NAME' },
  { source: 'Kim Yo-jong', target: '김여정', kind: 'NAME' },
  { source: 'Lee Sang-hoon', target: '이상훈', kind: 'NAME' },
  { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
  { source: 'World Food Programme', target: '세계식량계획', kind: 'TERM' },
  { source: 'Korea Development Institute', target: '한국개발연구원', kind: 'TERM' },
  { source: 'SCOPE', target: 'SCOPE', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
];

// Mojibake: the UTF-8 bytes of the Korean word read as Windows-1252 (what a wrong import shows).
const MOJI = {
  쌀값은: '\u00ec\u0152\u20ac\u00ea\u00b0\u2019\u00ec\u009d\u20ac',
  통일부: '\u00ed\u2020\u00b5\u00ec\u009d\u00bc\u00eb\u00b6\u20ac',
  교수는: '\u00ea\u00b5\u0090\u00ec\u02c6\u02dc\u00eb\u0160\u201d',
  밀가루: '\u00eb\u00b0\u20ac\u00ea\u00b0\u20ac\u00eb\u00a3\u00a8',
};

export const TUNE_VARIANTS: Variant[] = [
  { id: 't-squote-1', kind: 'straight-quote', paragraph: 8, replace: [['“값싼 술책”이라고', '"값싼 술책이라고']] },
  { id: 't-squote-2', kind: 'straight-quote', paragraph: 17, replace: [['“대응 조치”를', '"대응 조치를']] },
  { id: 't-squote-3', kind: 'straight-quote', paragraph: 9, replace: [['‘거리’를', "'거리를"]] },
  { id: 't-repeat-1', kind: 'repeated-word', paragraph: 4, replace: [['미묘한 시점에', '미묘한 미묘한 시점에']] },
  { id: 't-repeat-2', kind: 'repeated-word', paragraph: 14, replace: [['간단하지 않다', '간단하지 간단하지 않다']] },
  { id: 't-repeat-3', kind: 'repeated-word', paragraph: 18, replace: [['중국과의 교역을', '중국과의 중국과의 교역을']] },
  { id: 't-markup-1', kind: 'markup', paragraph: 10, replace: [['회의적이다.', '회의적이다.</span>']] },
  { id: 't-markup-2', kind: 'markup', paragraph: 12, replace: [['인도적 지원을', '<b>인도적 지원을']] },
  { id: 't-markup-3', kind: 'markup', paragraph: 19, replace: [['관건은', '<i>관건</i>은']] },
  { id: 't-fffd-1', kind: 'replacement-char', paragraph: 5, replace: [['쌀값은', '쌀\uFFFD은']] },
  { id: 't-fffd-2', kind: 'replacement-char', paragraph: 13, replace: [['국무부', '국\uFFFD부']] },
  { id: 't-moji-1', kind: 'mojibake', paragraph: 5, replace: [['쌀값은', MOJI.쌀값은]] },
  { id: 't-moji-2', kind: 'mojibake', paragraph: 21, replace: [['통일부는 쌀이', `${MOJI.통일부}는 쌀이`]] },
  { id: 't-latin-1', kind: 'latin-name', paragraph: 4, replace: [['접경 도시 개성', '접경 도시 Kaesong']] },
  { id: 't-latin-2', kind: 'latin-name', paragraph: 18, replace: [['단둥을', 'Dandong을']] },
  { id: 't-latin-3', kind: 'latin-name', paragraph: 3, replace: [['서울에서 열린', 'Seoul에서 열린']] },
  { id: 't-latin-4', kind: 'latin-name', paragraph: 20, replace: [['이 교수는', 'Lee 교수는']] },
  { id: 't-particle-1', kind: 'particle', paragraph: 3, replace: [['정 장관은', '정 장관는']] },
  { id: 't-particle-2', kind: 'particle', paragraph: 9, replace: [['통일부는 이렇게', '통일부은 이렇게']] },
  { id: 't-particle-3', kind: 'particle', paragraph: 4, replace: [['남북을 잇는', '남북를 잇는']] },
  { id: 't-particle-4', kind: 'particle', paragraph: 18, replace: [['중국과의 교역', '중국와의 교역']] },
  { id: 't-particle-5', kind: 'particle', paragraph: 13, replace: [['미국이 “인도적', '미국가 “인도적']] },
  { id: 't-acronym-1', kind: 'acronym', paragraph: 2, replace: [['세계식량계획(WFP)', '세계식량계획(WTO)']] },
  { id: 't-acronym-2', kind: 'acronym', paragraph: 6, replace: [['한국개발연구원(KDI)', '한국개발연구원(KIDA)']] },
  { id: 't-acronym-3', kind: 'acronym', paragraph: 5, replace: [['국가정보원(국정원)', '국가정보원(NSC)']] },
  { id: 't-phrase-1', kind: 'phrase-consistency', paragraph: 17, replace: [['연합군사훈련은 여전히', '합동군사훈련은 여전히']] },
  { id: 't-phrase-2', kind: 'phrase-consistency', paragraph: 12, replace: [['인도적 지원을', '인도주의적 지원을']] },
  { id: 't-phrase-3', kind: 'phrase-consistency', paragraph: 14, replace: [['식량 지원은 유엔', '식량 원조는 유엔']] },
  { id: 't-time-1', kind: 'relative-time', paragraph: 4, replace: [['지난달에는', '이달에는']] },
  { id: 't-time-2', kind: 'relative-time', paragraph: 12, replace: [['내년 지방선거', '올해 지방선거']] },
  { id: 't-time-3', kind: 'relative-time', paragraph: 15, replace: [['연내에 보낼', '내년에 보낼']] },
  { id: 't-time-4', kind: 'relative-time', paragraph: 18, replace: [['지난달 중국산', '이달 중국산']] },
  { id: 't-drop-1', kind: 'dropped-sentence', paragraph: 5, replace: [['정부 당국자들은 제안 시점이 우연이 아니라고 말한다. ', '']] },
  {
    id: 't-drop-2',
    kind: 'dropped-sentence',
    paragraph: 7,
    replace: [[' WFP는 성명을 내고 접근이 허용되면 “수주 안에 활동을 재개할 준비가 돼 있다”고 밝혔다.', '']],
  },
  {
    id: 't-drop-3',
    kind: 'dropped-sentence',
    paragraph: 15,
    replace: [[' 당국자들은 북한의 답을 언제까지 기다릴지에 대해서는 말을 아꼈다.', '']],
  },
  { id: 't-number-1', kind: 'numbers', paragraph: 5, replace: [['30%까지', '20%까지']] },
  { id: 't-number-2', kind: 'numbers', paragraph: 14, replace: [['180일', '18일']] },
  { id: 't-number-3', kind: 'numbers', paragraph: 16, replace: [['두 달 뒤', '석 달 뒤']] },
  { id: 't-number-4', kind: 'numbers', paragraph: 11, replace: [['2015년부터', '2016년부터']] },
  { id: 't-speech-1', kind: 'speech-level', paragraph: 4, replace: [['폭파했다.', '폭파했습니다.']] },
  { id: 't-speech-2', kind: 'speech-level', paragraph: 10, replace: [['요구한다.', '요구해요.']] },
  { id: 't-speech-3', kind: 'speech-level', paragraph: 18, replace: [['증가했다.', '증가했어.']] },
  { id: 't-name-1', kind: 'name-lost', paragraph: 3, replace: [['정동현 통일부 장관은', '통일부 장관은']] },
  {
    id: 't-name-2',
    kind: 'name-lost',
    paragraph: 8,
    replace: [['김정은 위원장의 여동생이자 실세인 김여정은', '김정은 위원장의 여동생은']],
  },
  {
    id: 't-name-3',
    kind: 'name-lost',
    paragraph: 6,
    replace: [['박민지 한국개발연구원(KDI) 선임연구위원은', '한국개발연구원(KDI) 선임연구위원은']],
  },
];

export const HELDOUT_VARIANTS: Variant[] = [
  { id: 'h-squote-1', kind: 'straight-quote', paragraph: 3, replace: [['“인도적 지원이', '"인도적 지원이']] },
  {
    id: 'h-squote-2',
    kind: 'straight-quote',
    paragraph: 20,
    replace: [['“침묵이 곧 거절을 뜻하는 것은 아니다”라고', '"침묵이 곧 거절을 뜻하는 것은 아니다라고']],
  },
  { id: 'h-squote-3', kind: 'straight-quote', paragraph: 21, replace: [['‘답장 없는 편지’로', "'답장 없는 편지로"]] },
  { id: 'h-repeat-1', kind: 'repeated-word', paragraph: 9, replace: [['한결 쉬워질', '한결 한결 쉬워질']] },
  { id: 'h-repeat-2', kind: 'repeated-word', paragraph: 13, replace: [['여전히 유효하다는', '여전히 여전히 유효하다는']] },
  { id: 'h-repeat-3', kind: 'repeated-word', paragraph: 16, replace: [['원칙적으로 수용했지만', '원칙적으로 원칙적으로 수용했지만']] },
  { id: 'h-markup-1', kind: 'markup', paragraph: 2, replace: [['제안했다.', '제안했다.<br>']] },
  { id: 'h-markup-2', kind: 'markup', paragraph: 7, replace: [['재개할 준비가', '재개할&nbsp;준비가']] },
  { id: 'h-markup-3', kind: 'markup', paragraph: 20, replace: [['덧붙였다.', '덧붙였다.</p>']] },
  { id: 'h-fffd-1', kind: 'replacement-char', paragraph: 8, replace: [['술책', '술\uFFFD']] },
  { id: 'h-fffd-2', kind: 'replacement-char', paragraph: 17, replace: [['민감한', '민\uFFFD\uFFFD한']] },
  { id: 'h-moji-1', kind: 'mojibake', paragraph: 19, replace: [['교수는', MOJI.교수는]] },
  { id: 'h-moji-2', kind: 'mojibake', paragraph: 18, replace: [['밀가루', MOJI.밀가루]] },
  { id: 'h-latin-1', kind: 'latin-name', paragraph: 10, replace: [['부산에서', 'Busan에서']] },
  { id: 'h-latin-2', kind: 'latin-name', paragraph: 5, replace: [['양강도의', 'Ryanggang Province의']] },
  { id: 'h-latin-3', kind: 'latin-name', paragraph: 6, replace: [['박민지 한국개발연구원', 'Park Min-ji 한국개발연구원']] },
  { id: 'h-latin-4', kind: 'latin-name', paragraph: 8, replace: [['김여정은', 'Kim Yo-jong은']] },
  { id: 'h-particle-1', kind: 'particle', paragraph: 13, replace: [['국무부 대변인은', '국무부 대변인는']] },
  { id: 'h-particle-2', kind: 'particle', paragraph: 16, replace: [['수령을 거부했다', '수령를 거부했다']] },
  { id: 'h-particle-3', kind: 'particle', paragraph: 2, replace: [['세계식량계획(WFP)을', '세계식량계획(WFP)를']] },
  { id: 'h-particle-4', kind: 'particle', paragraph: 19, replace: [['식량을 구하려', '식량를 구하려']] },
  { id: 'h-particle-5', kind: 'particle', paragraph: 21, replace: [['첫걸음이 될지', '첫걸음가 될지']] },
  { id: 'h-acronym-1', kind: 'acronym', paragraph: 7, replace: [['WFP는 2021년', 'WHO는 2021년']] },
  { id: 'h-acronym-2', kind: 'acronym', paragraph: 2, replace: [['세계식량계획(WFP)', '세계식량계획(FAO)']] },
  { id: 'h-acronym-3', kind: 'acronym', paragraph: 6, replace: [['(KDI)', '(KIEP)']] },
  { id: 'h-phrase-1', kind: 'phrase-consistency', paragraph: 16, replace: [['한미 연합군사훈련에', '한미 합동군사훈련에']] },
  { id: 'h-phrase-2', kind: 'phrase-consistency', paragraph: 3, replace: [['“인도적 지원이', '“인도주의적 지원이']] },
  { id: 'h-phrase-3', kind: 'phrase-consistency', paragraph: 7, replace: [['분배 감시 요원을', '분배 모니터링 요원을']] },
  { id: 'h-time-1', kind: 'relative-time', paragraph: 8, replace: [['지난해 비슷한', '올해 비슷한']] },
  { id: 'h-time-2', kind: 'relative-time', paragraph: 15, replace: [['다음 달 부산에서', '이달 부산에서']] },
  { id: 'h-time-3', kind: 'relative-time', paragraph: 4, replace: [['지난해 4월', '올해 4월']] },
  { id: 'h-time-4', kind: 'relative-time', paragraph: 21, replace: [['올해 들어 남측과의', '지난해 남측과의']] },
  {
    id: 'h-drop-1',
    kind: 'dropped-sentence',
    paragraph: 9,
    replace: [[' 통일부는 이렇게 ‘거리’를 두면 북한이 제안을 받아들이기가 한결 쉬워질 것으로 기대하고 있다.', '']],
  },
  {
    id: 'h-drop-2',
    kind: 'dropped-sentence',
    paragraph: 12,
    replace: [['대통령실로서도 이번 제안은 정치보다 인도적 지원을 앞세우겠다는 약속을 시험하는 무대다. ', '']],
  },
  { id: 'h-drop-3', kind: 'dropped-sentence', paragraph: 17, replace: [['연합군사훈련은 여전히 민감한 사안이다. ', '']] },
  { id: 'h-number-1', kind: 'numbers', paragraph: 2, replace: [['4년 만에', '5년 만에']] },
  { id: 'h-number-2', kind: 'numbers', paragraph: 5, replace: [['6월 이후', '7월 이후']] },
  { id: 'h-number-3', kind: 'numbers', paragraph: 18, replace: [['12% 증가', '21% 증가']] },
  { id: 'h-number-4', kind: 'numbers', paragraph: 11, replace: [['세 차례', '네 차례']] },
  { id: 'h-speech-1', kind: 'speech-level', paragraph: 14, replace: [['간단하지 않다.', '간단하지 않습니다.']] },
  { id: 'h-speech-2', kind: 'speech-level', paragraph: 17, replace: [['민감한 사안이다.', '민감한 사안이에요.']] },
  { id: 'h-speech-3', kind: 'speech-level', paragraph: 20, replace: [['덧붙였다.', '덧붙였죠.']] },
  { id: 'h-name-1', kind: 'name-lost', paragraph: 19, replace: [['이상훈 경남대 북한학과 교수는', '경남대 북한학과 교수는']] },
  { id: 'h-name-2', kind: 'name-lost', paragraph: 20, replace: [['이 교수는', '그는']] },
  { id: 'h-name-3', kind: 'name-lost', paragraph: 3, replace: [['정 장관은 “인도적', '장관은 “인도적']] },
];

export const CLEAN_PROBES: CleanProbe[] = [
  { id: 'ok-un-acronym', paragraph: 9, replace: [['유엔 기구를', '유엔(UN) 기구를']] },
  { id: 'ok-latin-gloss', paragraph: 13, replace: [['국무부 대변인은', '국무부(State Department) 대변인은']] },
  { id: 'ok-unit-ton', paragraph: 15, replace: [['1만t을', '1만 t을']] },
  { id: 'ok-acronym-first-mention', paragraph: 16, replace: [['WFP를 통해', '세계식량계획(WFP)을 통해']] },
  { id: 'ok-percent-word', paragraph: 12, replace: [['41%로', '41퍼센트로']] },
  { id: 'ok-dnt-kept', paragraph: 11, replace: [['WFP의 SCOPE 시스템', 'WFP의 SCOPE 추적 시스템']] },
];
