import { describe, expect, it } from 'vitest';
import { noteParts } from './term-note';

describe('noteParts', () => {
  it("splits the importer's note into translatable parts", () => {
    expect(noteParts('Detected in "Korean Peninsula A to Z" · role: 국장 · hanja: 文在寅')).toEqual([
      { kind: 'detectedIn', title: 'Korean Peninsula A to Z' },
      { kind: 'role', value: '국장' },
      { kind: 'hanja', value: '文在寅' },
    ]);
  });

  it('keeps a note a person wrote as it is', () => {
    expect(noteParts('Use the official spelling · see style guide')).toEqual([
      { kind: 'text', value: 'Use the official spelling' },
      { kind: 'text', value: 'see style guide' },
    ]);
    expect(noteParts('')).toEqual([]);
  });

  it("keeps a title with quotes and the separator inside a person's text", () => {
    expect(noteParts('Detected in "The "Sunshine" policy"')).toEqual([{ kind: 'detectedIn', title: 'The "Sunshine" policy' }]);
  });
});
