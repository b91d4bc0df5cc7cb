import { describe, expect, it } from 'vitest';
import {
  PARTICLE_PAIRS,
  attachParticle,
  checkParticleAfter,
  finalConsonant,
  findParticle,
  fixParticle,
  hasFinalConsonant,
  particleFor,
  pickParticle,
} from './particles';

describe('finalConsonant / hasFinalConsonant', () => {
  it('reads the final consonant of Hangul syllables', () => {
    expect(finalConsonant('권정근')).toBe('ㄴ');
    expect(finalConsonant('서울')).toBe('ㄹ');
    expect(finalConsonant('트럼프')).toBe('');
    expect(hasFinalConsonant('김정은')).toBe(true);
    expect(hasFinalConsonant('철수')).toBe(false);
  });

  it('reads digit-final words by their Sino-Korean reading', () => {
    const cases: [string, string][] = [
      ['1', 'ㄹ'],
      ['2', ''],
      ['3', 'ㅁ'],
      ['4', ''],
      ['5', ''],
      ['6', 'ㄱ'],
      ['7', 'ㄹ'],
      ['8', 'ㄹ'],
      ['9', ''],
      ['0', 'ㅇ'],
      ['10', 'ㅂ'],
      ['20', 'ㅂ'],
      ['100', 'ㄱ'],
      ['1,000', 'ㄴ'],
      ['10000', 'ㄴ'],
      ['100000000', 'ㄱ'],
      ['2019', ''],
      ['제7', 'ㄹ'],
      ['3.5', ''],
      ['3.14', ''],
      ['3.6', 'ㄱ'],
      ['5%', ''],
      ['8월', 'ㄹ'],
    ];
    for (const [word, final] of cases) expect(finalConsonant(word), word).toBe(final);
  });

  it('returns null for Latin-final and empty words', () => {
    expect(hasFinalConsonant('WFP')).toBeNull();
    expect(hasFinalConsonant('Trump')).toBeNull();
    expect(hasFinalConsonant('')).toBeNull();
    expect(hasFinalConsonant('G7')).toBeNull(); // 지세븐 or 지칠: depends on the reader
    expect(hasFinalConsonant('F-35')).toBeNull();
  });

  it('looks through a trailing gloss in parentheses and closing quotes', () => {
    expect(finalConsonant('권정근(Kwon Jong-gun)')).toBe('ㄴ');
    expect(finalConsonant('세계식량계획(WFP)')).toBe('ㄱ');
    expect(finalConsonant('“새로운 길”')).toBe('ㄹ');
  });

  it('handles decomposed (NFD) Hangul', () => {
    expect(finalConsonant('권정근'.normalize('NFD'))).toBe('ㄴ');
  });
});

describe('pickParticle: every pair, both forms', () => {
  // [pair, word with 받침, expected, open-syllable word, expected]
  const table: [keyof typeof PARTICLE_PAIRS, string, string, string, string][] = [
    ['topic', '권정근', '은', '트럼프', '는'],
    ['subject', '권정근', '이', '트럼프', '가'],
    ['object', '통일연구원', '을', '하노이', '를'],
    ['and', '중국', '과', '러시아', '와'],
    ['direction', '권정근', '으로', '철수', '로'],
    ['asRole', '국장', '으로서', '대표', '로서'],
    ['byMeans', '압박', '으로써', '대화', '로써'],
    ['or', '중국', '이나', '러시아', '나'],
    ['withColloquial', '동생', '이랑', '철수', '랑'],
    ['vocative', '권정근', '아', '철수', '야'],
    ['quoted', '새로운 길', '이라고', '평화', '라고'],
    ['called', '판문점', '이라는', '하노이', '라는'],
    ['listing', '연구원', '이며', '교수', '며'],
  ];
  it.each(table)('%s', (pair, closed, closedForm, open, openForm) => {
    const p = PARTICLE_PAIRS[pair];
    expect(pickParticle(closed, p)).toBe(closedForm);
    expect(pickParticle(open, p)).toBe(openForm);
    expect(closedForm).toBe(p.withBatchim);
    expect(openForm).toBe(p.withoutBatchim);
  });

  it('applies the ㄹ rule to 으로/로 and its compounds only', () => {
    expect(pickParticle('서울', PARTICLE_PAIRS.direction)).toBe('로');
    expect(pickParticle('권정근', PARTICLE_PAIRS.direction)).toBe('으로');
    expect(pickParticle('철수', PARTICLE_PAIRS.direction)).toBe('로');
    expect(pickParticle('연말', PARTICLE_PAIRS.asRole)).toBe('로서');
    expect(pickParticle('연말', PARTICLE_PAIRS.byMeans)).toBe('로써');
    // other pairs treat ㄹ as any final consonant
    expect(pickParticle('서울', PARTICLE_PAIRS.topic)).toBe('은');
    expect(pickParticle('서울', PARTICLE_PAIRS.and)).toBe('과');
  });

  it('agrees with digit-final words', () => {
    expect(attachParticle('1', 'topic')).toBe('1은');
    expect(attachParticle('2', 'topic')).toBe('2는');
    expect(attachParticle('3', 'subject')).toBe('3이');
    expect(attachParticle('6', 'object')).toBe('6을');
    expect(attachParticle('7', 'direction')).toBe('7로'); // 칠 ends in ㄹ
    expect(attachParticle('8', 'direction')).toBe('8로');
    expect(attachParticle('3', 'direction')).toBe('3으로');
    expect(attachParticle('10', 'direction')).toBe('10으로'); // 십
    expect(attachParticle('0', 'and')).toBe('0과'); // 영
    expect(attachParticle('2019', 'and')).toBe('2019와');
  });

  it('offers both forms when the reading is unknown', () => {
    expect(pickParticle('WFP', PARTICLE_PAIRS.topic)).toBe('은(는)');
    expect(pickParticle('Trump', PARTICLE_PAIRS.direction)).toBe('(으)로');
    expect(pickParticle('DMZ', PARTICLE_PAIRS.quoted)).toBe('(이)라고');
  });
});

