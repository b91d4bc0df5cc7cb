import { describe, expect, it } from 'vitest';
import { termsCheck } from './terms';
import { ctxFor, keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
  { source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' },
  { source: 'World Food Program', target: '세계식량계획 | 세계식량계획(WFP)', kind: 'TERM' },
  { source: 'DMZ', target: 'DMZ', kind: 'DO_NOT_TRANSLATE', caseSensitive: true },
];
const run = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, TERMS));

describe('terms check', () => {
  it('accepts glossary forms with particles attached', () => {
    expect(run('Kwon Jong-gun said so.', '권정근은 그렇게 말했다.')).toEqual([]);
    expect(run('KWON JONG-GUN said so.', '권정근이 그렇게 말했다.')).toEqual([]);
    expect(run('Aid via the World Food Program.', '세계식량계획을 통한 지원.')).toEqual([]);
    expect(run('Troops at the DMZ.', 'DMZ의 병력.')).toEqual([]);
    expect(run('Kwon Jong Gun said so.', '권정근은 그렇게 말했다.')).toEqual([]);
    expect(run('Kwon Jong Gun said so.', '그는 그렇게 말했다.')).toEqual(['terms:missing:Kwon Jong-gun']);
  });

  it('accepts surname-only mentions rendered by full name or surname and title', () => {
    expect(run('Kwon lashed out.', '권 국장은 맹비난했다.')).toEqual([]);
    expect(run('Kwon lashed out.', '권정근은 맹비난했다.')).toEqual([]);
    expect(run('Trump said so.', '트럼프 대통령은 그렇게 말했다.')).toEqual([]);
  });

  it('finds the family name of a Japanese or Chinese name the English gives in Western order (Kenji Takeda → 다케다 겐지)', () => {
    const terms: QaTerm[] = [{ source: 'Kenji Takeda', target: '다케다 겐지', kind: 'NAME' }];
    const r = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, terms));
    expect(r('Takeda said so.', '다케다 경제산업상은 그렇게 말했다.')).toEqual([]);
    expect(r('Takeda said so.', '겐지 경제산업상은 그렇게 말했다.')).toEqual(['terms:missing:Kenji Takeda']);
    // Western names keep the last token (도널드 트럼프 → 트럼프).
    expect(run('Trump said so.', '도널드 대통령은 그렇게 말했다.')).toEqual(['terms:missing:Donald Trump']);
  });

  it('flags a missing name, a missing term and a changed do-not-translate term', () => {
    expect(run('Kwon Jong-gun said so.', '그는 그렇게 말했다.')).toEqual(['terms:missing:Kwon Jong-gun']);
    expect(run('Kwon lashed out.', '권력이 맹비난했다.')).toEqual(['terms:missing:Kwon Jong-gun']);
    expect(run('Aid via the World Food Program.', '식량계획을 통한 지원.')).toEqual(['terms:missing:World Food Program']);
    expect(run('Troops at the DMZ.', '비무장지대의 병력.')).toEqual(['terms:dnt:DMZ']);
  });

  it('accepts the acronym the source gives in brackets after the term, kept alone in the Korean', () => {
    expect(run('Aid via the World Food Program (WFP).', 'WFP를 통한 지원.')).toEqual([]);
    expect(run('Aid via the World Food Program（WFP）.', '유엔 WFP 통한 지원.')).toEqual([]);
    // Only that acronym, as a word of its own, and only when the source gives it.
    expect(run('Aid via the World Food Program (WFP).', 'WFPA를 통한 지원.')).toEqual(['terms:missing:World Food Program']);
    expect(run('Aid via the World Food Program (WFP).', 'WHO를 통한 지원.')).toEqual(['terms:missing:World Food Program']);
    expect(run('Aid via the World Food Program.', 'WFP를 통한 지원.')).toEqual(['terms:missing:World Food Program']);
    expect(run('Aid via the World Food Program, WFP said.', '지원, WFP가 밝혔다.')).toEqual(['terms:missing:World Food Program']);
  });

  it('flags romanised names left in the Korean, even with a particle glued on', () => {
    expect(run('Kwon Jong-gun said so.', 'Kwon Jong-gun은 그렇게 말했다.')).toContain('terms:romanised:Kwon Jong-gun');
    expect(run('Kwon lashed out.', '권정근 국장, 즉 Kwon은 맹비난했다.')).toEqual(['terms:romanised:Kwon']);
    expect(run('Kwon Jong-gun said so.', '(Kwon Jong-gun) 그렇게 말했다.')).toContain('terms:romanised:Kwon Jong-gun');
  });

  it('allows a romanised gloss in parentheses after the Korean name', () => {
    expect(run('Kwon Jong-gun said so.', '권정근(Kwon Jong-gun) 국장은 그렇게 말했다.')).toEqual([]);
    expect(run('Kwon Jong-gun said so.', '권정근 (Kwon Jong Gun)은 그렇게 말했다.')).toEqual([]);
  });

  it('does not read "Kim Jong-un" as a surname mention of another Kim', () => {
    const terms: QaTerm[] = [{ source: 'Kim Yo-jong', target: '김여정', kind: 'NAME' }];
    expect(keys(runOne(termsCheck, 'Kim Jong-un spoke.', '김정은이 말했다.', terms))).toEqual([]);
  });

  it('reads a surname-only mention shared by two glossary names as either person', () => {
    const terms: QaTerm[] = [
      { source: 'Kim Yo-jong', target: '김여정', kind: 'NAME' },
      { source: 'Kim Jong-un', target: '김정은', kind: 'NAME' },
      { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' },
    ];
    const run = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, terms));
    expect(run('No sanctions are coming, and Kim knows it.', '새 제재는 없을 것이고, 김정은도 그것을 안다.')).toEqual([]);
    expect(run('No sanctions are coming, and Kim knows it.', '새 제재는 없을 것이고, 김 부부장도 그것을 안다.')).toEqual([]);
    // Neither Kim is there, or another person's name stands in: still missing.
    expect(run('No sanctions are coming, and Kim knows it.', '새 제재는 없을 것이고, 북한도 그것을 안다.')).toEqual([
      'terms:missing:Kim Yo-jong',
    ]);
    expect(run('No sanctions are coming, and Kim knows it.', '새 제재는 없을 것이고, 권정근도 그것을 안다.')).toEqual([
      'terms:missing:Kim Yo-jong',
    ]);
  });

  it('accepts a pronoun for a surname-only mention of a person the Korean has named in full before', () => {
    const terms: QaTerm[] = [{ source: 'Lim Su-jin', target: '임수진', kind: 'NAME' }];
    const first = '임수진 연구위원은 실패해도 되는 여지가 있어야 한다고 말했다.';
    const r = (en: string, ko: string, before = first) => {
      const ctx = { ...ctxFor(terms), docText: () => `${before}\n${ko}` };
      return keys(termsCheck.run(seg(en, ko), ctx));
    };
    expect(r("Lim's point is about more than money.", '그의 지적은 돈 문제에 그치지 않는다.')).toEqual([]);
    expect(r('Lim said so.', '그녀는 그렇게 말했다.')).toEqual([]);
    // No reference at all: the name is dropped.
    expect(r("Lim's point is about more than money.", '이 지적은 돈 문제에 그치지 않는다.')).toEqual(['terms:missing:Lim Su-jin']);
    // 그 before a space is the determiner, 그들 a plural: neither refers back to her.
    expect(r("Lim's point is about more than money.", '그 지적은 돈 문제에 그치지 않는다.')).toEqual(['terms:missing:Lim Su-jin']);
    expect(r('Lim said so.', '그들은 그렇게 말했다.')).toEqual(['terms:missing:Lim Su-jin']);
    // Never named in the Korean before this segment: the pronoun has no one to stand for.
    expect(r('Lim said so.', '그는 그렇게 말했다.', '비판론자들은 그렇게 말한다.')).toEqual(['terms:missing:Lim Su-jin']);
    // The English has its own pronoun: the Korean one renders it, and the surname lost its name.
    expect(
      r(
        'Lim added that it may take years. “Failure is not the end,” she said.',
        '그녀는 몇 년이 걸릴 수 있다고 덧붙였다. 그녀는 “실패가 끝은 아니다”라고 말했다.',
      ),
    ).toEqual(['terms:missing:Lim Su-jin']);
    // A pronoun in the mention's own sentence is the same person's, and Korean drops it (담화 말미에):
    // the 그는 renders the surname.
    expect(r('“The door is closed,” Lim wrote at the end of her statement.', '그는 담화 말미에 “문은 닫혔다”고 썼다.')).toEqual([]);
    expect(r('Lim said she was not worried.', '그녀는 걱정하지 않는다고 말했다.')).toEqual([]);
    // One in another sentence is the English's own, even with one in the mention's sentence too.
    expect(r('Lim said she was not worried. “We are fine,” she said.', '그녀는 걱정하지 않는다고 했다. 그녀는 “괜찮다”고 말했다.')).toEqual(
      ['terms:missing:Lim Su-jin'],
    );
    // A full-name mention must be rendered by the name itself.
    expect(r('Lim Su-jin said so.', '그는 그렇게 말했다.')).toEqual(['terms:missing:Lim Su-jin']);
    // Without the document (one segment checked alone), nothing is assumed.
    expect(keys(termsCheck.run(seg('Lim said so.', '그는 그렇게 말했다.'), ctxFor(terms)))).toEqual(['terms:missing:Lim Su-jin']);
  });

  it('speaks Korean with agreeing particles', () => {
    const [issue] = termsCheck.run(seg('Kwon Jong-gun said so.', '그가 말했다.'), ctxFor(TERMS, 'ko'));
    expect(issue!.message).toBe('“Kwon Jong-gun”은 용어집에 따라 “권정근”으로 번역해야 합니다.');
    expect(issue!.sourceSpan).toEqual({ start: 0, end: 13 });
  });
});

