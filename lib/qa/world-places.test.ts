import { describe, expect, it } from 'vitest';
import { buildWorldCapitals, buildWorldCountries, buildWorldPlaces, loadSources, render } from '@/scripts/world-places';
import { WORLD_CAPITALS, WORLD_COUNTRIES, WORLD_PLACES } from './world-places.data';

describe('world places (the leftover-Latin check’s countries and cities)', () => {
  it('is what scripts/world-places.ts builds from its packages (run it after upgrading them)', async () => {
    const { cities, countries } = await loadSources();
    const names = buildWorldPlaces(cities, countries);
    expect(WORLD_PLACES).toBe(names.join('|'));
    expect(WORLD_COUNTRIES).toBe(buildWorldCountries(countries).join('|'));
    expect(WORLD_CAPITALS).toBe(buildWorldCapitals(countries).join('|'));
    expect(render(names, buildWorldCountries(countries), buildWorldCapitals(countries))).toContain(`'${WORLD_PLACES}'`);
  });

  it('holds countries, large cities and the states and provinces of four big countries, not small towns or words that are not names', () => {
    const places = new Set(WORLD_PLACES.split('|'));
    for (const p of ['Geneva', 'France', 'Switzerland', 'New York', 'Washington', 'Tokyo', 'Lagos']) expect(places.has(p), p).toBe(true);
    for (const p of ['Florida', 'Texas', 'Ontario', 'Quebec', 'Queensland', 'Kerala']) expect(places.has(p), p).toBe(true);
    for (const p of ['Delft', 'Bath', 'Arm', 'Reuters', 'The', 'District of Columbia', 'Bayern']) expect(places.has(p), p).toBe(false);
  });

  it('lists the countries and the capitals apart', () => {
    const countries = new Set(WORLD_COUNTRIES.split('|'));
    for (const p of ['Russia', 'Oman', 'Laos', 'Japan', 'France']) expect(countries.has(p), p).toBe(true);
    for (const p of ['Osaka', 'Shenzhen', 'Vladivostok', 'Florida', 'Geneva']) expect(countries.has(p), p).toBe(false);
    const capitals = new Set(WORLD_CAPITALS.split('|'));
    for (const p of ['Kyiv', 'Tehran', 'Ottawa', 'Seoul']) expect(capitals.has(p), p).toBe(true);
    for (const p of ['Vladivostok', 'Geneva', 'Osaka', 'Russia']) expect(capitals.has(p), p).toBe(false);
  });
});
