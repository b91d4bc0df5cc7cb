// Nouns that name a person (kin, age, role, trade), and the two confusions that turn on them:
// - -(으)로서 marks a capacity, a person's standing (부모로서, 학생으로서), -(으)로써 a means: after a
//   person noun -(으)로써 is -(으)로서 misspelt (부모로써 → 부모로서, 선생님으로써 → 선생님으로서);
// - the copula after a vowel is 예요 (이에요 contracted: 친구예요, 의사예요; 국립국어원 "예요/이에요"):
//   a person takes no locative 에 (에게 instead), so a person noun with 에요 is the copula misspelt
//   (친구에요 → 친구예요), where 학교에요 may be 학교 + 에 + 요 ('to school').
// The dictionary takes both forms of each; no rule of its tells a person from a thing.

const PERSON_NOUNS = new Set([
  // kin
  '부모',
  '부모님',
  '어머니',
  '어머님',
  '아버지',
  '아버님',
  '엄마',
  '아빠',
  '할머니',
  '할아버지',
  '자식',
  '자녀',
  '아들',
  '딸',
  '형',
  '누나',
  '언니',
  '오빠',
  '동생',
  '남편',
  '아내',
  '부인',
  '부부',
  '며느리',
  '사위',
  '손자',
  '손녀',
  '조카',
  '삼촌',
  '이모',
  '고모',
  '외삼촌',
  '장남',
  '장녀',
  '막내',
  '맏이',
  '가장',
  '신랑',
  '신부',
  '가족',
  // age and sex
  '어른',
  '아이',
  '아기',
  '어린이',
  '청소년',
  '청년',
  '노인',
  '소년',
  '소녀',
  '남자',
  '여자',
  '남성',
  '여성',
  '사람',
  '인간',
  // standing and role
  '친구',
  '이웃',
  '손님',
  '주인',
  '시민',
  '국민',
  '주민',
  '학생',
  '선생',
  '선생님',
  '교사',
  '스승',
  '제자',
  '선배',
  '후배',
  '동료',
  '상사',
  '부하',
  '리더',
  '대표',
  '회장',
  '사장',
  '팀장',
  '주장',
  '책임자',
  '당사자',
  '전문가',
  '소비자',
  '직장인',
  '회사원',
  '공무원',
  // members of a body (員: a person; the endings below read only three syllables and more)
  '회원',
  '직원',
  '사원',
  '팀원',
  '부원',
  '당원',
  '대원',
  '단원',
  '선원',
  '교원',
  '요원',
  '일원',
  '구성원',
  '멤버',
  // trades
  '의사',
  '간호사',
  '기자',
  '작가',
  '가수',
  '배우',
  '선수',
  '감독',
  '교수',
  '군인',
  '경찰',
  '요리사',
  '변호사',
  '화가',
  '스님',
  '승려',
  '목사',
  '신자',
]);

// Person suffixes of Sino-Korean nouns of three syllables or more (과학자, 자원봉사자, 구조대원, 요리사,
// 직장인, 전문가), read only before -(으)로써: each ending names a person, its thing-namesakes are left
// out (유전자, 평가, 확인, 지원, 조사: a means can stand there). 님 (honorific) always names a person.
const PERSON_ENDINGS =
  /(자|대원|직원|회원|요원|위원|의원|교원|사원|단원|연구원|무원|담원|조합원|당원|선원|호사|리사|계사|의사|교사|목사|판사|무사|강사|용사|사진사|통역사|치료사|조종사|선교사|상담사|인|가)$/;
const THING_ENDINGS =
  /(유전자|문자|숫자|상자|의자|모자|과자|원자|분자|입자|전자|이자|액자|한자|글자|확인|승인|원인|요인|용인|묵인|시인|부인|사인|날인|추인|평가|대가|물가|주가|원가|단가|시가|정가|유가|증가|추가|참가|허가|휴가|인가|부가|고가|저가|특가)$/;

/** A person noun as -(으)로써 reads it: the set, a 님 noun, or a noun of 3+ syllables with a person suffix. */
function isPersonBeforeRosseo(noun: string): boolean {
  if (isPersonNoun(noun) || (noun.length >= 2 && noun.endsWith('님'))) return true;
  const n = noun.endsWith('들') ? noun.slice(0, -1) : noun;
  return n.length >= 3 && PERSON_ENDINGS.test(n) && !THING_ENDINGS.test(n);
}

const hasFinal = (c: string) => (c.charCodeAt(0) - 0xac00) % 28 !== 0;
const RIEUL = 8;
const final = (c: string) => (c.charCodeAt(0) - 0xac00) % 28;

/** A noun that names a person, as the rules here read it (the set, with 들 for the plural). */
export function isPersonNoun(noun: string): boolean {
  return PERSON_NOUNS.has(noun) || (noun.endsWith('들') && PERSON_NOUNS.has(noun.slice(0, -1)));
}

/**
 * A person noun with -(으)로써 (부모로써 → 부모로서, 학생으로써 → 학생으로서) or, ending in a vowel, with
 * 에요 (친구에요 → 친구예요): the right form, else null.
 */
export function personNounMisspelling(word: string): string | null {
  const m = /^(.+?)(으로써|로써)$/.exec(word);
  if (m && isPersonBeforeRosseo(m[1]!)) {
    const last = m[1]!.at(-1)!;
    const ro = hasFinal(last) && final(last) !== RIEUL ? '으로' : '로';
    if ((m[2] === '으로써') === (ro === '으로')) return `${m[1]}${ro}서`;
  }
  if (word.endsWith('에요')) {
    const noun = word.slice(0, -2);
    if (isPersonNoun(noun) && !hasFinal(noun.at(-1)!)) return `${noun}예요`;
  }
  return null;
}

/** Whether 예요 after the word's noun is right (아이예요, 어린이예요: the noun ends in 이, no copula 이). */
export function personYeyo(word: string): boolean {
  return word.endsWith('예요') && isPersonNoun(word.slice(0, -2)) && !hasFinal(word.at(-3)!);
}