describe('a glossary word in re- said with 다시', () => {
  const RE_TERMS: QaTerm[] = [
    { source: 'recount', target: '재검표', kind: 'TERM' },
    { source: 'Reform Party', target: '개혁당', kind: 'TERM' },
  ];
  const runRe = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, RE_TERMS));
  it('accepts 다시 and a verb for a 재- noun (a full recount → 다시 세라고)', () => {
    expect(runRe('The court ordered a full recount of the ballots.', '법원은 투표지 전체를 다시 세라고 명령했다.')).toEqual([]);
  });
  it('still reports another noun, a missing 다시, or a term not in 재-', () => {
    expect(runRe('The court ordered a full recount of the ballots.', '법원은 재개표를 명령했다.')).toEqual(['terms:missing:recount']);
    expect(runRe('The court ordered a full recount of the ballots.', '법원은 투표지 전체를 세라고 명령했다.')).toEqual([
      'terms:missing:recount',
    ]);
    expect(runRe('The Reform Party met again.', '그 당은 다시 모였다.')).toEqual(['terms:missing:Reform Party']);
  });
});

describe('a long institution’s name shortened the Korean way', () => {
  const NEC: QaTerm[] = [{ source: 'National Election Commission', target: '중앙선거관리위원회', kind: 'TERM' }];
  const runNec = (ko: string) => keys(runOne(termsCheck, 'according to the National Election Commission', ko, NEC));
  it('accepts 중앙선관위 for 중앙선거관리위원회', () => {
    expect(runNec('중앙선관위에 따르면')).toEqual([]);
    expect(runNec('중앙선관위는 밝혔다')).toEqual([]);
  });
  it('still reports another body (중앙위원회, 중앙위) or a word that only starts alike', () => {
    expect(runNec('중앙위원회에 따르면')).toEqual(['terms:missing:National Election Commission']);
    expect(runNec('중앙위에 따르면')).toEqual(['terms:missing:National Election Commission']);
    expect(runNec('중앙선거방송토론위원회에 따르면')).toEqual(['terms:missing:National Election Commission']);
  });
});

