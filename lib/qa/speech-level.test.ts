import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runChecks, runDocumentChecks } from './index';
import { levelOfWord, sentenceLevels } from './speech-level-detect';
import { speechLevelCheck } from './speech-level';
import { ctxFor, seg } from './testing';
import type { QaIssue, QaSegment } from './types';

describe('speech level detection', () => {
  // A run of terminators after a question mark (?!, ??) once looped for ever: the scan's step sat
  // inside `question ||= …` and was skipped once question was true. Run in a child process with a
  // time limit, so a relapse fails here instead of hanging the test run.
  it('ends on runs of terminators after a question mark (?!, ??)', () => {
    const file = path.join(__dirname, 'speech-level-detect.ts');
    const code = `const { sentenceLevels } = require(${JSON.stringify(file)}); console.log(JSON.stringify(['정말 그랬어?! 몰랐다.', '가 ?? 나', '왜요?? 좋습니다?!'].map((t) => sentenceLevels(t))));`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', code], { encoding: 'utf8', timeout: 20_000 });
    expect(r.error, r.stderr).toBeUndefined();
    const [a, b, c] = JSON.parse(r.stdout) as { level: string; word: string; question?: boolean }[][];
    expect(a!.map((x) => [x.word, x.level, !!x.question])).toEqual([
      ['그랬어', 'banmal', true],
      ['몰랐다', 'haera', false],
    ]);
    expect(b).toEqual([]);
    expect(c!.map((x) => [x.word, x.level, !!x.question])).toEqual([
      ['왜요', 'haeyo', true],
      ['좋습니다', 'hapsyo', true],
    ]);
  }, 30_000);

  it('reads the four levels from sentence endings', () => {
    for (const w of ['했습니다', '입니다', '합니까', '됩니다', '있습니다']) expect(levelOfWord(w), w).toBe('hapsyo');
    for (const w of ['했어요', '이에요', '하죠', '있어요', '봐요']) expect(levelOfWord(w), w).toBe('haeyo');
    for (const w of ['했다', '한다', '이다', '아니다', '있는가', '하자']) expect(levelOfWord(w), w).toBe('haera');
    for (const w of ['했어', '있어', '거야', '했지', '잖아']) expect(levelOfWord(w), w).toBe('banmal');
    for (const w of ['필요', '정부', '제안', '압박']) expect(levelOfWord(w), w).toBeNull();
    // -아/-어 contracted onto a vowel stem: 나와, 어려워, 돼, 커져.
    for (const w of ['나와', '어려워', '안돼', '커져']) expect(levelOfWord(w), w).toBe('banmal');
    for (const w of ['나와', '커져']) expect(levelOfWord(w, false), w).toBeNull();
    // A one-syllable verb in the same contraction (쓰+어 → 써, 하+어 → 해); not inside a longer noun.
    for (const w of ['써', '해', '돼']) expect(levelOfWord(w), w).toBe('banmal');
    for (const w of ['올해', '피해', '이해']) expect(levelOfWord(w), w).not.toBe('banmal');
  });
  it('reads -어/-아 on a stem in ㅡ (기뻐, 슬퍼, 몰라) as 반말, not nouns that end alike', () => {
    for (const w of ['기뻐', '예뻐', '슬퍼', '아파', '바빠', '몰라', '커']) expect(levelOfWord(w), w).toBe('banmal');
    for (const w of ['양파', '오빠', '아빠', '점퍼', '스티커', '나라', '달러', '한파']) expect(levelOfWord(w), w).not.toBe('banmal');
  });
  it('reads 야 glued to an open-syllable noun the document shows as one as 반말 (규모야)', () => {
    const isNoun = (stem: string) => ['규모', '문제', '사과'].includes(stem);
    for (const w of ['규모야', '문제야']) expect(levelOfWord(w, true, isNoun), w).toBe('banmal');
    // Not a noun the document shows, a closed syllable (분야, 평야), a one-syllable stem (해야, 시야, 여야).
    for (const w of ['나서야', '분야', '산업분야', '해야', '시야', '여야']) expect(levelOfWord(w, true, isNoun), w).toBeNull();
    expect(levelOfWord('규모야')).toBeNull();
    expect(sentenceLevels('가장 큰 규모야. 정부는 침묵했다.', isNoun).map((l) => l.level)).toEqual(['banmal', 'haera']);
  });
  it('leaves quoted speech and noun-ending headlines out', () => {
    expect(sentenceLevels('장관은 “문은 열어 두겠습니다”라고 말했다.').map((l) => l.level)).toEqual(['haera']);
    expect(sentenceLevels('쌀로 북한의 문 다시 두드리는 정부')).toEqual([]);
    expect(sentenceLevels('북한, 대화 신호 보내고 남한은 압박')).toEqual([]);
    const [l] = sentenceLevels('북한은 도로를 폭파했습니다. 정부는 침묵했다.');
    expect(l).toEqual({ level: 'hapsyo', start: 8, end: 14, word: '폭파했습니다' });
  });
  it('skips every kind of quotation, and stops at an unclosed one', () => {
    const levels = (t: string) => sentenceLevels(t).map((l) => l.word);
    expect(levels('그는 「갑니다」라며 떠났다. 『됩니다』고 했다. "좋아요"라고 답했습니다.')).toEqual(['떠났다', '했다', '답했습니다']);
    // A ‘ with no ’ after it is an apostrophe-like mark, not a quotation.
    expect(levels('‘90년대 얘기다. 정부는 침묵했다.')).toEqual(['얘기다', '침묵했다']);
    expect(levels('그는 ‘좋다’고 했다!? 끝났다.')).toEqual(['했다', '끝났다']);
    // Nothing after an opening mark that never closes has a level of its own.
    expect(levels('그는 떠났다. “다시 옵니다. 곧 갑니다.')).toEqual(['떠났다']);
    expect(levels('첫 줄이다.\n둘째 줄입니다')).toEqual(['줄이다', '줄입니다']);
  });
});

