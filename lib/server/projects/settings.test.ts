// One unreadable setting must not reset the others to their defaults: reviewersMayEdit is an
// authorization setting (the segment rule), and a check id this release no longer knows (renamed,
// or from a newer backup) used to turn an owner's "reviewers do not edit" back into "they may".
import { describe, expect, it } from 'vitest';
import { readSettings } from './settings';

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
});