describe('terms: a term moved across a segment boundary', () => {
  const terms: QaTerm[] = [
    { source: 'Autumn Harbour at Dusk', target: '추포모경도', kind: 'TERM' },
    { source: 'Han River Bridge', target: '한강대교', kind: 'TERM' },
  ];
  const doc = (pairs: [string, string][]) => pairs.map(([en, ko], i) => seg(en, ko, { id: `p${i}` }));
  const runDoc = (pairs: [string, string][], at: number) => {
    const segments = doc(pairs);
    return keys(termsCheck.run(segments[at]!, { ...ctxFor(terms), segments }));
  };

  it('accepts a term the Korean moved into the headline or the next sentence', () => {
    // The English standfirst names the painting; the Korean headline took the title.
    const pairs: [string, string][] = [
      ['Lost landscape comes home', '‘추포모경도’ 100년 만에 귀향'],
      ["The city buys 'Autumn Harbour at Dusk' for $2 million", '시, 200만 달러에 매입'],
    ];
    expect(runDoc(pairs, 1)).toEqual([]);
    // A clause moved into the following segment.
    const split: [string, string][] = [
      ['Traffic on the Han River Bridge was halted at noon.', '정오에 차량 통행이 중단됐다.'],
      ['Police cited a bomb threat.', '경찰은 한강대교에 폭발물 위협이 있었다고 밝혔다.'],
    ];
    expect(runDoc(split, 0)).toEqual([]);
  });

  it('still reports a term dropped where the neighbour has its own mention, or where no neighbour has it', () => {
    const own: [string, string][] = [
      ["The city buys 'Autumn Harbour at Dusk'", '시, 매입'],
      ["'Autumn Harbour at Dusk' goes on show", '‘추포모경도’ 공개'],
    ];
    expect(runDoc(own, 0)).toEqual(['terms:missing:Autumn Harbour at Dusk']);
    const none: [string, string][] = [
      ['Lost landscape comes home', '잃어버린 산수화 귀향'],
      ["The city buys 'Autumn Harbour at Dusk' for $2 million", '시, 200만 달러에 매입'],
      ['It will be shown in May.', '5월에 공개된다.'],
    ];
    expect(runDoc(none, 1)).toEqual(['terms:missing:Autumn Harbour at Dusk']);
    // Two segments away is not a neighbour.
    const far: [string, string][] = [
      ['Lost landscape comes home', '‘추포모경도’ 귀향'],
      ['A long wait ends.', '오랜 기다림이 끝났다.'],
      ["The city buys 'Autumn Harbour at Dusk'", '시가 매입했다.'],
    ];
    expect(runDoc(far, 2)).toEqual(['terms:missing:Autumn Harbour at Dusk']);
  });
});