const doc = (...targets: string[]): QaSegment[] => targets.map((t, i) => seg('x.', t, { id: `s${i}` }));

describe('speech-level check', () => {
  it('flags the sentences that depart from the document’s majority', () => {
    const r = runDocumentChecks(
      doc('정부가 제안했다.', '북한은 도로를 폭파했습니다.', '비판론자들은 회의적이다.', '통일부는 요구해요. 그리고 기다렸다.'),
    );
    const sl = r.map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key));
    expect(sl).toEqual([[], ['speech-level:hapsyo:폭파했습니다'], [], ['speech-level:haeyo:요구해요']]);
  });
  it('flags a sentence closed on a nominalised verb (…줄었음.) in running prose, not a memo-style document or a noun', () => {
    const r = runDocumentChecks(doc('수출은 3.4% 줄었다. 반도체 수출은 4개월 연속 줄었음.', '정부는 압박을 받고 있다.', '회의는 끝났다.'));
    expect(r.map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key))).toEqual([
      ['speech-level:nominal:줄었음'],
      [],
      [],
    ]);
    // Any past-tense syllable before 음 (올랐음, 났음), not a noun in 음 (마음, 처음).
    const past = runDocumentChecks(doc('월세는 20개월 연속 올랐음.', '정부는 압박을 받고 있다.', '이런 일은 처음.', '회의는 끝났다.'));
    expect(past.map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key))).toEqual([
      ['speech-level:nominal:올랐음'],
      [],
      [],
      [],
    ]);
    const memo = doc('수출이 줄었음.', '정부는 압박을 받고 있음.', '회의는 끝났다.');
    expect(speechLevelCheck.run(memo, ctxFor()).size).toBe(0);
    expect(speechLevelCheck.run(doc('비용은 세금을 포함.', '그는 “모두 확인함.”이라고 썼다.', '회의는 끝났다.'), ctxFor()).size).toBe(0);
  });
  it('flags a sentence closed on the copula nominalised as -임 (…예정임.) in running prose', () => {
    const keysOf = (d: QaSegment[]) =>
      runDocumentChecks(d).map((x) => x.issues.filter((i) => i.check === 'speech-level').map((i) => i.key));
    expect(keysOf(doc('새 청사는 내년 봄에 문을 연다. 공사비는 전액 시 예산임.', '시장은 착공식에 참석했다.', '회의는 끝났다.'))).toEqual([
      ['speech-level:nominal:예산임'],
      [],
      [],
    ]);
    expect(keysOf(doc('공장이 멈춘 것은 부품 부족 때문임.', '노조는 파업을 풀었다.', '회의는 끝났다.'))).toEqual([
      ['speech-level:nominal:때문임'],
      [],
      [],
    ]);
    // Not a two-syllable noun in 임 (책임, 모임, 사임), nor 임 inside a sentence, nor a memo-style document.
    for (const ok of [
      '이번 사고는 모두의 책임.',
      '주말마다 열리는 동네 모임.',
      '그는 지난달 사임했다.',
      '임 씨는 새 임원을 맡았다.',
      '책임은 정부가 진다.',
      '모임은 매달 열린다.',
    ])
      expect(keysOf(doc(ok, '노조는 파업을 풀었다.', '회의는 끝났다.')), ok).toEqual([[], [], []]);
    expect(speechLevelCheck.run(doc('공사비는 시 예산임.', '개장은 내년 봄 예정임.', '회의는 끝났다.'), ctxFor()).size).toBe(0);
  });
  it('leaves a register the document uses in several segments, and dialogue lines, to the writer (without a setting)', () => {
    const d = doc(
      '안녕하십니까, 진행자입니다.',
      '오늘은 교수님과 함께합니다.',
      '박 교수는 위험이 커졌다고 말했다.',
      '그는 초소를 복원했다고 덧붙였다.',
      '답변: 중국이 더 할 수 있으니까요.',
    );
    expect(speechLevelCheck.run(d, ctxFor()).size).toBe(0);
    expect([...speechLevelCheck.run(d, { ...ctxFor(), speechLevel: 'hapsyo' }).keys()]).toEqual(['s2', 's3']);
  });

  it('takes a 합쇼체 text’s soft 해요체 questions (…될까요?, …그렇죠?) as its own, so they do not hide a 해요체 slip', () => {
    const d = doc(
      '물가는 다시 오를까요? 전문가들의 전망은 엇갈립니다.',
      '한국은행은 금리를 동결했습니다.',
      '수출은 석 달째 늘었어요.',
      '그렇다면 가계는 무엇을 준비해야 할까요? 답은 간단하지 않습니다.',
      '정부도 이 점을 알고 있지 않나요? 대책은 다음 달 나옵니다.',
    );
    const keys = (m: Map<string, QaIssue[]>) => [...m].map(([id, is]) => `${id}:${is.map((i) => i.key).join(',')}`);
    expect(keys(speechLevelCheck.run(d, ctxFor()))).toEqual(['s2:speech-level:haeyo:늘었어요']);
    expect(keys(speechLevelCheck.run(d, { ...ctxFor(), speechLevel: 'hapsyo' }))).toEqual(['s2:speech-level:haeyo:늘었어요']);
    // The same questions with no slip: nothing; a 해요체 declarative used in several segments stays the writer's choice.
    expect(speechLevelCheck.run([d[0]!, d[1]!, d[3]!, d[4]!], ctxFor()).size).toBe(0);
    expect(speechLevelCheck.run([...d, seg('x.', '금리는 그대로예요.', { id: 's5' })], ctxFor()).size).toBe(0);
    // A plain 해요체 question (…했어요?) is no softened question; in a 해라체 text the questions count as before.
    expect(keys(speechLevelCheck.run(doc('금리는 동결됐습니다.', '수출은 늘었습니다.', '정말 그렇게 했어요?'), ctxFor()))).toEqual([
      's2:speech-level:haeyo:했어요',
    ]);
    expect(keys(speechLevelCheck.run(doc('금리는 동결됐다.', '수출은 늘었다.', '물가는 다시 오를까요?'), ctxFor()))).toEqual([
      's2:speech-level:haeyo:오를까요',
    ]);
  });

  it('follows the project setting instead of the majority, and is silent on a consistent document', () => {
    const d = doc('정부가 제안했습니다.', '북한은 폭파했습니다.');
    expect(speechLevelCheck.run(d, ctxFor()).size).toBe(0);
    const set = speechLevelCheck.run(d, { ...ctxFor(), speechLevel: 'haera' });
    expect([...set.keys()]).toEqual(['s0', 's1']);
    const r = runChecks(d[0]!, { documentSegments: d, options: { speechLevel: 'haera', locale: 'ko' } }).filter(
      (i) => i.check === 'speech-level',
    );
    expect(r[0]!.message).toBe('“제안했습니다”: 이 문장은 합쇼체(-습니다)로 끝나지만 프로젝트 설정의 말투는 해라체(-다)입니다.');
    expect(r[0]!.targetSpan).toEqual({ start: 4, end: 10 });
  });

  it('holds each labelled speaker of a script to their own register, and a paragraph to its own', () => {
    const keys = (m: Map<string, QaIssue[]>) => [...m].map(([id, is]) => `${id}:${is.map((i) => i.key).join(',')}`);
    const script = [
      '앵커: 안녕하십니까. 가뭄이 석 달째 이어지고 있습니다. 강수량은 평년의 38%에 그쳤습니다.',
      '기자: 네, 저는 한림읍에 나와 있습니다. 급수차가 오전에 도착했습니다.',
      '고 교수: 이상하게 들리시죠? 제주에는 비가 많이 내려요. 빗물은 땅속으로 스며들어요.',
      '앵커: 교수님, 감사합니다. 내일 다시 찾아뵙겠습니다.',
      '고 교수: 감사합니다. 물을 아껴 써 주세요. 새는 곳은 신고해 주세요.',
    ];
    // The clean script: the anchor and reporter in 합쇼체, the guest in 해요체 (with a 감사합니다): nothing.
    expect(speechLevelCheck.run(doc(...script), ctxFor()).size).toBe(0);
    const slip = (i: number, from: string, to: string) => doc(...script.map((t, k) => (k === i ? t.replace(from, to) : t)));
    expect(keys(speechLevelCheck.run(slip(0, '그쳤습니다', '그쳤다'), ctxFor()))).toEqual(['s0:speech-level:haera:그쳤다']);
    expect(keys(speechLevelCheck.run(slip(2, '스며들어요', '스며든다'), ctxFor()))).toEqual(['s2:speech-level:haera:스며든다']);
    expect(keys(speechLevelCheck.run(slip(2, '스며들어요', '스며들었어'), ctxFor()))).toEqual(['s2:speech-level:banmal:스며들었어']);
    // A quoted 해라체 sentence is the quoted speaker's; a clock time (10:30) is no label.
    expect(speechLevelCheck.run(slip(1, '도착했습니다.', '도착했습니다. 주민은 “물이 없다”고 말했습니다.'), ctxFor()).size).toBe(0);
    // A speaker who is plain in more than one paragraph speaks so (a character's 반말); a lone
    // plain sentence beside one polite one is no majority either.
    const friends = doc('민수: 어디 가? 나 지금 바빠. 내일 봐.', '지은: 알겠어. 그럼 내일 봐. 잘 가.', '민수: 고마워. 늦었다. 먼저 갈게.');
    expect(speechLevelCheck.run(friends, ctxFor()).size).toBe(0);
    expect(speechLevelCheck.run(doc('Q: 언제 끝납니까? 모른다.', 'A: 곧 끝납니다.'), ctxFor()).size).toBe(0);
    // …and the converse: one 합쇼체 sentence in a 반말 speaker's 반말 paragraph.
    expect(keys(speechLevelCheck.run(doc('민수: 밥 먹었어? 나는 집에 있었어. 내일 봅니다.', '민수: 알겠어. 잘 있어.'), ctxFor()))).toEqual([
      's0:speech-level:hapsyo:봅니다',
    ]);
  });
  it('flags one plain sentence among a paragraph’s polite ones in unlabelled prose, and the converse', () => {
    const d = doc(
      '제주는 가뭄을 겪고 있습니다. 강수량은 평년의 38%에 그쳤다. 지하수위도 내려갔습니다.',
      '정부는 대책을 내놓았습니다. 그는 “물이 없다”고 말했습니다.',
      '그 결과는 이렇다. 수출이 늘었다.',
    );
    expect([...speechLevelCheck.run(d, ctxFor())].map(([id, is]) => `${id}:${is.map((i) => i.key)}`)).toEqual([
      's0:speech-level:haera:그쳤다',
    ]);
    // Two sentences of each kind are no paragraph majority to measure a slip by.
    expect(speechLevelCheck.run(doc('비가 옵니다. 바람이 분다.', '비가 그쳤습니다. 해가 났다.'), ctxFor()).size).toBe(0);
  });
});
