import { describe, expect, it } from 'vitest';
import { parseText } from './text';

describe('parseText', () => {
  it('one paragraph per blank-line block, first paragraph not special, ends trimmed', () => {
    expect(parseText('Title\r\n\r\n  Body “one”\u00a0\n\u00a0\nTwo — lines\nhere ')).toEqual([
      { kind: 'paragraph', content: [{ type: 'text', text: 'Title' }], text: 'Title' },
      { kind: 'paragraph', content: [{ type: 'text', text: 'Body “one”' }], text: 'Body “one”' },
      {
        kind: 'paragraph',
        content: [{ type: 'text', text: 'Two — lines' }, { type: 'hardBreak' }, { type: 'text', text: 'here' }],
        text: 'Two — lines\nhere',
      },
    ]);
  });
});
