import { describe, expect, it } from 'vitest';
import { acronymsCheck } from './acronyms';
import { ctxFor, seg } from './testing';

type Pair = [string, string];
const flagged = (pairs: Pair[]) =>
  [
    ...acronymsCheck.run(
      pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` })),
      ctxFor([]),
    ),
  ].flatMap(([id, is]) => is.map((i) => `${id} ${i.key}`));

describe('acronyms: a body’s acronym written in Hangul (acronym-korean.ts)', () => {
  it('flags another body’s Hangul acronym where the English names one the Korean does not write', () => {
    expect(flagged([['The site was listed under the 1972 UNESCO convention.', '이 유적은 1972년 유니세프 협약에 따라 등재됐다.']])).toEqual(
      ['s0 acronyms:unknown:UNICEF'],
    );
    expect(flagged([['Leaders met at the ASEAN summit in Jakarta.', '정상들은 자카르타 에이펙 정상회의에서 만났다.']])).toEqual([
      's0 acronyms:unknown:APEC',
    ]);
  });
  it('is silent when the English names that body, or names none of the table, or the Korean keeps both', () => {
    expect(flagged([['UNICEF said 2 million children need aid.', '유니세프는 어린이 200만 명에게 도움이 필요하다고 밝혔다.']])).toEqual([]);
    expect(flagged([['The children’s agency warned of famine.', '유니세프는 기근을 경고했다.']])).toEqual([]);
    expect(flagged([['UNESCO and the United Nations Children’s Fund signed a pact.', '유네스코와 유니세프가 협정을 맺었다.']])).toEqual([]);
    // 나토 inside another word, or 나사 (a screw): not read.
    expect(flagged([['The UNESCO office opened.', '유네스코 사무소가 문을 열었다. 나사를 조였다.']])).toEqual([]);
  });
});

describe('acronyms: a Korean short form in brackets the document never uses (phrase-abbreviations.ts)', () => {
  const later: Pair[] = [
    ['The ministry paid half.', '과기정통부가 절반을 냈다.'],
    ['The ministry said it would review the case.', '과기정통부는 사안을 검토하겠다고 밝혔다.'],
  ];
  it('flags the bracket’s short form when the document goes on with another one', () => {
    expect(flagged([['The Ministry of Science and ICT said …', '과학기술정보통신부(과기부)는 밝혔다.'], ...later])).toEqual([
      's0 acronyms:short:과기부',
    ]);
  });
  it('is silent when the document uses the bracket’s short form, or another one only once', () => {
    expect(flagged([['The Ministry of Science and ICT said …', '과학기술정보통신부(과기정통부)는 밝혔다.'], ...later])).toEqual([]);
    expect(flagged([['The Ministry of Science and ICT said …', '과학기술정보통신부(과기부)는 밝혔다.'], later[0]!])).toEqual([]);
  });
});

describe('acronyms: a bare acronym in place of the second of two generic ones', () => {
  it('flags an acronym unknown to the English where the Korean writes the English’s generic acronym fewer times', () => {
    expect(
      flagged([
        [
          'The city signed a memorandum of understanding (MOU) with the firm and plans similar MOUs with two banks.',
          '시는 이 회사와 업무협약(MOU)을 맺었고, 은행 두 곳과도 비슷한 LOI를 맺을 계획이다.',
        ],
      ]),
    ).toEqual(['s0 acronyms:unknown:LOI']);
  });
  it('is silent when the Korean writes it as often, or renders the second in Korean, or the acronym is the English’s', () => {
    expect(
      flagged([
        [
          'The city signed a memorandum of understanding (MOU) with the firm and plans similar MOUs with two banks.',
          '시는 이 회사와 업무협약(MOU)을 맺었고, 은행 두 곳과도 비슷한 MOU를 맺을 계획이다.',
        ],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        [
          'The city signed a memorandum of understanding (MOU) with the firm and plans similar MOUs with two banks.',
          '시는 이 회사와 업무협약(MOU)을 맺었고, 은행 두 곳과도 비슷한 협약을 맺을 계획이다.',
        ],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        [
          'The city signed an MOU with KEPCO and plans similar MOUs with two banks.',
          '시는 KEPCO와 MOU를 맺었고, 은행 두 곳과도 비슷한 협약을 맺을 계획이다.',
        ],
      ]),
    ).toEqual([]);
  });
});

describe('acronyms: a Korean short form in brackets not drawn from the full name (acronym-korean.ts)', () => {
  it('flags a bracketed short form of another body', () => {
    expect(flagged([['The Ministry of Employment and Labor said so.', '고용노동부(국토부)는 이렇게 밝혔다.']])).toEqual([
      's0 acronyms:foreign-short:국토부',
    ]);
    expect(flagged([['The National Intelligence Service (NIS) said so.', '국가정보원(국방원)은 이렇게 밝혔다.']])).toEqual([
      's0 acronyms:foreign-short:국방원',
    ]);
    // Not shorter than the name: not read as its short form (a title with an affiliation is the same shape).
    expect(flagged([['The Korea Meteorological Administration said so.', '기상청(관세청)은 이렇게 밝혔다.']])).toEqual([]);
    expect(flagged([['The Ministry of Health and Welfare said so.', '보건복지부(교육부)는 새 지침을 내놨다.']])).toEqual([
      's0 acronyms:foreign-short:교육부',
    ]);
  });
  it('is silent on short forms taken from the name, and on other brackets', () => {
    const ok = [
      '국가정보원(국정원)은 이렇게 밝혔다.',
      '고용노동부(노동부)는 지침을 냈다.',
      '국민건강보험공단(건보공단)은 보험료를 올렸다.',
      '중소벤처기업부(중기부)는 지원책을 냈다.',
      '국가보훈부(보훈부)는 행사를 열었다.',
      '서울대학교병원(서울대병원) 의료진이 참여했다.',
      '과학기술정보통신부(과기정통부)는 계획을 발표했다.',
      '김민수 선임연구원(금융연구원)은 이렇게 말했다.',
      '박지훈 연구원(국토연구원)은 이렇게 말했다.',
      '윤미라(가명) 씨는 이렇게 말했다.',
      '산업통상자원부(산업부)는 방안을 내놨다.',
    ];
    for (const ko of ok) expect(flagged([['The body said so.', ko]])).toEqual([]);
  });
});

describe('acronyms: a bracketed short form opening on the name’s first syllable with a syllable the name lacks (acronym-korean.ts)', () => {
  it('flags another body’s short form offered for the name', () => {
    expect(flagged([['Korea Electric Power Corp. (KEPCO) said so.', '한국전력(한수원)은 복구를 마쳤다고 밝혔다.']])).toEqual([
      's0 acronyms:foreign-short:한수원',
    ]);
    expect(flagged([['The Financial Services Commission said so.', '금융위원회(금감원)는 대출 만기를 늦추기로 했다.']])).toEqual([
      's0 acronyms:foreign-short:금감원',
    ]);
    expect(flagged([['The disaster headquarters met.', '중앙재난안전대책본부(중수본)는 이날 회의를 열었다.']])).toEqual([
      's0 acronyms:foreign-short:중수본',
    ]);
    expect(flagged([['The Bank of Korea said so.', '한국은행(한수은)은 기준금리를 동결했다.']])).toEqual([
      's0 acronyms:foreign-short:한수은',
    ]);
  });
  it('is silent on short forms taken from the name and on brackets opening elsewhere', () => {
    const ok = [
      '한국전력(한전)은 복구 인력을 보냈다.',
      '금융위원회(금융위)는 대출 만기를 늦추기로 했다.',
      '중앙재난안전대책본부(중대본)는 이날 회의를 열었다.',
      '한국수력원자력(한수원)은 원전 가동을 멈췄다.',
      '전국경제인연합회(전경련)는 성명을 냈다.',
      '대한상공회의소(대한상의)는 조사 결과를 냈다.',
      '한국은행(한은)은 기준금리를 동결했다.',
      '국가대표팀(대표팀)은 이날 훈련을 시작했다.',
      '통영시청(시청)에 대책본부가 차려졌다.',
      '서울중앙지법(중앙지법)은 영장을 발부했다.',
      '허진석(58) 장관은 이렇게 말했다.',
    ];
    for (const ko of ok) expect(flagged([['The body said so.', ko]])).toEqual([]);
  });
});
