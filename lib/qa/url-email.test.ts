import { describe, expect, it } from 'vitest';
import { urlEmailCheck } from './url-email';
import { ctxFor, keys, runOne, seg } from './testing';

const run = (en: string, ko: string) => keys(runOne(urlEmailCheck, en, ko));

describe('url-email check', () => {
  it('flags a URL or e-mail address the translation lost or changed, and one it added', () => {
    expect(run('See https://www.wfp.org/korea for details.', '자세한 내용은 세계식량계획 누리집을 참고하라.')).toEqual([
      'url-email:missing:www.wfp.org/korea',
    ]);
    expect(run('Write to press@unikorea.go.kr.', 'press@unikorea.go.k 로 문의하라.')).toEqual([
      'url-email:missing:press@unikorea.go.kr',
      'url-email:extra:press@unikorea.go.k',
    ]);
    expect(run('Read the report.', '보고서(https://example.org/r)를 읽어라.')).toEqual(['url-email:extra:example.org/r']);
  });
  it('accepts the same address with sentence punctuation, another scheme, a trailing slash or host case', () => {
    expect(run('See https://www.wfp.org/korea.', '자세한 내용은 https://www.wfp.org/korea 참고.')).toEqual([]);
    expect(run('Visit http://WWW.Example.org/', '누리집 https://www.example.org 방문.')).toEqual([]);
    expect(run('Write to press@unikorea.go.kr, or call.', 'press@unikorea.go.kr로 문의하거나 전화하라.')).toEqual([]);
    expect(run('No address here @ all.', '주소 없음.')).toEqual([]);
  });
  it('is an error with the source span, in both languages with a chosen particle', () => {
    const [i] = runOne(urlEmailCheck, 'Go to www.kdi.re.kr now.', '지금 가라.');
    expect(i!.severity).toBe('error');
    expect(i!.sourceSpan).toEqual({ start: 6, end: 19 });
    const [k] = urlEmailCheck.run(seg('Go to www.kdi.re.kr now.', '지금 가라.'), ctxFor([], 'ko'));
    expect(k!.message).not.toMatch(/\(가\)|이\(가\)/);
    expect(k!.message).toContain('“www.kdi.re.kr”');
  });
});
