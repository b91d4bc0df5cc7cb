import { describe, expect, it } from 'vitest';
import { contentDisposition, fileDownload } from './download';

describe('contentDisposition', () => {
  it('gives an ASCII fallback and the exact UTF-8 name (RFC 5987)', () => {
    const h = contentDisposition('북한 "외무성" (성명).epub');
    expect(h).toBe(
      `attachment; filename="(_).epub"; filename*=UTF-8''%EB%B6%81%ED%95%9C%20%22%EC%99%B8%EB%AC%B4%EC%84%B1%22%20%28%EC%84%B1%EB%AA%85%29.epub`,
    );
    expect(contentDisposition('Kwon Jong-gun.pdf')).toBe(`attachment; filename="Kwon Jong-gun.pdf"; filename*=UTF-8''Kwon%20Jong-gun.pdf`);
  });

  it('decodes back to the name, and the fallback never breaks the header', () => {
    for (const name of ['report.csv', 'Kwon Jong-gun’s “statement”.pdf', '권정근\\담화;x=1.md', "it's (1)*.tmx"]) {
      const h = contentDisposition(name);
      const star = /filename\*=UTF-8''([^;\s]+)$/.exec(h)![1]!;
      expect(star).toMatch(/^[A-Za-z0-9!#$&+.^_`|~%-]+$/);
      expect(decodeURIComponent(star)).toBe(name);
      const fallback = /filename="([^"]*)"/.exec(h)![1]!;
      expect(fallback).toMatch(/^[\x20-\x7e]+$/);
      expect(fallback).not.toMatch(/["\\]/);
    }
  });
});

describe('fileDownload', () => {
  it('sets type, disposition, length, caching and nosniff', () => {
    const res = fileDownload(new Uint8Array([1, 2, 3]), {
      filename: 'a.bin',
      contentType: 'application/octet-stream',
      cacheControl: 'public, max-age=300',
    });
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/octet-stream',
      'content-length': '3',
      'cache-control': 'public, max-age=300',
      'x-content-type-options': 'nosniff',
    });
    expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''a.bin`);
  });
});
