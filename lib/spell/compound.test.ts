import { describe, expect, it } from 'vitest';
import { compoundQueries, judgeWord } from './compound';
import { shortCompoundQueries } from './short-compounds';
import { verdictFor } from './verdict';

// A tiny dictionary: nouns accepted with 을/를 and particles, and the probes' inflections.
const NOUNS = ['연합', '군사', '훈련', '남북', '공동', '연락', '사무소', '경제', '협력', '꼼꼼', '하마', '질환', '온열', '공부', '운동'];
const hasFinal = (s: string) => (s.charCodeAt(s.length - 1) - 0xac00) % 28 !== 0;
const ACCEPTED = new Set<string>([
  ...NOUNS,
  ...NOUNS.map((n) => n + (hasFinal(n) ? '을' : '를')),
  ...NOUNS.filter((n) => n !== '꼼꼼').map((n) => n + (hasFinal(n) ? '이' : '가')),
  ...NOUNS.map((n) => n + '의'),
  '트면',
  '운동했다',
  '공부했다',
  '머물다',
  '조급해지다',
  '기항하다',
  '몇이다',
  '유지하느냐',
  '갈지',
  '하는지',
  '폭파',
  '폭파를',
  '폭파다',
  '관련을',
  '주를',
  '출생을',
  '아를',
  '최대를',
  '값을',
  '장을',
  '짜기를',
  '갑을',
  '이를',
  '애매모호하다',
  '불을',
  '돈을',
  '손을',
  '팻말을',
  '육을',
  '계장을',
  '육개장',
  '계시를',
  '물을',
  '게시물',
  '나무를',
  '가지를',
  '나뭇가지',
  '소나무를',
  '서툴다',
  '소련을',
  '동독을',
  '수주를',
  '혼자를',
  '말을',
  '혼자마다',
  '혼잣말',
  // A four-syllable noun listed whole (an idiom, a loanword) and the halves of its misspelling.
  '유비무환',
  '유비무환을',
  '유비를',
  '무한을',
  '대한해협',
  '대한해협을',
  '대한을',
  '대만을',
  '해협을',
]);
const spell = (s: string) => ACCEPTED.has(s);

