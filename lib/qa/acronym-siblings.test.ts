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
