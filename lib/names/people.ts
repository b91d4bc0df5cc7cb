// A short list of very well-known people of both Koreas in their usual English spellings, written
// from general knowledge (public figures' official names). It only puts the known form first among
// the candidates of a name found without Hangul; the mechanism (candidates.ts) works without it.
// The bench (bench/names/) reports its people figures with and without this list, since the two overlap.

export const KNOWN_PEOPLE: Readonly<Record<string, string>> = {
  'kim jong-un': '김정은',
  'kim jong un': '김정은',
  'kim jong-il': '김정일',
  'kim jong il': '김정일',
  'kim il-sung': '김일성',
  'kim il sung': '김일성',
  'kim yo-jong': '김여정',
  'kim yo jong': '김여정',
  'ri sol-ju': '리설주',
  'choe ryong-hae': '최룡해',
  'ri son-gwon': '리선권',
  'choe son-hui': '최선희',
  'kim yong-chol': '김영철',
  'kim yong-nam': '김영남',
  'jang song-thaek': '장성택',
  'pak pong-ju': '박봉주',
  'yoon suk-yeol': '윤석열',
  'yoon suk yeol': '윤석열',
  'moon jae-in': '문재인',
  'moon jae in': '문재인',
  'lee jae-myung': '이재명',
  'lee jae myung': '이재명',
  'park geun-hye': '박근혜',
  'lee myung-bak': '이명박',
  'roh moo-hyun': '노무현',
  'kim dae-jung': '김대중',
  'kim dae jung': '김대중',
  'kim young-sam': '김영삼',
  'roh tae-woo': '노태우',
  'chun doo-hwan': '전두환',
  'park chung-hee': '박정희',
  'ban ki-moon': '반기문',
  'han duck-soo': '한덕수',
  'kim keon-hee': '김건희',
  'han dong-hoon': '한동훈',
  'choo kyung-ho': '추경호',
};

export function knownPerson(name: string): string | null {
  return KNOWN_PEOPLE[name.trim().replace(/\s+/g, ' ').replace(/[‐‑]/g, '-').toLowerCase()] ?? null;
}
