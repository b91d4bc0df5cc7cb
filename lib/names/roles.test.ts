import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { roleAtFirstMention, roleFromNote } from './roles';

const fixture = readFileSync('/work/shared/fixtures/korean-peninsula-a-to-z.en.txt', 'utf8').split(/\n\s*\n/);

describe('roles', () => {
  it('reads the role from the first mention in the fixture (appositive after, title before)', () => {
    expect(roleAtFirstMention(fixture, 'Kwon Jong-gun')).toEqual({ en: 'director', ko: '국장' });
    expect(roleAtFirstMention(fixture, 'Oh Gyeong-seop')).toEqual({ en: 'researcher', ko: '연구위원' });
    expect(roleAtFirstMention(fixture, 'Kim Jong-un')).toEqual({ en: 'leader', ko: '위원장' });
    expect(roleAtFirstMention(fixture, 'Donald Trump')).toEqual({ en: 'president', ko: '대통령' });
  });

  it('no role when the first mention has none, or the name is absent', () => {
    expect(roleAtFirstMention(['Kwon Jong-gun arrived. He was the director.'], 'Kwon Jong-gun')).toBeNull();
    expect(roleAtFirstMention(['Nothing here.'], 'Kwon Jong-gun')).toBeNull();
    expect(roleAtFirstMention(['Kwon Jong-gun, who met the director, spoke.'], 'Kwon Jong-gun')).toBeNull();
  });

  it('the note wins: role: 국장 / 직함: 부장', () => {
    expect(roleFromNote('Detected in "X" · role: 국장')).toEqual({ en: '', ko: '국장' });
    expect(roleFromNote('직함: 부장')).toEqual({ en: '', ko: '부장' });
    expect(roleFromNote('no role here')).toBeNull();
  });
});