describe('findParticle / checkParticleAfter / fixParticle', () => {
  it('finds the longest attached particle that ends the word', () => {
    expect(findParticle('으로서 말했다')?.form).toBe('으로서');
    expect(findParticle('이라는 곳')?.pair).toBe('called');
    expect(findParticle('은 말했다')?.pair).toBe('topic');
    expect(findParticle('이었다')).toBeNull(); // copula, not the subject particle
    expect(findParticle(' 국장은')).toBeNull(); // not attached
    expect(findParticle('')).toBeNull();
  });

  it('reports disagreeing particles with their offsets', () => {
    expect(checkParticleAfter('권정근', '는 최근 담화에서')).toEqual({
      expected: '은',
      found: '는',
      start: 0,
      end: 1,
      pair: 'topic',
    });
    expect(checkParticleAfter('서울', '으로 향했다')?.expected).toBe('로');
    expect(checkParticleAfter('권정근', '로')?.expected).toBe('으로');
    expect(checkParticleAfter('세계식량계획', '를 통해')?.expected).toBe('을');
    expect(checkParticleAfter('트럼프', '과.')?.expected).toBe('와');
    expect(checkParticleAfter('7', '으로')?.expected).toBe('로');
  });

  it('is silent when the particle agrees, is absent, or the word is Latin-final', () => {
    expect(checkParticleAfter('권정근', '은 최근')).toBeNull();
    expect(checkParticleAfter('서울', '로')).toBeNull();
    expect(checkParticleAfter('권정근', ' 국장')).toBeNull();
    expect(checkParticleAfter('WFP', '는')).toBeNull();
    expect(checkParticleAfter('중국', '과거')).toBeNull();
    // copula forms: 이며 after an open syllable is standard too, 며 after a closed one is not
    expect(checkParticleAfter('교수', '이며')).toBeNull();
    expect(checkParticleAfter('연구원', '며')?.expected).toBe('이며');
  });

  it('fixes the particle in place', () => {
    expect(fixParticle('권정근', '는 최근 담화에서')).toBe('은 최근 담화에서');
    expect(fixParticle('서울', '으로.')).toBe('로.');
    expect(fixParticle('권정근', '은 최근')).toBe('은 최근');
  });

  it('uses es-hangul for Hangul words, including 와/과 and the ㄹ rule', () => {
    expect(pickParticle('북한', PARTICLE_PAIRS.and)).toBe('과');
    expect(pickParticle('러시아', PARTICLE_PAIRS.and)).toBe('와');
    expect(pickParticle('연말', PARTICLE_PAIRS.direction)).toBe('로');
    expect(pickParticle('“새로운 길”', PARTICLE_PAIRS.topic)).toBe('은');
  });

  it('particleFor picks one form for messages, even after Latin words', () => {
    expect(particleFor('Kwon Jong-gun', PARTICLE_PAIRS.topic)).toBe('은');
    expect(particleFor('Trump', PARTICLE_PAIRS.topic)).toBe('는');
    expect(particleFor('WFP', PARTICLE_PAIRS.subject)).toBe('가');
    expect(particleFor('UN', PARTICLE_PAIRS.subject)).toBe('이');
    expect(particleFor('Seoul', PARTICLE_PAIRS.direction)).toBe('로');
    expect(particleFor('2', PARTICLE_PAIRS.subject)).toBe('가');
    expect(particleFor('20', PARTICLE_PAIRS.subject)).toBe('이');
    expect(particleFor('권정근', PARTICLE_PAIRS.direction)).toBe('으로');
  });
});
