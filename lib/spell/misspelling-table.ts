// Common Korean misspellings and their correct forms, a first-rank source of suggestions beside
// Hunspell's (which misses many: 우뢰 → 우뇌…, and accepts some as words: 비로서, 가던지). The pairs
// follow the norms (한글 맞춤법 and 표준어 규정, 문화체육관광부 고시, published by 국립국어원; official
// notices are not protected by copyright, 저작권법 제7조) and the error lists that quote them; the
// table itself was written for this repository (its licence). For the benchmark's honesty it holds
// none of the wrong forms of bench/spell/misspellings.heldout*.tsv (a test checks it): the held-out figure
// says what the table and the rules do for misspellings they were not built from.
//
// A noun entry also matches with particles after it (역활을 → 역할을); a verb or adjective entry
// (…다) also matches its stem with a plain ending (들어나고 → 드러나고).
import { isParticleTail } from './filters';

const PAIRS = `
몇일	며칠
왠만하면	웬만하면
설레임	설렘
역활	역할
되요	돼요
되서	돼서
뵈요	봬요
희안하다	희한하다
궁시렁	구시렁
깨끗히	깨끗이
곰곰히	곰곰이
꼼꼼이	꼼꼼히
가만이	가만히
설겆이	설거지
치루다	치르다
잠궜다	잠갔다
개거품	게거품
찌게	찌개
우뢰	우레
윗층	위층
삼가하다	삼가다
헤매이다	헤매다
되뇌이다	되뇌다
짜집기	짜깁기
폐쇠	폐쇄
괴퍅하다	괴팍하다
널판지	널빤지
눈꼽	눈곱
갯수	개수
싯가	시가
하마트면	하마터면
제작년	재작년
어짜피	어차피
풍지박산	풍비박산
환골탈퇴	환골탈태
야밤도주	야반도주
동거동락	동고동락
곱배기	곱빼기
떡볶기	떡볶이
어리버리	어리바리
움추리다	움츠리다
들어나다	드러나다
깡총깡총	깡충깡충
아지랭이	아지랑이
멋장이	멋쟁이
넓직하다	널찍하다
끼여들다	끼어들다
오랜동안	오랫동안
비로서	비로소
건데기	건더기
바꼈다	바뀌었다
어줍잖다	어쭙잖다
가던지	가든지
없슴	없음
익숙치	익숙지
휴계실	휴게실
출산률	출산율
재털이	재떨이
거칠은	거친
낯설은	낯선
아니예요	아니에요
할께	할게
할껄	할걸
왠일	웬일
왠걸	웬걸
안절부절하다	안절부절못하다
되물림	대물림
구렛나루	구레나룻
어렴풋히	어렴풋이
느긋히	느긋이
따뜻히	따뜻이
버젓히	버젓이
깊숙히	깊숙이
가까히	가까이
겹겹히	겹겹이
낱낱히	낱낱이
오무리다	오므리다
애띠다	앳되다
짭잘하다	짭짤하다
씁슬하다	씁쓸하다
햇갈리다	헷갈리다
건들이다	건드리다
어물쩡	어물쩍
치고박고	치고받고
째째하다	쩨쩨하다
괜시리	괜스레
단언컨데	단언컨대
횡경막	횡격막
아구찜	아귀찜
쭈꾸미	주꾸미
오도방정	오두방정
웅큼	움큼
귓볼	귓불
으례	으레
상판때기	상판대기
통털어	통틀어
딱다구리	딱따구리
구비구비	굽이굽이
덮혀	덮여
잠궈	잠가
잠궈서	잠가서
되려	되레
애시당초	애당초
햇님	해님
아랫층	아래층
뒷편	뒤편
머릿말	머리말
인삿말	인사말
욕심장이	욕심쟁이
개구장이	개구쟁이
겁장이	겁쟁이
오뚜기	오뚝이
깍뚜기	깍두기
뚝빼기	뚝배기
장삿꾼	장사꾼
쑥맥	숙맥
홀홀단신	혈혈단신
유도심문	유도신문
양수겹장	양수겸장
포복졸도	포복절도
산수갑산	삼수갑산
어쨋든	어쨌든
얼만큼	얼마큼
눈쌀	눈살
바꼈어요	바뀌었어요
짧다랗다	짤따랗다
희안한	희한한
설레임을	설렘을
젖가락	젓가락
쌍커플	쌍꺼풀
울궈먹다	우려먹다
으시시	으스스
실갱이	실랑이
염두해	염두에
앵콜	앙코르
팬더	판다
부페	뷔페
팡파레	팡파르
알러지	알레르기
간지르다	간질이다
싸그리	깡그리
`;

const TABLE = new Map<string, string>();
for (const line of PAIRS.split('\n')) {
  const [wrong, right] = line.split('\t');
  if (wrong && right) TABLE.set(wrong, right);
}
const KEYS = [...TABLE.keys()].sort((a, b) => b.length - a.length);
const VERB_ENDINGS = /^(?:다|고|는|며|면|지|게|기|던|다가|다며|다고|지만|도록|는데|면서)$/;

/** Every pair of the table (for tests and the benchmark). */
export function misspellingTable(): ReadonlyMap<string, string> {
  return TABLE;
}

/** The correct form when the word is in the table (with particles or, for a verb, an ending), else null. */
export function tableCorrection(word: string): string | null {
  const hit = TABLE.get(word);
  if (hit) return hit;
  for (const key of KEYS) {
    if (!word.startsWith(key) || word.length === key.length) continue;
    const rest = word.slice(key.length);
    const right = TABLE.get(key)!;
    if (key.endsWith('다') || !isParticleTail(rest)) continue;
    // A key ending as a verb's -어/-려 form (되려, 덮혀) reads 고, 는, 다, 던 after it as a verb ending:
    // 되려고 is 되다 + -려고 (intention), not the adverb 되려 (되레) + a particle.
    if (/[어여려혀]$/.test(key) && /^(?:고|는|다|던)/.test(rest)) continue;
    return right + rest;
  }
  for (const key of KEYS) {
    if (!key.endsWith('다') || key.length < 3) continue;
    const stem = key.slice(0, -1);
    if (word.startsWith(stem) && VERB_ENDINGS.test(word.slice(stem.length))) return TABLE.get(key)!.slice(0, -1) + word.slice(stem.length);
  }
  return null;
}
