import { describe, expect, it } from 'vitest';
import { qualityThreshold, round2, scoreAnnotations, type ScoredAnnotation } from './score';

const a = (
  severity: ScoredAnnotation['severity'],
  category: ScoredAnnotation['category'] = 'accuracy/mistranslation',
  status: ScoredAnnotation['status'] = 'open',
): ScoredAnnotation => ({ category, severity, status });

describe('scoreAnnotations', () => {
  it('sums MQM penalties and normalises per 1,000 words', () => {
    // 1 minor + 1 major + 1 critical + 1 neutral = 31 points over 1,000 words.
    const s = scoreAnnotations([a('minor'), a('major', 'terminology'), a('critical', 'names'), a('neutral', 'style')], 1000);
    expect(s.penaltyPoints).toBe(31);
    expect(s.penaltyPer1000).toBe(31);
    expect(s.score).toBeCloseTo(96.9, 10);
    expect(s.pass).toBe(true);
    expect(s.bySeverity).toEqual({ neutral: 1, minor: 1, major: 1, critical: 1 });
    expect(s.byCategory.terminology).toEqual({ count: 1, penalty: 5 });
    expect(s.counts.names.critical).toBe(1);
  });

  it('fails below the threshold', () => {
    // 2 major = 10 points over 150 words: 1 − 10/150 = 93.33…
    const s = scoreAnnotations([a('major'), a('major')], 150);
    expect(round2(s.score)).toBe(93.33);
    expect(round2(s.penaltyPer1000)).toBe(66.67);
    expect(s.pass).toBe(false);
    expect(scoreAnnotations([a('major'), a('major')], 150, 90).pass).toBe(true);
  });

  it('passes exactly at the threshold', () => {
    // 5 points over 100 words = 95.
    expect(scoreAnnotations([a('major')], 100, 95)).toMatchObject({ score: 95, pass: true });
  });

  it('may go below zero', () => {
    expect(scoreAnnotations([a('critical')], 10).score).toBe(-150);
  });

  it('counts open and wontfix, lists resolved without penalty', () => {
    const s = scoreAnnotations([a('major', 'style', 'resolved'), a('minor', 'style', 'wontfix'), a('minor', 'style', 'open')], 100);
    expect(s.penaltyPoints).toBe(2);
    expect(s.counted).toBe(2);
    expect(s.byStatus).toEqual({ open: 1, resolved: 1, wontfix: 1 });
  });

  it('handles a document without words', () => {
    expect(scoreAnnotations([], 0)).toMatchObject({ score: null, penaltyPer1000: null, pass: true });
    expect(scoreAnnotations([a('minor')], 0)).toMatchObject({ score: null, pass: false });
    expect(scoreAnnotations([], 200)).toMatchObject({ score: 100, penaltyPoints: 0, pass: true });
  });
});

describe('coverage: the score counts the words reviewed', () => {
  it('divides by the reviewed words, not by every source word (issue #17 item 9)', () => {
    // 260 of 1,076 words reviewed, one major error: 1 − 5/260, not 1 − 5/1076 = 99.54.
    const s = scoreAnnotations([a('major')], 1076, 95, 260);
    expect(round2(s.score)).toBe(98.08);
    expect(round2(s.penaltyPer1000)).toBe(19.23);
    expect(s.reviewedWords).toBe(260);
    expect(round2(s.coverage)).toBe(0.24);
  });

  it('says "not enough reviewed" below the coverage threshold, whatever the score', () => {
    const low = scoreAnnotations([], 1076, 95, 260);
    expect(low).toMatchObject({ score: 100, result: 'insufficient', pass: false });
    const half = scoreAnnotations([], 1000, 95, 500);
    expect(half).toMatchObject({ result: 'pass', pass: true, coverage: 0.5 });
    expect(scoreAnnotations([], 1000, 95, 499).result).toBe('insufficient');
    expect(scoreAnnotations([a('critical'), a('critical')], 1000, 95, 600).result).toBe('fail'); // 1 − 50/600 = 91.7
  });

  it('has no score when nothing was reviewed', () => {
    expect(scoreAnnotations([], 300, 95, 0)).toMatchObject({
      score: null,
      penaltyPer1000: null,
      coverage: 0,
      result: 'insufficient',
      pass: false,
    });
  });

  it('never counts more reviewed words than the document has', () => {
    expect(scoreAnnotations([], 100, 95, 150)).toMatchObject({ reviewedWords: 100, coverage: 1 });
  });
});

describe('qualityThreshold', () => {
  it('reads settings.qualityThreshold, default 95', () => {
    expect(qualityThreshold({})).toBe(95);
    expect(qualityThreshold({ qualityThreshold: 98.5 })).toBe(98.5);
    expect(qualityThreshold({ qualityThreshold: '90' })).toBe(95);
    expect(qualityThreshold({ qualityThreshold: 150 })).toBe(95);
  });
});
