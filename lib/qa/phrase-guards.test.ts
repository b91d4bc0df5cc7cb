// phrase-consistency: renderings that only look like a second rendering of one English phrase — a
// place name's Hangul beside a noun (near Goseong), a loan phrase of another English phrase
// (플레이오프 라운드 for “playoff round”), the usual loanword inside a compound (코칭스태프), a bare
// particle after a digit (7으로), a kind named by a compound modifier elsewhere (high-speed trains).
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { isParticle } from './phrase-words';
import { seg } from './testing';

const flagged = (pairs: string[][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en!, ko!, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.message}`),
  );

describe('phrase-consistency guards', () => {
  it('takes no name of a phrase for a word written in Hangul (near Goseong → 고성)', () => {
    expect(
      flagged([
        [
          'Typhoon Maemi made landfall near Goseong before dawn on Friday, the weather agency said.',
          '기상청에 따르면 태풍 매미는 금요일 새벽 고성 부근에 상륙했다.',
        ],
        [
          'The storm came ashore near Goseong, South Gyeongsang Province, at about 5 a.m., flooding roads.',
          '태풍은 오전 5시께 경남 고성 부근에 상륙해 도로가 물에 잠겼다.',
        ],
      ]),
    ).toEqual([]);
  });

  it('takes a loan phrase of another English phrase for no rendering of this one (playoff round)', () => {
    expect(
      flagged([
        ['Ulsan lost in the second round of the Champions League in 2022.', '울산은 2022년 챔피언스리그 2차전에서 탈락했다.'],
        [
          'Clubs that finish third go into a playoff round; the second round starts in May.',
          '3위 팀은 플레이오프 라운드를 치르고, 2차전은 5월에 시작한다.',
        ],
      ]),
    ).toEqual([]);
  });

  it('finds the usual loanword inside a compound (코칭스태프 for “staff”), and still its absence', () => {
    const doc = (first: string) => [
      [
        'He will be paid 2 million dollars, not counting his staff, the club said.',
        `구단에 따르면 그의 연봉은 ${first} 몫을 빼고 200만 달러다.`,
      ],
      ['He will bring three staff of his own from Lisbon.', '그는 리스본에서 자신의 스태프 3명을 데려온다.'],
      ['The staff will start work in January.', '스태프는 1월부터 일을 시작한다.'],
    ];
    expect(flagged(doc('코칭스태프'))).toEqual([]);
    expect(flagged(doc('코치진'))).toHaveLength(1);
  });

  it('takes no bare particle after a digit (7으로) for a word', () => {
    expect(isParticle('으로')).toBe(true);
    expect(isParticle('에서')).toBe(true);
    expect(isParticle('일정')).toBe(false);
    const got = flagged([
      [
        'Korea are third on 7 points after that round, and the next round is in March.',
        '한국은 라운드를 마친 뒤 승점 7으로 3위이며, 다음 일정은 3월이다.',
      ],
      ['Kim will lead the side in the round as head coach.', '김 감독은 감독으로서 이번 일정을 지휘한다.'],
    ]);
    expect(got.some((m) => m.includes('“으로”'))).toBe(false);
  });

  it('leaves a word alone where the other segments qualify it by a compound modifier (KTX high-speed trains: 열차; a train: 기차)', () => {
    expect(
      flagged([
        [
          'KTX high-speed trains between Seoul and Busan ran at reduced speed on Monday.',
          '서울~부산 구간 KTX 열차는 월요일 감속 운행했다.',
        ],
        [
          '"It sounded like a train going over the roof," said Kim, a fisherman.',
          '어민 김씨는 “지붕 위로 기차가 지나가는 것 같았다”고 말했다.',
        ],
      ]),
    ).toEqual([]);
  });

  it('still reports two words of one group where both segments say the word alike', () => {
    expect(
      flagged([
        ['KTX trains between Seoul and Busan ran at reduced speed on Monday.', '서울~부산 구간 KTX 열차는 월요일 감속 운행했다.'],
        [
          '"It sounded like a train going over the roof," said Kim, a fisherman.',
          '어민 김씨는 “지붕 위로 기차가 지나가는 것 같았다”고 말했다.',
        ],
      ]).length,
    ).toBeGreaterThan(0);
  });

  it('still reports one word rendered two ways', () => {
    expect(
      flagged([
        ['Trains between Seoul and Busan ran at reduced speed on Monday.', '서울~부산 구간 열차는 월요일 감속 운행했다.'],
        ['Some trains were halted for two hours after a mudslide.', '일부 기차는 산사태로 2시간 동안 멈췄다.'],
        ['Korail said the trains would run normally from Tuesday.', '코레일은 화요일부터 열차가 정상 운행한다고 밝혔다.'],
      ]),
    ).toHaveLength(1);
  });
});
