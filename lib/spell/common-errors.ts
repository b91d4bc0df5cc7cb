// Misspellings the dictionary accepts (it lists 되요, 치루다, 설레이다 as forms of real words) but
// style guides (국립국어원 표준어 규정, 한글 맞춤법) name among the commonest errors. Each rule
// rewrites a word to its correct form; the spelling verdict flags the word with that form first.
// Rules are about endings and stems, not single words, and never touch a word that has no error.
import { doublePassive } from './double-passives';
import { lexiconNoun } from './lexicon';
import { meansNounMisspelling } from './means-nouns';
import { standardForm } from './standard-forms';
import { personNounMisspelling, personYeyo } from './person-nouns';
import { parts } from './syllables';

// The final ㄻ (삶, 만듦).
const T_RIEUL_MIEUM = 10;

const SYL_BASE = 0xac00;
const isSyl = (c: string) => c >= '\uac00' && c <= '\ud7a3';
const jong = (c: string) => (isSyl(c) ? (c.charCodeAt(0) - SYL_BASE) % 28 : -1);
const withJong = (c: string, t: number) => String.fromCharCode(c.charCodeAt(0) - jong(c) + t);
const RIEUL = 8;
const NIEUN = 4;
const MIEUM = 16;

// Stems that take no extra 이 (설레다, 헤매다, 목메다, 되뇌다) and 삼가다 that takes no 하.
const NO_I_STEMS = ['설레', '헤매', '목메', '되뇌'];
// ㄹ-stems that drop ㄹ before ㄴ (거칠다 → 거친, 낯설다 → 낯선).
const RIEUL_STEMS = [
  '거칠',
  '낯설',
  '녹슬',
  '둥글',
  '가늘',
  '서툴',
  '힘들',
  '어질',
  '날',
  '머물',
  '서둘',
  // More ㄹ-stems of two syllables (시들다 → 시든, 찌들다 → 찌든, 이끌다 → 이끈): no noun of the same
  // shape takes the particle 은 (as 길은, 물은, 말은 do), so these only.
  '시들',
  '찌들',
  '이끌',
  '떠돌',
  '베풀',
  '부풀',
  '흔들',
  '만들',
  '어울',
  '뒤틀',
  '비틀',
];
// Short stems that take no ending beginning with a vowel (표준어 규정 제16항 붙임: 머물다, 서둘다,
// 서툴다 beside 머무르다, 서두르다, 서투르다): 머물어 → 머물러, 서둘었다 → 서둘렀다.
const SHORT_STEMS = /^(머물|서둘|서툴)(어|었)(.*)$/;

type Rule = (w: string) => string | null;

// Last syllables of Sino-Korean roots a value (値) follows: 관측치, 예측치, 누적치, 실적치, 출력치, 혈압치, 가격치.
const VALUE_ROOTS = new Set(['측', '적', '력', '압', '격']);
// Verbs in -치다 whose one-syllable root ends in ㄱ ㄷ ㅂ ㅅ (표준국어대사전: 받치다, 겹치다, 닫치다, 돋치다,
// 뻗치다, 솟치다): in a compound verb ending in one (떠받치는, 내뻗치는, 덧겹치는) the 치 is the verb's, not -하지.
const CHI_VERB_ROOTS = new Set(['받', '겹', '닫', '돋', '뻗', '솟']);

// Vowels ㅓ ㅕ ㅝ (indexes 4, 6, 14) and ㅏ after ㅇ or ㄹ: the connective -아/-어 that makes compound
// verbs of 들다 (뛰어들다, 달려들다, 날아들다, 사그라들다); 고 too (파고들다).
const CONNECTIVE_VOWELS = new Set([4, 6, 14]);
const vowelOf = (c: string) => Math.floor(((c.charCodeAt(0) - SYL_BASE) % 588) / 28);
const initialOf = (c: string) => Math.floor((c.charCodeAt(0) - SYL_BASE) / 588);

function connectiveEnd(c: string): boolean {
  if (!isSyl(c) || jong(c) !== 0) return false;
  if (c === '고') return true;
  if (c === '녀') return false; // -녀 (女) ends person nouns: 자녀, 소녀, 손녀
  return CONNECTIVE_VOWELS.has(vowelOf(c)) || (vowelOf(c) === 0 && (initialOf(c) === 11 || initialOf(c) === 5));
}

