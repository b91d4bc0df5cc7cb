// 로써 (by means of, with: 대화로써 풀다) written for 로서 (in the capacity of: 감독으로서 책임을 지다)
// after a word for a person — a role, office, trade, kin or standing: 지도자로써, 감독으로써,
// 대통령으로써, 부모로써 → 로서. A person is a capacity, not an instrument, so a careful editor
// changes every such 로써. The word list is general (news roles, offices, trades, kin, standing),
// matched as the end of the word before the particle (국가대표팀 감독, 전임 지도자, 최초의 여성 대법관).
// Words that are also things or acts (투자, 적자, 원인, 기관) are not listed, nor roles that share their
// spelling with one (시장 market, 주장 claim, 대사 lines, 검사 inspection, 소장 complaint, 영사 projection).
const ROLE_WORDS = (
  '감독 선수 코치 심판 대표 회장 사장 부회장 총재 위원장 위원 의원 의장 장관 차관 총리 대통령 국왕 여왕 왕 ' +
  '도지사 지사 군수 구청장 청장 처장 국장 과장 부장 차장 팀장 실장 원장 단장 총장 교장 학장 이사 이사장 임원 직원 ' +
  '사원 간부 대변인 특사 중재자 지도자 책임자 당사자 관리자 대표자 후원자 동반자 협력자 조력자 목격자 피해자 가해자 생존자 ' +
  '희생자 소비자 생산자 노동자 근로자 사용자 투자자 경영자 창업자 설립자 개척자 선구자 수혜자 유권자 후보자 후보 당선인 ' +
  '전문가 정치가 예술가 작가 화가 교수 교사 강사 학생 연구원 연구자 학자 과학자 의사 간호사 약사 변호사 판사 대법관 ' +
  '기자 언론인 군인 장군 장교 병사 경찰 소방관 공무원 외교관 관료 사업가 기업인 경제인 체육인 방송인 정치인 연예인 배우 가수 ' +
  '부모 어머니 아버지 엄마 아빠 아들 딸 자녀 형 누나 언니 오빠 동생 할머니 할아버지 남편 아내 가장 맏형 맏이 ' +
  '시민 국민 주민 한국인 외국인 개인 성인 어른 청년 노인 여성 남성 아이 어린이 구성원 일원 회원 주인 주인공 선배 후배 ' +
  '스승 제자 친구 동료 이웃 팬 주주 채권자 고객 상주 후계자 계승자 적임자 사령탑 수장 리더 멘토 오너 에이스 베테랑 신인'
).split(' ');
const ROLE_SET = new Set(ROLE_WORDS);
const LONGEST = Math.max(...ROLE_WORDS.map((w) => w.length));
// A Hangul word ending in 로써 or 으로써 (and 는 or 도), then no more Hangul; the stem read at most 12
// syllables back (linear on a long run of Hangul).
const SSEO_RE = /([가-힣]{1,12}?)(으로써|로써)(?=(?:는|도)?(?![가-힣]))/g;

export interface RoleSlip {
  word: string;
  found: string;
  expected: string;
  start: number;
  end: number;
}

/** 로써/으로써 after a word for a person, which should be 로서/으로서. */
export function roleSseoSlips(text: string): RoleSlip[] {
  const out: RoleSlip[] = [];
  if (!text.includes('로써')) return out;
  for (const m of text.matchAll(SSEO_RE)) {
    // A plural 들 (선수들로써) is the same person word.
    const stem = m[1]!.endsWith('들') && m[1]!.length > 2 ? m[1]!.slice(0, -1) : m[1]!;
    let role = false;
    for (let n = 1; n <= Math.min(LONGEST, stem.length) && !role; n++) role = ROLE_SET.has(stem.slice(-n));
    // A one-syllable role (왕, 딸, 형, 팬) only as the whole word; a longer end of a compound only
    // where the whole word ends in it (국가대표팀 감독 → 감독, 여성 지도자 → 지도자).
    if (!role || (stem.length > 1 && ROLE_SET.has(stem.slice(-1)) && !ROLE_WORDS.some((w) => w.length > 1 && stem.endsWith(w)))) continue;
    const found = m[2]!;
    out.push({ word: m[1]!, found, expected: found.replace('써', '서'), start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}
