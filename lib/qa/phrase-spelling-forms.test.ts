// phrase-consistency: one name spelt two ways — in one paragraph (a club's name one letter off where
// the paragraph repeats it), or with and without a hyphen (K리그 / K-리그); plural -ies folded (ferries
// = ferry); and curated pairs of disaster and sports news (정전/단전, 복구/재건, 상륙/내습).
import { describe, expect, it } from 'vitest';
import { hyphenFormFindings } from './phrase-hyphen-forms';
import { runDocumentChecks } from './index';
import { nameSpellingFindings } from './phrase-name-spelling';
import { seg } from './testing';

const flagged = (pairs: string[][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en!, ko!, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );
const segs = (pairs: string[][]) =>
  pairs.map(([sourceText, targetText], i) => ({ id: `s${i}`, sourceText: sourceText!, targetText: targetText! }));

describe('a name spelt two ways in one paragraph', () => {
  it('reports the lone form one letter from the form the paragraph repeats', () => {
    const f = nameSpellingFindings(
      segs([
        [
          'He spent two seasons at Vitoria Setubal. Setubal finished fifth, and he left Setubal in May.',
          '그는 비토리아 세투발에서 두 시즌을 보냈다. 세투발은 5위를 했고, 그는 5월 세토발을 떠났다.',
        ],
      ]),
    );
    expect(f.map((x) => `${x.variant} ${x.usual}`)).toEqual(['세토발 세투발']);
  });

  it('says nothing of a name written one way, or of two names', () => {
    expect(
      nameSpellingFindings(
        segs([
          ['Setubal beat Braga, and Setubal now lead Braga by two points.', '세투발이 브라가를 꺾었고, 세투발은 브라가에 2점 앞선다.'],
        ]),
      ),
    ).toEqual([]);
    // 리스본 and 리스트 are one letter apart, but the list is no spelling of Lisbon.
    expect(
      nameSpellingFindings(
        segs([['Lisbon won. Lisbon fans cheered the squad list.', '리스본이 이겼다. 리스본 팬들은 명단 리스트에 환호했다.']]),
      ),
    ).toEqual([]);
  });
});

describe('a Latin-Hangul name with and without a hyphen', () => {
  it('reports the hyphened form beside the solid one', () => {
    const f = hyphenFormFindings(
      segs([
        ['He plays in the K League.', '그는 K리그에서 뛴다.'],
        ['The K League season starts in March.', 'K-리그 시즌은 3월에 시작한다.'],
      ]),
    );
    expect(f.map((x) => `${x.segmentId} ${x.variant}`)).toEqual(['s1 K-리그']);
    // The form in fewer segments, whichever it is.
    const g = hyphenFormFindings(
      segs([
        ['E-sports grew.', 'e-스포츠가 성장했다.'],
        ['E-sports fans came.', 'e-스포츠 팬들이 왔다.'],
        ['E-sports pay rose.', 'e스포츠 연봉이 올랐다.'],
      ]),
    );
    expect(g.map((x) => `${x.segmentId} ${x.variant}`)).toEqual(['s2 e스포츠']);
  });

  it('says nothing of one spelling, codes without Hangul, or a Latin word apart from the Hangul', () => {
    expect(
      hyphenFormFindings(
        segs([
          ['K-pop grew.', 'K팝이 성장했다.'],
          ['K-pop fans came.', 'K팝 팬들이 왔다.'],
          ['The U-23 side and the U23 side.', 'U-23 대표팀과 U23 대표팀.'],
          ['SK Hynix and SK-Hynix.', 'SK 하이닉스와 SK하이닉스.'],
        ]),
      ),
    ).toEqual([]);
  });
});

describe('plurals in -ies and news pairs', () => {
  it('reads ferries as ferry and flags 연락선 beside 여객선', () => {
    expect(
      flagged([
        ['All ferries to Jeju were cancelled on Monday.', '제주행 여객선이 월요일 모두 결항했다.'],
        ['The ferry to Ulleung Island will sail again on Tuesday.', '울릉도행 여객선은 화요일 운항을 재개한다.'],
        ['Ferry routes to 40 islands were suspended.', '섬 40곳을 잇는 연락선 항로가 통제됐다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:ferries']);
  });

  it('flags 재건 for recovery where the others say 복구, and is silent on one word', () => {
    const doc = (last: string) => [
      ['Recovery work began on Thursday.', '복구 작업이 목요일 시작됐다.'],
      ['The recovery will cost 30 billion won.', '복구에는 300억 원이 든다.'],
      ['The government will fund the recovery.', `정부가 ${last} 비용을 댄다.`],
    ];
    expect(flagged(doc('재건'))).toEqual(['s2 phrase-consistency:recovery']);
    expect(flagged(doc('복구'))).toEqual([]);
  });
});
