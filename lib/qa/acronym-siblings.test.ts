// An acronym the document's English introduces beside another (the FDR and the CVR), written in a
// paragraph whose English has the other one, which its Korean lost.
import { describe, expect, it } from 'vitest';
import { acronymsCheck } from './acronyms';
import { ctxFor, keys } from './testing';
import type { QaSegment } from './types';

const seg = (id: string, sourceText: string, targetText: string): QaSegment => ({ id, sourceText, targetText, state: 'TRANSLATED' });
const intro = seg(
  'a',
  'They recovered the flight-data recorder (FDR) and the cockpit-voice recorder (CVR).',
  '비행기록장치(FDR)와 조종실음성기록장치(CVR)를 회수했다.',
);
const run = (en: string, ko: string, first = intro) => keys(acronymsCheck.run([first, seg('b', en, ko)], ctxFor([])).get('b') ?? []);

describe('a sibling acronym in place of the one the paragraph names', () => {
  it('flags CVR where the English says the FDR showed the speed', () => {
    expect(run('The FDR showed the aircraft at 152 knots.', 'CVR 분석 결과 여객기는 152노트였다.')).toEqual(['acronyms:unknown:CVR']);
  });
  it('leaves the right acronym, both together, a paragraph that names neither, and acronyms never named together', () => {
    expect(run('The FDR showed the aircraft at 152 knots.', 'FDR 분석 결과 여객기는 152노트였다.')).toEqual([]);
    expect(run('The FDR showed the speed.', 'CVR과 달리 FDR에는 속도가 남았다.')).toEqual([]);
    expect(run('The recorders were sent to Gimpo.', 'CVR과 FDR은 김포로 보내졌다.')).toEqual([]);
    const apart = seg('a', 'The Korea Airports Corporation (KAC) runs it.', '한국공항공사(KAC)가 운영한다.');
    expect(run('The FDR showed the speed.', 'KAC 분석 결과 속도가 나왔다.', apart)).toEqual([]);
    // The Korean writes the lost one's Korean name and the sibling beside it: still one lost — but the
    // English there names the sibling too.
    expect(run('Unlike the CVR, the FDR showed the speed.', 'CVR과 달리 비행기록장치에는 속도가 남았다.')).toEqual([]);
  });
});

describe('an acronym at another acronym’s place in the paragraph’s sequence (positionSwapped)', () => {
  // Each acronym introduced in a paragraph of its own: no sibling pair.
  const docRun = (en: string, ko: string) =>
    keys(
      acronymsCheck
        .run(
          [
            seg('a', 'The Asian Football Confederation (AFC) set the dates.', '아시아축구연맹(AFC)이 일정을 정했다.'),
            seg('c', 'The Olympic Council of Asia (OCA) agreed.', '아시아올림픽평의회(OCA)도 동의했다.'),
            seg('b', en, ko),
          ],
          ctxFor([]),
        )
        .get('b') ?? [],
    );
  it('flags the one written where the English has another the Korean lost', () => {
    expect(docRun('He coached at FC Porto and holds a UEFA Pro licence.', 'FC 포르투에서 지도했고 AFC 프로 라이선스를 갖고 있다.')).toEqual(
      ['acronyms:unknown:AFC'],
    );
    expect(docRun('The IOC asked the KOC to reply.', 'IOC는 OCA에 답을 요구했다.')).toEqual(['acronyms:unknown:OCA']);
    expect(docRun('The IOC, the KOC and the NOCs met.', 'IOC와 AFC, NOC들이 만났다.')).toEqual(['acronyms:unknown:AFC']);
  });
  it('leaves sequences that agree, differ in length, or are reordered', () => {
    expect(
      docRun('He coached at FC Porto and holds a UEFA Pro licence.', 'FC 포르투에서 지도했고 UEFA 프로 라이선스를 갖고 있다.'),
    ).toEqual([]);
    // The English's acronym rendered in Korean: lengths differ.
    expect(
      docRun('He coached at FC Porto and holds a UEFA Pro licence.', 'FC 포르투에서 지도했고 유럽축구연맹 프로 라이선스를 갖고 있다.'),
    ).toEqual([]);
    // Reordered: every acronym is there.
    expect(docRun('The IOC asked the KOC to reply.', 'KOC는 IOC의 요구에 답해야 한다.')).toEqual([]);
    // A lone acronym anchors nothing.
    expect(docRun('The IOC asked for a reply.', 'OCA는 답을 요구했다.')).toEqual([]);
    // Two places differ: no single swap.
    expect(docRun('The IOC asked the KOC to reply.', 'OCA는 AFC에 답을 요구했다.')).toEqual([]);
    // A longer form of the lost one (the document's own) is not a swap.
    expect(run('The IOC asked the KOC to reply.', 'IOC는 KOCA에 답을 요구했다.', seg('a', 'The KOCA agreed.', 'KOCA는 동의했다.'))).toEqual(
      [],
    );
  });
});
