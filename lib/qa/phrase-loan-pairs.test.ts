// Loanwords beside the settled Korean word (오토바이 / 모터사이클, 듣기 / 리스닝) and exam and
// administrative pairs (시험장 / 고사장, 이의 신청 / 이의 제기): one thing a document names one way.
import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { seg } from './testing';

const flagged = (pairs: [string, string][]) =>
  runDocumentChecks(pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }))).flatMap((r) =>
    r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
  );

describe('phrase-consistency: a loanword or exam word beside the word the document settled on', () => {
  const BIKES = (last: string): [string, string][] => [
    ['Couriers on motorcycles crowd the lanes.', '오토바이를 탄 배달원들이 차로를 메운다.'],
    ['The city will register every motorcycle.', '시는 모든 오토바이를 등록하기로 했다.'],
    ['Motorcycle accidents rose 12% last year.', '지난해 오토바이 사고는 12% 늘었다.'],
    ['Police stopped 40 motorcycles on Monday.', last],
  ];

  it('flags the loanword in one segment where the others write the Korean word', () => {
    expect(flagged(BIKES('경찰은 월요일 모터사이클 40대를 단속했다.'))).toContain('s3 phrase-consistency:motorcycle');
  });

  it('flags two words of a pair in one paragraph', () => {
    expect(
      flagged([
        [
          'The listening section began at 1:10 p.m., and flights were held until the listening section ended.',
          '듣기 평가는 오후 1시 10분에 시작됐고, 리스닝 평가가 끝날 때까지 항공기 운항이 통제됐다.',
        ],
      ]).length,
    ).toBe(1);
    expect(
      flagged([
        [
          'Candidates must be at their exam sites by 8:10 a.m.; late arrivals at the exam site are turned away.',
          '수험생은 오전 8시 10분까지 시험장에 들어가야 하며, 늦게 고사장에 도착하면 입실할 수 없다.',
        ],
      ]).length,
    ).toBe(1);
  });

  it('flags an objection raised in one segment where the others file it', () => {
    expect(
      flagged([
        ['Objections can be filed until Monday.', '이의 신청은 월요일까지 받는다.'],
        ['Last year 637 objections were filed.', '지난해에는 이의 신청이 637건 들어왔다.'],
        ['The agency will review the objections with outside experts.', '기관은 외부 전문가와 이의 제기 내용을 검토한다.'],
      ]),
    ).toContain('s2 phrase-consistency:objection');
  });

  it('is silent where the document keeps one word of each pair', () => {
    expect(flagged(BIKES('경찰은 월요일 오토바이 40대를 단속했다.'))).toEqual([]);
    for (const doc of <[string, string][][]>[
      [
        ['The listening test was hard.', '듣기 평가가 어려웠다.'],
        ['Students said the listening test was long.', '학생들은 듣기 평가가 길었다고 했다.'],
      ],
      [
        ['He rode a motorcycle to the exam site.', '그는 오토바이를 타고 고사장에 갔다.'],
        ['The exam site opened at 7 a.m.', '고사장은 오전 7시에 문을 열었다.'],
      ],
      [
        ['Speaking tests start next year.', '말하기 시험은 내년에 도입된다.'],
        ['The speaking test lasts ten minutes.', '말하기 시험은 10분 동안 치른다.'],
      ],
      [
        ['Objections are filed online.', '이의 신청은 온라인으로 받는다.'],
        ['Last year 637 objections were filed.', '지난해에는 이의 신청이 637건 들어왔다.'],
      ],
      [['He could barely make out the words over the noise.', '소음 때문에 말을 알아듣기 어려웠다.']],
    ])
      expect(flagged(doc), doc.map((d) => d[1]).join(' ')).toEqual([]);
  });
});
