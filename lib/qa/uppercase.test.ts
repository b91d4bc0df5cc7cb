import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { keys, runOne, seg } from './testing';
import { uppercaseCheck } from './uppercase';

const run = (en: string, ko: string) => keys(runOne(uppercaseCheck, en, ko));

describe('uppercase check', () => {
  it('flags an UPPERCASE or CamelCase source word the translation does not keep', () => {
    expect(run('The SCOPE system tracks aid.', '추적 시스템이 지원을 추적한다.')).toEqual(['uppercase:SCOPE']);
    expect(run('Sales of the iPhone rose.', '아이폰 판매가 늘었다.')).toEqual(['uppercase:iPhone']);
  });
  it('accepts words kept as they are, Roman numerals, one-letter words, McNames and shouted headlines', () => {
    expect(run('NATO and the WFP met on YouTube.', 'NATO와 WFP가 YouTube에서 만났다.')).toEqual([]);
    expect(run('World War II ended. I agree. McDonald said so.', '2차 세계대전이 끝났다. 동의한다. 맥도널드가 말했다.')).toEqual([]);
    expect(run('NORTH KOREA FIRES MISSILE', '북한, 미사일 발사')).toEqual([]);
  });
  it('is off by default and runs when the project switches it on', () => {
    const doc = [seg('The SCOPE system tracks aid.', '추적 시스템이 지원을 추적한다.')];
    const ids = (enabled: string[]) => runDocumentChecks(doc, { options: { enabledChecks: enabled } })[0]!.issues.map((i) => i.check);
    expect(ids([])).not.toContain('uppercase');
    expect(ids(['uppercase'])).toContain('uppercase');
  });
});