describe('terms: a glossary proper name left in English', () => {
  const terms: QaTerm[] = [
    { source: 'Hanbit Gallery', target: '한빛갤러리', kind: 'TERM' },
    { source: 'World Food Program', target: '세계식량계획 | 세계식량계획(WFP)', kind: 'TERM' },
    { source: 'recount', target: '재검표', kind: 'TERM' },
    { source: 'Open Data Portal', target: 'Open Data Portal', kind: 'TERM' },
  ];
  const r = (en: string, ko: string) => keys(runOne(termsCheck, en, ko, terms));
  it('flags the English form left in the Korean, even where the Korean form also appears', () => {
    expect(r('Hanbit Gallery bought it.', 'Hanbit Gallery가 사들였다.')).toEqual(['terms:romanised:Hanbit Gallery']);
    expect(r('Hanbit Gallery bought it. Hanbit Gallery will show it.', '한빛갤러리가 사들였다. Hanbit Gallery는 이를 전시한다.')).toEqual([
      'terms:romanised:Hanbit Gallery',
    ]);
  });
  it('allows a gloss in brackets, a lower-case or one-word term, and a term whose Korean form is the English', () => {
    expect(r('Hanbit Gallery bought it.', '한빛갤러리(Hanbit Gallery)가 사들였다.')).toEqual([]);
    expect(r('Aid via the World Food Program.', '세계식량계획(World Food Program)을 통한 지원.')).toEqual([]);
    expect(r('They asked for a recount.', '재검표(recount)를 요구했다.')).toEqual([]);
    expect(r('Data on the Open Data Portal.', 'Open Data Portal의 자료.')).toEqual([]);
  });
});
