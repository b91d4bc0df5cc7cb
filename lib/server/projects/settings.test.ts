// One unreadable setting must not reset the others to their defaults: reviewersMayEdit is an
// authorization setting (the segment rule), and a check id this release no longer knows (renamed,
// or from a newer backup) used to turn an owner's "reviewers do not edit" back into "they may".
import { describe, expect, it } from 'vitest';
import { mergeSettings, readDeeplGlossary, readSettings } from './settings';

describe('readSettings', () => {
  it('keeps every readable setting when another one is not readable', () => {
    const s = readSettings(
      JSON.stringify({
        reviewersMayEdit: false,
        qaDisabledChecks: ['retired-check', 'terms'],
        qualityThreshold: 80,
        formality: 'prefer_less',
      }),
    );
    expect(s).toMatchObject({ reviewersMayEdit: false, qualityThreshold: 80, formality: 'prefer_less', qaDisabledChecks: ['terms'] });
  });

  it('gives the defaults for missing, malformed or non-object JSON', () => {
    for (const json of [null, '', '{', 'null', '[1]', '"x"']) expect(readSettings(json)).toEqual(readSettings('{}'));
    expect(readSettings('{}')).toMatchObject({ reviewersMayEdit: true, qualityThreshold: 95, qaDisabledChecks: [] });
  });

  it('reads the DeepL glossary bookkeeping key from the same JSON, and nothing from a malformed one', () => {
    const json = mergeSettings(JSON.stringify({ reviewersMayEdit: false }), { deeplGlossary: { id: 'g1', hash: 'h' } });
    expect(readDeeplGlossary(json)).toEqual({ id: 'g1', hash: 'h' });
    expect(readSettings(json).reviewersMayEdit).toBe(false);
    expect(readDeeplGlossary(JSON.stringify({ deeplGlossary: { id: 1 } }))).toBeNull();
    expect(readDeeplGlossary('{')).toBeNull();
  });
});

describe('mergeSettings', () => {
  it("keeps other features' keys and removes a key patched to undefined", () => {
    const json = mergeSettings(JSON.stringify({ formality: 'prefer_less', deeplGlossary: { id: 'g', hash: 'h' }, future: 1 }), {
      formality: undefined,
      qualityThreshold: 90,
    });
    expect(JSON.parse(json)).toEqual({ deeplGlossary: { id: 'g', hash: 'h' }, future: 1, qualityThreshold: 90 });
    expect(readSettings(json).formality).toBe('default');
  });
});
