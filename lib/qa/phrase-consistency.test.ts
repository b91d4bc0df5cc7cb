import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { phraseConsistencyCheck } from './phrase-consistency';
import { ctxFor, seg } from './testing';

const docOf = (pairs: [string, string][]) => pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }));

describe('phrase-consistency check', () => {
  it('flags one English phrase translated two ways', () => {
    const d = docOf([
      ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
      ['The joint military drills remain a sore point.', '합동군사훈련은 여전히 민감한 사안이다.'],
    ]);
    const out = runDocumentChecks(d).flatMap((r) => r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`));
    expect(out).toContain('s1 phrase-consistency:joint military');
  });
  it('accepts shortened forms and unrelated words', () => {
    const d = docOf([
      ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
      ['The joint military drills remain a sore point.', '연합훈련은 여전히 민감한 사안이다.'],
      ['After the joint military drills end, talks resume.', '군사훈련이 끝나면 협상이 재개된다.'],
    ]);
    expect(phraseConsistencyCheck.run(d, ctxFor()).size).toBe(0);
  });
});
