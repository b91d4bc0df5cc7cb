import { describe, expect, it } from 'vitest';
import { alphanumericCheck, findCodes } from './alphanumeric';
import { keys, runOne, seg } from './testing';
import { runDocumentChecks } from './index';

const run = (en: string, ko: string) => keys(runOne(alphanumericCheck, en, ko));

describe('alphanumeric check', () => {
  it('finds codes in capitals and digits, not capitalised words with numbers', () => {
    expect(
      findCodes('F-35A jets, KN-23 and B-52 bombers, COVID-19, the G7, 5G, an A380; Hwasong-17 and Windows 11 in the 1990S').map(
        (c) => c.text,
      ),
    ).toEqual(['F-35A', 'KN-23', 'B-52', 'COVID-19', 'G7', '5G', 'A380']);
  });
  it('flags a code the translation lost or changed, and a code it added', () => {
    expect(run('The North fired a KN-23 missile.', '북한이 KN-24 미사일을 쐈다.')).toEqual([
      'alphanumeric:missing:KN23',
      'alphanumeric:extra:KN24',
    ]);
    expect(run('Two B-52 bombers flew over.', '폭격기 두 대가 상공을 비행했다.')).toEqual(['alphanumeric:missing:B52']);
    expect(run('Seoul bought more jets.', '한국은 F-35A를 더 샀다.')).toEqual(['alphanumeric:extra:F35A']);
  });
  it('accepts the code unchanged, with other hyphens or spacing, or in its settled Korean form', () => {
    expect(run('The F-35A fleet grew.', 'F-35A 전력이 늘었다.')).toEqual([]);
    expect(run('An F-35A crashed.', 'F35A 한 대가 추락했다.')).toEqual([]);
    expect(run('COVID-19 cases rose at the G7 summit.', '주요 7개국 정상회의에서 코로나19 확진자가 늘었다.')).toEqual([]);
    expect(run('The Hwasong-17 flew 1,000 km.', '화성-17형은 1천㎞를 날았다.')).toEqual([]);
    expect(run('Demand reached 97.8 gigawatts (GW), or 100 GW.', '수요가 97.8GW, 100GW에 이르렀다.')).toEqual([]);
  });
  it('reads subscript and superscript digits as digits (CO₂ = CO2), still flags another number', () => {
    expect(run('Cars emit CO2 and H2O.', '자동차는 이산화탄소(CO₂)와 H₂O를 내뿜는다.')).toEqual([]);
    expect(run('Cars emit CO₂.', '자동차는 CO2를 내뿜는다.')).toEqual([]);
    expect(run('Cars emit CO2.', '자동차는 이산화탄소(CO₃)를 내뿜는다.')).toEqual(['alphanumeric:missing:CO2', 'alphanumeric:extra:CO3']);
    expect(run('Cars emit CO2.', '자동차는 이산화탄소(CO)를 내뿜는다.')).toEqual(['alphanumeric:missing:CO2']);
  });
  it('accepts a code the document gives in another segment, still flags one it never gives (runDocumentChecks)', () => {
    const doc = [
      seg('Ministers of the Group of 20 (G20) met.', '주요 20개국(G20) 장관들이 만났다.', { id: 'a' }),
      seg('The group will meet again in April.', 'G20은 4월에 다시 만난다.', { id: 'b' }),
      seg('The group will meet again in May.', 'G7은 5월에 다시 만난다.', { id: 'c' }),
    ];
    const got = runDocumentChecks(doc).flatMap((r) =>
      r.issues.filter((i) => i.check === 'alphanumeric').map((i) => `${r.segmentId} ${i.key}`),
    );
    expect(got).toEqual(['c alphanumeric:extra:G7']);
  });
});
