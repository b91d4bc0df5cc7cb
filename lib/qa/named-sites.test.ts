import { describe, expect, it } from 'vitest';
import { namedSites } from './named-sites';

const names = (en: string) => namedSites(en).map((s) => s.text);

describe('named sites', () => {
  it('finds a proper name before a site noun after an article, a preposition or a possessive', () => {
    expect(names("It tried to reach orbit from Brazil's Alcantara base in March.")).toEqual(['Alcantara base']);
    expect(names('Soyuz lifted off from the Baikonur cosmodrome.')).toEqual(['Baikonur cosmodrome']);
    expect(names('Workers at the Yongbyon reactor and a Tesla plant.')).toEqual(['Yongbyon reactor', 'Tesla plant']);
    expect(names('Ships left from the Ulsan port, then again from the Ulsan port.')).toEqual(['Ulsan port']);
  });
  it('leaves nationality adjectives, institution words, sentence openings and lower-case nouns alone', () => {
    expect(names('Troops left the Russian base and an Israeli air base.')).toEqual([]);
    expect(names('Soldiers at the Army base and the Navy shipyard.')).toEqual([]);
    expect(names('Alcantara base is in Brazil.')).toEqual([]);
    expect(names('from the launch base in March')).toEqual([]);
    expect(names('the Alcantara Launch Center')).toEqual([]);
  });
});