describe('judgeWord (question clauses with the copula or a particle)', () => {
  it('accepts -냐/-는지/-ㄹ지 clauses the dictionary knows, with the copula or a particle', () => {
    for (const w of ['유지하느냐입니다', '유지하느냐다', '갈지가', '하는지를', '유지하느냐는']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses other endings after them, and clauses the dictionary does not know', () => {
    for (const w of ['유지하느냐했다', '갈지도록', '먹느냐다']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('judgeWord (compounds)', () => {
  it('accepts compounds of nouns with particles or 하다 endings after them', () => {
    for (const w of ['연합군사훈련이', '남북공동연락사무소의', '경제협력을', '경제협력했다', '온열질환자', '핵군사훈련을', '극온열질환'])
      expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses one noun with 이, a verb form as a part, and one-syllable parts', () => {
    for (const w of ['꼼꼼이', '하마트면', '몇일', '역활', '군사훈']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('asks the dictionary only for what it needs', () => {
    // 몇일다, and the double finals a final heard at the end may stand for (heard-stems.ts: 여덜 → 여덟).
    // Then the nouns one jamo from a pair of one-syllable nouns (short-compounds.ts: 떡집, not 장농).
    expect(compoundQueries('몇일')).toEqual(['몇일다', '몇읿', '몇잁', '몇잃', '몇잀', ...shortCompoundQueries('몇일')]);
    const q = compoundQueries('경제협력을');
    expect(q).toContain('경제를');
    expect(q).toContain('운동을');
    for (const s of q) expect(typeof s).toBe('string');
  });
});

describe('judgeWord (verb forms the dictionary does not conjugate)', () => {
  it('finds the dictionary form behind an ending, ㄴ/ㄹ or a contracted past', () => {
    for (const w of ['머물', '머물며', '조급해진', '조급해질', '기항한', '기항했다']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('takes the ending’s ㄴ/ㄹ off only before endings that follow it (조급해질지, 기항한다), not -ㄹ려고 for -려고', () => {
    for (const w of ['조급해질지', '기항한다', '기항한다고', '조급해지려고', '머물려고']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['조급해질려고', '기항할면서', '조급해진면']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('never through the copula: 몇일 is not 몇이다, 폭팔 is not 폭파다 (폭파 is a noun)', () => {
    expect(judgeWord('몇일', spell)).toBe(false);
    expect(judgeWord('폭팔', spell)).toBe(false);
    expect(compoundQueries('폭팔')).toContain('폭파를');
  });
});

describe('confusionCandidates', () => {
  it('proposes the style guides’ one-syllable confusions', async () => {
    const { confusionCandidates } = await import('./confusions');
    const has = (w: string, c: string) => expect(confusionCandidates(w), `${w} → ${c}`).toContain(c);
    has('베게', '베개');
    has('되요', '돼요');
    has('왠만하면', '웬만하면');
    has('댓가', '대가');
    has('곱배기', '곱빼기');
    has('꼼꼼이', '꼼꼼히');
    has('비로서', '비로소');
    expect(confusionCandidates('가')).not.toContain('가');
  });
});

describe('judgeWord (native numerals written solid)', () => {
  it('accepts a ten and a unit with particles', () => {
    for (const w of ['열일곱', '스물둘은', '서른다섯의', '아흔아홉', '스물한']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses a ten alone with other syllables, and verb endings', () => {
    for (const w of ['열일곱했다', '열칠', '스물둘러', '마흔다섯기']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('judgeWord (a noun and a one-syllable noun)', () => {
  it('accepts a longer noun and a one-syllable noun with particles', () => {
    for (const w of ['관련주를', '출생아', '출생아의']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses two one-syllable parts, a sai-siot spot, verb endings, -기 nouns and 이 as the short part', () => {
    for (const w of ['장주', '최대값', '관련주다', '짜기주', '꼼꼼이', '관련주했다']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('judgeWord (a one-syllable noun compound with the copula, a native noun in -이 second)', () => {
  const listed = ['곶감을', '철을', '감을', '말랭이를', '동이를', '관련을', '주를', '짜기를'];
  const sp = (s: string) => listed.includes(s);
  it('accepts the copula in 이 after a final consonant and a three-syllable -이 noun after one syllable', () => {
    for (const w of ['곶감철이면', '곶감철이라서', '감말랭이', '감말랭이를']) expect(judgeWord(w, sp), w).toBe(true);
  });
  it('not the copula after a vowel, a verb ending, a two-syllable -이 noun nor -기', () => {
    for (const w of ['관련주이면', '관련주다', '곶감철했다', '감동이', '감짜기']) expect(judgeWord(w, sp), w).toBe(false);
  });
});

describe('a 하다 adjective root of four syllables or more', () => {
  it('is accepted alone or with particles when the dictionary has the adjective', () => {
    for (const w of ['애매모호', '애매모호를']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['애매모호투', '애매모오']) expect(judgeWord(w, spell), w).toBe(false);
    expect(compoundQueries('애매모호를')).toContain('애매모호하다');
  });
  it('is suggested first when Hunspell suggests the adjective form for the root', async () => {
    const { withRoots } = await import('./verdict');
    expect(withRoots('애메모호', ['애매모호한', '애매한'])).toEqual(['애매모호', '애매모호한', '애매한']);
    expect(withRoots('애메모호한', ['애매모호한'])).toEqual(['애매모호한']);
  });
});

describe('judgeWord (a native prefix and a one-syllable noun; currencies)', () => {
  it('accepts 잔-/맨-/헛-/덧- before a one-syllable noun, and a currency with 화', () => {
    for (const w of ['잔불을', '잔돈', '맨불을', '엔화는', '루블화를']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses other first syllables, particles as the noun, and other heads after a currency', () => {
    for (const w of ['폭불을', '잔이', '엔하는', '엔화했다']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('nounHeads', () => {
  it('gives the leading nouns that leave two syllables or more', async () => {
    const { nounHeads } = await import('./verdict');
    expect(nounHeads('온열질환자', spell)).toEqual([2]);
    expect(nounHeads('공부', spell)).toEqual([]);
  });
});

describe('judgeWord (a one-syllable noun first)', () => {
  it('accepts it before a longer noun with particles', () => {
    for (const w of ['손팻말을', '손팻말']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses it when a style-guide confusion of the word is a dictionary word (육계장 → 육개장), or a particle follows', () => {
    for (const w of ['육계장', '손팻말했다', '이팻말']) expect(judgeWord(w, spell), w).toBe(false);
    expect(compoundQueries('육계장')).toContain('육개장');
  });
});

describe('judgeWord (one strong confusion away from a dictionary word)', () => {
  it('refuses a split when ㅖ/ㅔ or a missing sai-siot gives a word of the dictionary', () => {
    for (const w of ['계시물', '나무가지']) expect(judgeWord(w, spell), w).toBe(false);
    expect(compoundQueries('나무가지')).toContain('나뭇가지');
  });
  it('still accepts splits with no such neighbour', () => {
    for (const w of ['소나무가지', '경제협력을']) expect(judgeWord(w, spell), w).toBe(true);
  });
});

describe('judgeWord (ㄹ-stems before ㄴ, -쩍다)', () => {
  it('finds the ㄹ-stem behind -ㄴ and accepts the -쩍다 adjectives of 제54항', () => {
    for (const w of ['서툰', '맥쩍다', '겸연쩍은']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['바툰', '맥쩍기', '손쩍다']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('judgeWord (round 5: 옛- before a noun, 당 after a counter, -전, a sai-siot before ㄴ/ㅁ)', () => {
  it('accepts 옛- before a noun of any length, with particles', () => {
    for (const w of ['옛소련의', '옛동독', '잔소련을']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['옛소련했다', '옛이', '옛소련기']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('accepts 첫- before a noun (첫서리가 ← 첫 + 서리), not before a verb ending', () => {
    for (const w of ['첫소련이', '첫동독']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['첫소련했다', '첫이', '첫소련기']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('accepts 당 (per) after a counter or unit, not after any syllable', () => {
    for (const w of ['대당', '인당의', '가구당은', '톤당']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['대당했다', '빵당', '당대']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('takes -전 (a contest) as a suffix after a noun', () => {
    expect(judgeWord('수주전에도', spell)).toBe(true);
    expect(judgeWord('꽥전을', spell)).toBe(false);
  });
  it('refuses a word whose sai-siot before ㅁ is missing, even when it reads as a noun + 마다 with ㄹ dropped', () => {
    expect(judgeWord('혼자말', spell)).toBe(false);
    expect(compoundQueries('혼자말')).toContain('혼잣말');
  });
  it('asks the dictionary only for strings compoundQueries lists', () => {
    for (const w of ['옛소련의', '대당', '수주전에도', '혼자말', '연합군사훈련이', '육계장', '서툰', '유비무한을', '대만해협']) {
      const asked = new Set([w, ...compoundQueries(w)]);
      judgeWord(w, (s) => {
        expect(asked.has(s), `${w}: ${s}`).toBe(true);
        return spell(s);
      });
    }
  });
});

describe('judgeWord (round 5: a four-syllable split that is a whole noun one vowel off)', () => {
  it('refuses the split when the rival is listed whole and its changed half is no noun', async () => {
    const { wholeRival } = await import('./compound');
    // 유비무환 written 유비무한 (ㅘ heard as ㅏ): 유비 + 무한 split, but 무환 is no noun and 유비무환 is listed.
    expect(wholeRival('유비무한', spell)).toBe('유비무환');
    expect(wholeRival('유비무한을', spell)).toBe('유비무환을');
    expect(judgeWord('유비무한', spell)).toBe(false);
    for (const q of ['유비무환을', '무환을']) expect(compoundQueries('유비무한')).toContain(q);
  });
  it('keeps a compound whose rival is only another compound (대만해협 beside 대한해협), and other lengths', async () => {
    const { wholeRival } = await import('./compound');
    expect(wholeRival('대만해협', spell)).toBeNull();
    expect(judgeWord('대만해협', spell)).toBe(true);
    // Other lengths are no sound rival's (sound-rivals.ts); a listed idiom with 하다 after it is a
    // slip of one syllable (slip-rivals.ts), where the dictionary lists the idiom.
    const sound = (await import('./sound-rivals')).wholeRival;
    expect(sound('유비무한했다', spell)).toBeNull();
    expect(wholeRival('유비무한했다', spell)).toBe(spell('유비무환') ? '유비무환했다' : null);
  });
});

describe('round 6: a tense initial written for a plain one', () => {
  // 부엌데기 written 부엌떼기: 부엌 + 떼기 splits, but 부엌데기 is listed.
  const words = new Set(['부엌데기', '부엌', '떼기', '데기', '소나무', '껍질']);
  const spell = (s: string) => words.has(s) || ((s.endsWith('을') || s.endsWith('를')) && words.has(s.slice(0, -1)));
  it('refuses the split when the plain form is a word of the dictionary', () => {
    expect(judgeWord('부엌떼기', spell)).toBe(false);
    expect(compoundQueries('부엌떼기')).toContain('부엌데기');
  });
  it('keeps a compound whose plain form is no word (소나무껍질), and a first syllable', () => {
    expect(judgeWord('소나무껍질', spell)).toBe(true);
    expect(judgeWord('떼기부엌', (s) => spell(s) || s === '데기부엌')).toBe(true);
  });
});

describe('verdictFor (round 6: rival, loanword suggestions)', () => {
  it('marks a word one strong confusion from a dictionary word, and a two-vowel loanword form follows Hunspell’s first three', async () => {
    const { verdictFor } = await import('./verdict');
    const listed = new Set(['월세방', '래디어스']);
    const dict = { spell: (s: string) => listed.has(s), suggest: (w: string) => (w === '라디아스' ? ['라디오'] : []) };
    expect(verdictFor('월셋방', dict)).toMatchObject({ ok: false, rival: true, suggestions: ['월세방'] });
    expect(verdictFor('라디아스', dict).suggestions).toEqual(['라디오', '래디어스']);
    expect(verdictFor('가나다', dict).rival).toBeUndefined();
  });
});

describe('round 7: a noun and a form of 되다; a question clause with the copula’s connective forms', () => {
  const spell = (s: string) => ['계류를', '면책을', '처리를', '되지는', '돼', '된', '됐다', '있느냐', '갈지'].includes(s);
  it('accepts a dictionary noun with a form of 되다 the dictionary takes alone (계류돼, 면책되지는)', () => {
    for (const w of ['계류돼', '면책되지는', '처리된', '처리됐다']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses 되 alone, a form of 되다 the dictionary refuses, and a head that is no noun', () => {
    for (const w of ['계류되', '계류되요', '몇일돼', '계륜돼', '면책되지를']) expect(judgeWord(w, spell), w).toBe(false);
  });
  it('asks the dictionary for the 되다 form (server parity)', () => {
    expect(compoundQueries('계류돼')).toContain('돼');
    expect(compoundQueries('면책되지는')).toContain('되지는');
    expect(compoundQueries('계류되')).not.toContain('되');
  });
  it('takes the copula’s connective forms after a question clause (있느냐였는데, 갈지였고), not verb endings', () => {
    for (const w of ['있느냐였는데', '갈지였고', '있느냐였지만']) expect(judgeWord(w, spell), w).toBe(true);
    for (const w of ['있느냐했는데', '있느냐였어서', '있나였는데']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('round 7: a noun and a one-syllable noun one confusion from a listed word', () => {
  const spell = (s: string) => ['메뉴를', '얼을', '매뉴얼을', '관련을', '주를'].includes(s);
  it('refuses the split when a style-guide confusion of the word is listed (메뉴얼을 → 매뉴얼을)', () => {
    expect(judgeWord('메뉴얼을', spell)).toBe(false);
  });
  it('keeps splits with no such neighbour (관련주를)', () => {
    expect(judgeWord('관련주를', spell)).toBe(true);
  });
  it('marks such a word a rival, so no name of the source excuses it; not a word without the split', () => {
    const dict = { spell, suggest: () => [] };
    expect(verdictFor('메뉴얼을', dict).rival).toBe(true);
    expect(verdictFor('매뉴엘을', dict).rival).toBeUndefined();
  });
});

describe('judgeWord (a one-syllable Sino-Korean affix of the dictionary’s 「접사」 entries)', () => {
  const words = new Set(['범죄', '도심', '장마', '장맛비', '사무', '원두']);
  const spell = (s: string) => words.has(s) || ((s.endsWith('을') || s.endsWith('를')) && words.has(s.slice(0, -1)));
  it('accepts a noun of two syllables or more with the suffix -극 (劇) or after the prefix 원- (原), with particles', () => {
    for (const w of ['범죄극', '범죄극을', '원도심', '원도심과', '원도심의']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses affixes around a one-syllable stem, and a word a known correction away from a dictionary word', () => {
    // 죄 is no noun of two syllables, with or without a prefix.
    for (const w of ['죄극', '원죄극', '원심과']) expect(judgeWord(w, spell), w).toBe(false);
    // 장마 + -비 would split, but 장맛비 is a dictionary word one known sai-siot correction away.
    expect(judgeWord('장마비', spell)).toBe(false);
  });
});

describe('judgeWord (a standard loanword as a part)', () => {
  it('takes a listed loanword of two syllables or more before a one-syllable Sino-Korean suffix', () => {
    for (const w of ['파우치형', '파우치형의', '스마트폰용으로']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('not an unlisted one, a loanword alone, one before no suffix or before a noun (플랜 + 카드 is 플래카드 misspelt)', () => {
    for (const w of ['파우형', '파우치', '파우치얼', '바테리형', '플랜카드']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('judgeWord (a one-syllable noun with the plural 들)', () => {
  const sp = (s: string) => ['차를', '배를', '꽃을', '힘을', '시를', '힘들다', '시들다'].includes(s);
  it('accepts 차들이, 배들을, 꽃들도', () => {
    for (const w of ['차들이', '배들을', '꽃들도']) expect(judgeWord(w, sp), w).toBe(true);
  });
  it('not a syllable the dictionary takes as no noun, a verb ending after 들, nor a 들다 verb (힘들은)', () => {
    for (const w of ['됬들이', '차들었다', '차들어서', '힘들은', '시들은']) expect(judgeWord(w, sp), w).toBe(false);
  });
});

describe('a noun of action and a form of 받다 written solid (적용받지, 지원받은)', () => {
  const spell = (s: string) =>
    [
      '적용을',
      '적용하다',
      '지원을',
      '지원하다',
      '받지',
      '받은',
      '받아',
      '받았다',
      '받침을',
      '받침',
      '하늘을',
      '사과를',
      '사과하다',
    ].includes(s);
  it('accepts the passive suffix -받다 after a noun whose 하다 verb the dictionary has', () => {
    for (const w of ['적용받지', '지원받은', '지원받아', '적용받았다', '사과받은']) expect(judgeWord(w, spell), w).toBe(true);
    expect(compoundQueries('적용받지')).toEqual(expect.arrayContaining(['받지', '적용하다']));
  });
  it('refuses a noun with no 하다 verb, a form of 받다 the dictionary refuses, and 받 alone', () => {
    for (const w of ['하늘받은', '하늘받아', '적용받앗다', '적용받', '적용바지', '저굥받지']) expect(judgeWord(w, spell), w).toBe(false);
  });
});

describe('a noun and the suffix 열 (列, 熱) after a vowel or ㄴ (대기열에, 발권열이)', () => {
  const spell = (s: string) => ['대기를', '발권을', '진행을', '대기', '발권', '진행'].includes(s);
  it('accepts 열 after a noun ending in a vowel or ㄴ', () => {
    for (const w of ['대기열에', '대기열', '발권열이', '대기열도']) expect(judgeWord(w, spell), w).toBe(true);
  });
  it('refuses 열 after another final, and 렬 after a vowel', () => {
    for (const w of ['진행열에', '대기렬에', '발권렬이', '대기열렬']) expect(judgeWord(w, spell), w).toBe(false);
  });
});
