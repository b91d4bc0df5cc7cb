// Korean words that name one thing and that a translator may alternate for ONE English word (the
// anchor): compared only in segments whose English has the anchor, by the anchored pass
// (phrase-anchored.ts). Each group is knowledge of news Korean, not of an evaluation set: a
// colloquial word beside the official one (저가항공사 / 저비용항공사), a consolation payment beside
// the compensation (위로금 / 보상금), an English term written in Hangul beside its Korean (버드
// 스트라이크 / 조류 충돌), a technical word beside the usual one (과주 / 활주로 이탈). Outside its anchor
// a group's words are left alone: 보상금 and 위로금 in one paragraph are two payments when the English
// names two (compensation and a consolation payment).
// Words: several words are written with a space (matched with or without it); the first word of a
// group is only the first, not the preferred one (the document's majority is).
export interface AnchoredGroup {
  /** The English anchor: a word or phrase, matched case-insensitively on word boundaries. */
  readonly en: string;
  readonly ko: readonly string[];
  /** The words may end a compound (창원공장, 평택사업장): read after other Hangul too. */
  readonly inCompound?: boolean;
  /** On a tie, the word taken as the usual one: the standard term beside a colloquial one. */
  readonly preferred?: string;
}

export const ANCHORED_SYNONYMS: readonly AnchoredGroup[] = [
  // Money.
  { en: 'compensation', ko: ['보상금', '위로금', '배상금'] },
  // Aviation.
  {
    en: 'low-cost carriers?|low-cost airlines?|low-cost flights?|budget carriers?|budget airlines?|low-cost',
    ko: ['저비용항공사', '저가항공사'],
  },
  { en: 'overrun|overruns|overran|overrunning', ko: ['활주로 이탈', '활주로 과주', '활주로 오버런', '오버런'] },
  { en: 'bird strikes?|bird-strikes?', ko: ['조류 충돌', '버드 스트라이크', '조류 타격'] },
  { en: 'emergency landings?', ko: ['비상착륙', '긴급착륙'] },
  { en: 'go-around|go around|went around', ko: ['복행', '고어라운드'] },
  { en: 'turbulence', ko: ['난기류', '터뷸런스'] },
  { en: 'first officer|co-pilot|copilot', ko: ['부기장', '부조종사'] },
  { en: 'black box|black boxes', ko: ['블랙박스', '비행기록장치'] },
  { en: 'cockpits?', ko: ['조종실', '칵핏'] },
  // Economy: an English term written in Hangul beside its Korean.
  { en: 'inflation', ko: ['인플레이션', '물가 상승'] },
  { en: 'recessions?', ko: ['경기 침체', '리세션'] },
  // Business and industry: the standard term beside a colloquial or a near one (영업마진 for the
  // accounting 영업이익률, 냉각제 — a coolant — for the refrigerant 냉매, 사업장 beside 공장 for one
  // plant, 임단협 — wage and collective-agreement talks — or 임금 교섭 beside 임금 협상).
  { en: 'operating (?:profit )?margins?', ko: ['영업이익률', '영업마진'], preferred: '영업이익률' },
  { en: 'refrigerants?', ko: ['냉매', '냉각제'], preferred: '냉매' },
  { en: 'plants?|factory|factories', ko: ['공장', '사업장'], inCompound: true },
  { en: 'wage talks|wage negotiations?|pay talks|pay negotiations?', ko: ['임금 협상', '임금 교섭', '임단협'] },
  { en: 'supply chains?', ko: ['공급망', '공급사슬', '서플라이 체인'] },
  { en: 'start-?ups?', ko: ['스타트업', '신생기업', '신생 기업', '창업기업'] },
  { en: 'order backlogs?|backlogs? of orders|order books?', ko: ['수주잔고', '수주 잔고', '수주잔량', '수주 잔량'] },
  // Security.
  { en: 'hostages?', ko: ['인질', '볼모'] },
  // Elections.
  { en: 'early voting|early-voting|voted early|vote early|early votes?', ko: ['사전투표', '조기투표'] },
  // Society.
  { en: 'whistleblowers?|whistle-blowers?', ko: ['내부고발자', '공익신고자', '내부제보자'] },
];
