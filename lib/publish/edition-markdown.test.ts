import { describe, expect, it } from 'vitest';
import { sampleEdition } from './fixtures/edition';
import { escapeMarkdown, exportEditionMarkdown } from './edition-markdown';

describe('edition Markdown', () => {
  it('escapes markdown and HTML so user text stays text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert\\(1\\)&lt;/script&gt;');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(escapeMarkdown('*x* [y](z)')).toBe('\\*x\\* \\[y\\]\\(z\\)');
  });

  it('Korean only: Korean title, headings and paragraphs, no English', () => {
    const md = exportEditionMarkdown(sampleEdition(), 'ko');
    expect(md.startsWith('# 물밑 탐색 "&gt;&lt;svg onload=alert\\(1\\)&gt;\n')).toBe(true);
    expect(md).toContain('## 한 절');
    expect(md).toContain('**권정**근 부장은');
    expect(md).not.toContain('lashed out');
    expect(md).not.toMatch(/<(script|img|svg)/);
  });

  it('bilingual: each English paragraph followed by its Korean one, links kept when safe', () => {
    const md = exportEditionMarkdown(sampleEdition(), 'bilingual');
    expect(md).toMatch(
      /lashed out at Seoul\. \[Read more\]\(<https:\/\/example\.org\/a\?b=1&c=2>\) or this\\\nSecond line\.\n\n\*\*권정\*\*근/,
    );
    expect(md).toContain('## A section\n\n## 한 절');
    expect(md).not.toContain('javascript:');
    expect(md).not.toMatch(/<(script|img|svg)/);
  });
});