/**
 * X들께 as the plural suffix 들 and the honorific dative particle 께 (분들께, 주민들께, 선생님들께,
 * 관계자들께), not -ㄹ께 misspelt on a verb in 들다: X is 분 or ends in 님 (honorific), or is two
 * syllables or more not ending in a verb's connective (뛰어들께, 달려들께, 파고들께 stay errors). A
 * one-syllable X is a verb's first part (만들께, 거들께, 잠들께, 흔들께).
 */
export function pluralDative(word: string): boolean {
  if (!word.endsWith('들께')) return false;
  const x = word.slice(0, -2);
  if (x === '분' || x.endsWith('님') || (x.length >= 2 && x.endsWith('분'))) return true;
  return x.length >= 2 && [...x].every(isSyl) && !connectiveEnd(x.at(-1)!);
}

const RULES: Rule[] = [
  // 되/돼: 되요 → 돼요, 되서 → 돼서, 됬다 → 됐다, 뵈요 → 봬요. 돼 is 되어, so every ending in -어 takes
  // it: -어도, -어야 (되도 → 돼도, 안되야 → 안돼야, 되야지 → 돼야지). Not -(으)라, the indirect
  // imperative (되라 is right), nor 되도록.
  (w) => (/되(?:요|서|써|도|도요|야|야지|야만)$/.test(w) ? w.replace(/되(요|서|써|도|도요|야|야지|야만)$/, '돼$1') : null),
  (w) => (w.includes('됬') ? w.replace(/됬/g, '됐') : null),
  (w) => (/뵈요$/.test(w) ? w.replace(/뵈요$/, '봬요') : null),
  // 돼 is 되어 and takes no -다 (된다, 되다): 돼다 → 되다, 안돼다 → 안되다 (the dictionary lists 돼다).
  (w) => (/돼다$/.test(w) ? w.replace(/돼다$/, '되다') : null),
  // -ㄹ게(요), -ㄹ걸: 할께요 → 할게요, 할껄 → 할걸. Not the honorific dative 께 after a plural noun
  // (분들께, 주민들께: pluralDative), nor a mimetic word that repeats its syllable (껄껄 웃다, 껄껄껄).
  (w) => {
    const m = /^(.*)(.)(께요|께|껄)$/.exec(w);
    if (!m || jong(m[2]!) !== RIEUL || m[2] === m[3]![0]) return null;
    if (m[3] === '께' && pluralDative(w)) return null;
    return `${m[1]}${m[2]}${m[3] === '껄' ? '걸' : m[3]!.replace('께', '게')}`;
  },
  // -든지 of choice after an interrogative or indefinite pronoun (한글 맞춤법 제56항: -던지 is the past, 얼마나
  // 추웠던지; choice is -든지): 누구던지 → 누구든지, 무엇이던지 → 무엇이든지, 어디던지, 언제던지, 얼마던지.
  (w) => {
    const m = /^(누구|언제|어디|무엇|뭐|얼마|아무)(이|)던지(간에|요|)$/.exec(w);
    return m ? `${m[1]}${m[2]}든지${m[3]}` : null;
  },
  // 며칠 is never 몇일, whatever follows (한글 맞춤법 제27항 붙임 2): 몇일째 → 며칠째, 몇일간 → 며칠간, 몇일이나.
  (w) => (w.startsWith('몇일') ? `며칠${w.slice(2)}` : null),
  // 있슴/없슴/했슴 → 있음/없음/했음.
  (w) => (/[있없었였했갔왔겠]슴(?:니다)?$/.test(w) && !/습니다$/.test(w) && /슴$/.test(w) ? w.replace(/슴$/, '음') : null),
  // -하지 → -지 after a voiceless final (한글 맞춤법 제40항 붙임 2): 익숙치 → 익숙지, 서슴치 → 서슴지, with
  // a particle too (생각치도, 넉넉치는, 섭섭치가); -하건대 → -건대: 생각컨대 → 생각건대. Not a noun in -치:
  // a one-syllable root (넙치, 법치, 극치, 합치: nouns) or a value (値) after a measure (관측치, 누적치, 혈압치).
  (w) => {
    const m = /^(.*)(.)(치|컨대)(도|는|가|만|)$/.exec(w);
    if (!m || (m[3] === '치' && (m[1] === '' || VALUE_ROOTS.has(m[2]!)))) return null;
    if (m[3] === '치' && m[4] === '는' && CHI_VERB_ROOTS.has(m[2]!)) return null;
    if (m[3] === '컨대' && m[4] !== '') return null;
    const t = jong(m[2]!);
    const voiceless = t === 1 || t === 7 || t === 17 || t === 19 || m[2] === '슴';
    return voiceless ? `${m[1]}${m[2]}${m[3] === '치' ? '지' : '건대'}${m[4]}` : null;
  },
  // 이예요/아니예요 → 이에요/아니에요 (예요 only after a vowel: 친구예요; 아이예요 is 아이 + 예요).
  (w) => (/(?:이|아니)예요$/.test(w) && !personYeyo(w) ? w.replace(/예요$/, '에요') : null),
  // A person noun with -(으)로써 or 에요 (부모로써 → 부모로서, 친구에요 → 친구예요): person-nouns.ts.
  personNounMisspelling,
  // A noun of means with -(으)로서 (대화로서 → 대화로써, 노력으로서 → 노력으로써): means-nouns.ts.
  meansNounMisspelling,
  // -(으)라 on 되다 is the indirect imperative, on the stem (되라고, 되라는): 돼 is 되어, so 돼라고 is
  // misspelt (돼라 alone, the plain imperative 되어라, is right).
  (w) => (/돼라(?:고|는|며|면서|니까|던)$/.test(w) ? w.replace(/돼라(고|는|며|면서|니까|던)$/, '되라$1') : null),
  // 설레이다, 설레인, 헤매이는, 되뇌인, 설레였다 → 설레다, 설렌, 헤매는, 되뇐, 설레었다. One-syllable stems
  // (데다 'get burnt', 메다 'choke': 데였다 → 데었다, 목이 메이는 → 메는) only with the forms no other word
  // begins with (not 데이지, 메이지, 메인, 메일, 데일리).
  (w) => {
    const one = /^([데메])(이(?:다|고|는|며|면|어|었)|였|여)(.*)$/.exec(w);
    if (one) return one[1]! + (one[2]![0] === '이' ? one[2]!.slice(1) : one[2]![0] === '였' ? '었' : '어') + one[3]!;
    for (const s of NO_I_STEMS) {
      if (!w.startsWith(s) || w.length <= s.length) continue;
      const rest = w.slice(s.length);
      if (/^[였여]/.test(rest)) return s + (rest[0] === '였' ? '었' : '어') + rest.slice(1);
      if (/^이[다고는며면지어었여였]/.test(rest)) return s + rest.slice(1);
      if (/^[인일임]/.test(rest))
        return s.slice(0, -1) + withJong(s.at(-1)!, rest[0] === '인' ? NIEUN : rest[0] === '일' ? RIEUL : MIEUM) + rest.slice(1);
    }
    return null;
  },
  // 삼가다 takes -아 directly: 삼가해야 → 삼가야, 삼가해서 → 삼가서.
  (w) => (/^삼가해./.test(w) ? w.replace(/^삼가해/, '삼가') : null),
  (w) =>
    /^삼가해$/.test(w)
      ? '삼가'
      : /^삼가했/.test(w)
        ? w.replace(/^삼가했/, '삼갔')
        : /^삼가하/.test(w)
          ? w.replace(/^삼가하/, '삼가')
          : null,
  // 치루다/치뤘다/치룬 → 치르다/치렀다/치른.
  (w) =>
    /^치루|^치뤄|^치뤘|^치룬/.test(w)
      ? w.replace(/^치루/, '치르').replace(/^치뤄/, '치러').replace(/^치뤘/, '치렀').replace(/^치룬/, '치른')
      : null,
  // 거칠은/낯설은 → 거친/낯선; 날으는 → 나는.
  (w) => {
    for (const s of RIEUL_STEMS) {
      if (w === `${s}은` || w === `${s}으는`)
        return s.slice(0, -1) + withJong(s.at(-1)!, w.endsWith('으는') ? 0 : NIEUN) + (w.endsWith('으는') ? '는' : '');
    }
    return null;
  },
  (w) => {
    const m = SHORT_STEMS.exec(w);
    return m ? `${m[1]}${m[2] === '어' ? '러' : '렀'}${m[3]}` : null;
  },
  // 갖다 is short for 가지다 and takes no ending beginning with a vowel but -은 (갖은): 갖어 → 가져.
  (w) => (/^갖(?:어|었)/.test(w) ? w.replace(/^갖어/, '가져').replace(/^갖었/, '가졌') : null),
  // 날다 (fly) + 아 is 날아: 날아가다, 날아오다, 날아다니다; 날라 is 나르다's (carry), and a compound of
  // it with 가다/오다 is written apart (날라 가다), so 날라가다 written solid is 날아가다 misspelt.
  (w) => (/^날라(?:가|갔|간|갈|와|왔|온|올|오|다니|다녀|다녔)/.test(w) ? w.replace(/^날라/, '날아') : null),
  // 어떡하다 is 어떻게 하다 shortened (한글 맞춤법 제40항 붙임 3): 어떡해, 어떡할; 어떻게 keeps ㅎ.
  (w) => (/^어떻(?:해|하|할|했|합)/.test(w) ? w.replace(/^어떻/, '어떡') : null),
  (w) => (/^어떡(?:게|든|든지)$/.test(w) ? w.replace(/^어떡/, '어떻') : null),
  // An adjective takes -은, not the verb's -는 (알맞은 답, 걸맞은 대우).
  (w) => (/^(?:알맞|걸맞)는/.test(w) ? w.replace(/^(알맞|걸맞)는/, '$1은') : null),
  // -쩍다 where [쩍] is heard and 적다 (few) is not meant (한글 맞춤법 제54항: 겸연쩍다, 멋쩍다,
  // 객쩍다, 맥쩍다).
  (w) => (/^(?:겸연|멋|객|맥|해망)적(?:다|은|게|어|었|지)/.test(w) ? w.replace(/^(겸연|멋|객|맥|해망)적/, '$1쩍') : null),
  // 률/율: 율 after a vowel or ㄴ, 률 after any other final (출산률 → 출산율, 합격율 → 합격률).
  (w) => {
    const m = /^(.*?)([\uac00-\ud7a3])(률|율)(.*)$/.exec(w);
    if (!m) return null;
    const t = jong(m[2]!);
    const want = t === 0 || t === NIEUN ? '율' : '률';
    if (m[3] === want || !/^(?:[은는이가을를의에도만과와로]|에서|으로|에는|까지)?$/.test(m[4]!)) return null;
    return `${m[1]}${m[2]}${want}${m[4]}`;
  },
  // A double passive (잊혀진 → 잊힌, 보여지는 → 보이는): double-passives.ts.
  doublePassive,
  // A form the 표준어 규정 names as not standard (여늬 → 여느, 귀틤 → 귀띔): standard-forms.ts.
  standardForm,
  // -(으)로써 marks the means, -(으)로서 the capacity: after a verb's noun form in -(으)ㅁ it is the
  // means (공개함으로써, 줄임으로써, 했음으로써), and 이로써 is 'hereby'. A noun of the larger lexicon
  // in the same shape (책임으로서, 투표함으로서, 모임으로서) is left alone.
  (w) => (w === '이로서' ? '이로써' : null),
  (w) => {
    const m = /^(.*(?:[함됨짐킴임]|[았었였했겠있없]음))으로서$/.exec(w) ?? rieulMieumForm(w);
    if (!m || lexiconNoun(m[1]!) === m[1]) return null;
    return `${m[1]}으로써`;
  },
];

/**
 * The noun form of a ㄹ-stem of two syllables or more, in ㄻ (만듦, 힘듦, 이끎: 한글 맞춤법 제19항 keeps
 * the stem's ㄹ), before 으로서: no noun of the language ends so but these forms (삶, 앎 are one syllable).
 */
function rieulMieumForm(w: string): RegExpExecArray | null {
  const m = /^(.+)으로서$/.exec(w);
  if (!m || m[1]!.length < 2) return null;
  const last = m[1]!.at(-1)!;
  return isSyl(last) && parts(last).t === T_RIEUL_MIEUM ? m : null;
}

/** The correct form when the word is one of the common misspellings the rules know, else null. */
export function commonMisspelling(word: string): string | null {
  for (const rule of RULES) {
    const fixed = rule(word);
    if (fixed && fixed !== word) return fixed;
  }
  return null;
}
