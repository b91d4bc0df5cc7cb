import { describe, expect, it } from 'vitest';
import { droppedSentenceCheck, englishSentences, koreanSentenceCount } from './dropped-sentence';
import { ctxFor } from './testing';
import { applyVariant, riceSegments } from './testing/load';
import { TUNE_VARIANTS } from './testing/variants';

describe('dropped-sentence check', () => {
  it('counts sentences without splitting at abbreviations', () => {
    expect(englishSentences('The U.S. agreed on Oct. 4. Seoul said no. “Fine,” he said.').length).toBe(3);
    expect(koreanSentenceCount('정부가 제안했다. 북한은 거부했다. 이 같은 제안은 4년 만이다')).toBe(3);
  });
  it('flags a paragraph that lost a sentence and not the clean translation', () => {
    const clean = riceSegments();
    expect(droppedSentenceCheck.run(clean, ctxFor()).size).toBe(0);
    const v = TUNE_VARIANTS.find((x) => x.id === 't-drop-2')!;
    const { segments, faultyId } = applyVariant(clean, v);
    const issues = droppedSentenceCheck.run(segments, ctxFor()).get(faultyId)!;
    expect(issues[0]!.key).toBe('dropped-sentence:missing:2>1');
    // Points at the English sentence that has no counterpart.
    const src = segments.find((s) => s.id === faultyId)!.sourceText;
    expect(src.slice(issues[0]!.sourceSpan!.start, issues[0]!.sourceSpan!.end)).toContain('The agency said in a statement');
  });
});
