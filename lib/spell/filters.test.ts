import { describe, expect, it } from 'vitest';
import {
  isCountryRun,
  isSectorRun,
  isKnownWithTail,
  isNameBeforeTitle,
  isParticleTail,
  knownWords,
  passesWithoutDictionary,
} from './filters';
import { spellTokens } from './tokenise';

describe('particle tails and known words', () => {
  it('reads chains of particles and copula endings', () => {
    for (const t of ['', '은', '에서도', '이라며', '였다', '측은', '에게는']) expect(isParticleTail(t), t).toBe(true);
    for (const t of ['어요', '했다', '님과학', '트면']) expect(isParticleTail(t), t).toBe(false);
  });
  it('takes glossary forms, alternatives and multi-word terms apart', () => {
    expect([...knownWords(['유엔 | 국제연합', '그린피스 서울사무소', 'Kwon Jong-gun(권정근)'])]).toEqual([
      '유엔',
      '국제연합',
      '그린피스',
      '서울사무소',
      '권정근',
    ]);
  });
  it('lets a known word pass with particles after it, not with other endings', () => {
    const known = new Set(['권정근', '하노이']);
    expect(isKnownWithTail('권정근은', known)).toBe(true);
    expect(isKnownWithTail('하노이에서도', known)).toBe(true);
    expect(isKnownWithTail('하노이였다', known)).toBe(true);
    expect(isKnownWithTail('하노이스럽다', known)).toBe(false);
    expect(isKnownWithTail('권정', known)).toBe(false);
  });
});

describe('names before a title', () => {
  const at = (text: string, word: string) => spellTokens(text).find((t) => t.word === word)!;
  it('passes a surname-first name followed by a title within three words', () => {
    expect(isNameBeforeTitle('조영탁 한양대 교수는 말했다', at('조영탁 한양대 교수는 말했다', '조영탁'))).toBe(true);
    expect(isNameBeforeTitle('이순자 씨는', at('이순자 씨는', '이순자'))).toBe(true);
    expect(isNameBeforeTitle('박민지씨가', at('박민지씨가', '박민지씨가'))).toBe(true);
  });
  it('does not pass a word without a surname, too long, or far from a title', () => {
    expect(isNameBeforeTitle('금새 돌아온 교수', at('금새 돌아온 교수', '금새'))).toBe(false);
    expect(isNameBeforeTitle('김치찌개를 먹은 회사의 사장은', at('김치찌개를 먹은 회사의 사장은', '김치찌개를'))).toBe(false);
    expect(isNameBeforeTitle('김씨네 가게와 그 옆의 빵집 사장', at('김씨네 가게와 그 옆의 빵집 사장', '김씨네'))).toBe(false);
  });
  it('passes a surname standing alone before a title or a kin word', () => {
    expect(isNameBeforeTitle('최 씨는 풀을 쑤었다', at('최 씨는 풀을 쑤었다', '최'))).toBe(true);
    expect(isNameBeforeTitle('동네 최 할머니가 왔다', at('동네 최 할머니가 왔다', '최'))).toBe(true);
    expect(isNameBeforeTitle('최 모 씨가 말했다', at('최 모 씨가 말했다', '최'))).toBe(true);
  });
  it('does not pass a surname alone before a word that only starts like a title', () => {
    expect(isNameBeforeTitle('최 씨앗을 심었다', at('최 씨앗을 심었다', '최'))).toBe(false);
    expect(isNameBeforeTitle('최 선수촌에서', at('최 선수촌에서', '최'))).toBe(false);
    expect(isNameBeforeTitle('최 좋은 씨', at('최 좋은 씨', '최'))).toBe(false);
  });
  it('combines the filters', () => {
    const text = '전력거래소(KPX)는 금새 밝혔다';
    const [glossed, wrong] = spellTokens(text);
    expect(passesWithoutDictionary(text, glossed!, new Set())).toBe(true);
    expect(passesWithoutDictionary(text, wrong!, new Set())).toBe(false);
    expect(passesWithoutDictionary(text, wrong!, new Set(['금새']))).toBe(true);
  });
});

describe('runs of one-syllable country names', () => {
  it('passes 한중일, 북미, 한미일 with particles', () => {
    for (const w of ['한중일', '한중일은', '북미', '한미일의', '미중']) expect(isCountryRun(w), w).toBe(true);
  });
  it('not a repeated syllable, other syllables, or other endings', () => {
    for (const w of ['한한', '한국일', '몇일', '한중일스럽다', '중']) expect(isCountryRun(w), w).toBe(false);
  });
});

describe('round 7: runs of one-syllable sector names', () => {
  it('passes 민관, 민관군, 노사정, 산학연, 여야 with particles', () => {
    for (const w of ['민관', '민관의', '민관군', '노사정은', '산학연이', '여야가', '당정청']) expect(isSectorRun(w), w).toBe(true);
  });
  it('refuses unpaired syllables, repeats, longer runs and verb endings', () => {
    for (const w of ['민사', '관학', '민민', '민관군정', '민관하다', '노', '학민']) expect(isSectorRun(w), w).toBe(false);
  });
});
