import { describe, expect, it } from 'vitest';
import { particleAgreementCheck } from './particle-agreement';
import { findNounParticleMismatches, nounLookup, particleEvidence } from './particle-nouns';
import { keys, runOne } from './testing';

const find = (text: string, doc: string[] = [text]) =>
  findNounParticleMismatches(text, nounLookup(doc)).map((m) => `${m.stem}${m.found}>${m.expected}`);

describe('particles after any noun', () => {
  it('flags endings that can only be a wrong particle', () => {
    expect(find('합의을 이뤘다')).toEqual(['합의을>를']);
    expect(find('북한와 미국')).toEqual(['북한와>과']);
    expect(find('남북를 잇는 도로')).toEqual(['남북를>을']);
    expect(find('합의으로 끝났다')).toEqual(['합의으로>로']);
    expect(find('중국와의 교역')).toEqual(['중국와의>과의']);
    expect(find('세계식량계획(WFP)를 통해')).toEqual(['세계식량계획를>을']);
  });
  it('flags 는/가/은/이 only after a word the document shows as a noun', () => {
    expect(find('김 위원장는 말했다')).toEqual(['위원장는>은']);
    expect(find('통일부은 밝혔다', ['통일부은 밝혔다', '통일부가 제안했다'])).toEqual(['통일부은>는']);
    expect(find('미국는 환영했다', ['미국는 환영했다', '미국과의 관계'])).toEqual(['미국는>은']);
  });
  it('leaves verbs, adverbs, names and nouns ending in particle syllables alone', () => {
    const text = '있는 것, 내놓는 안, 두 배 가까이, 농촌마을, 결론지을 것, 효과가 있는가, 김지은 씨, 경로로, 지지율은 41%로, 받은 것';
    expect(find(text, [text, '내놓을 것', '내놓은 안'])).toEqual([]);
    // Nouns in 가/과/로 after the "wrong" kind of syllable: 기업가, 수사과, 교통로.
    const nouns = '기업가와 활동가, 수사과 형사, 교통로를 열었다. 기업에 활동에 수사를 교통에';
    expect(find(nouns)).toEqual([]);
  });
  it('judges 가, 과, 로 only after a stem the document shows with particles, never on nouns in those syllables', () => {
    const doc = ['미국가 환영했다. 미국은 조용히. 식량로 쓰일 식량을. 함경북도과 양강도. 훈련가 끝난 뒤 훈련을 실시.'];
    const find3 = (t: string, d = [t]) =>
      findNounParticleMismatches(t, nounLookup(d), particleEvidence(d), d.join('\n')).map((m) => `${m.stem}${m.found}>${m.expected}`);
    expect(find3(doc[0]!)).toEqual(['미국가>이', '식량로>으로', '함경북도과>와', '훈련가>이']);
    // No evidence for the stem: not judged.
    expect(find3('국경가 멀다. 선박로 보냈다.')).toEqual([]);
    // Nouns of their own, listed or shown with their own particle; 국가 after a longer 국 word.
    expect(find3('위원장을 만난 뒤 위원장가 말했다. 그것이 사실인가. 사실을 말했다.')).toEqual(['위원장가>이']);
    const nouns =
      '기업의 기업가 정신, 수사를 수사과 형사, 교역을 교역로 확보, 시장을 시장가 매도, 선진국의 선진국가 모임, 혁신을 혁신가 정신, 효를 효과, 구매를 구매가의 합계';
    expect(find3(nouns)).toEqual([]);
  });
  it('judges 가 after a nominalised -ㅁ/-음 and a price noun the English does not price, without evidence', () => {
    const find4 = (t: string, en = 'x') =>
      findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t, en).map((m) => `${m.stem}${m.found}>${m.expected}`);
    expect(find4('절박함가 다르다. 첫걸음가 될지')).toEqual(['절박함가>이', '첫걸음가>이']);
    expect(find4('대중국 수출은 줄었다. 수출가 3.2% 늘어날', 'exports could rise by 3.2 percent')).toEqual(['수출가>이']);
    // A price the English names, participation (참가), the word 음가, a verb (담가, 잠가).
    expect(find4('대중국 수출은 줄었다. 수출가 3.2% 올랐다', 'export prices rose 3.2 percent')).toEqual([]);
    expect(find4('대회 참가 신청, 음가 표기, 김치를 담가 먹고 문을 잠가')).toEqual([]);
  });
  it('reads 가 “edge, side” (해안가, 바닷가, 우물가), 가 “street” (극장가) and other dictionary nouns in 가 as words of their own', () => {
    const find4 = (t: string, en = 'x') =>
      findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t, en).map((m) => `${m.stem}${m.found}>${m.expected}`);
    // The stems are shown with particles (해안에, 우물은, 극장을, 한강의), the words in 가 are nouns.
    expect(find4('해안에 가까운 곳. 해안가 관정 여러 곳에서 바닷물이 스며들었다', 'in several coastal wells')).toEqual([]);
    expect(find4('우물은 말랐다. 우물가 빨래터, 한강의 물. 동쪽 한강가 산책로', 'the well')).toEqual([]);
    expect(find4('극장을 찾는 사람이 줄었다. 극장가 불황, 호수에 비친 호숫가 풍경')).toEqual([]);
    // 물가, the water's edge where the English has one, else a price (or 물 with a wrong 가).
    expect(find4('수돗물은 모자랐다. 수돗물가 끊겼다', 'tap water was cut off')).toEqual(['수돗물가>이']);
    expect(find4('강물은 맑았다. 강물가 모래밭', 'the sandy river bank')).toEqual([]);
    // A stem the document shows with particles and 가 that makes no listed word: still judged.
    expect(find4('절벽을 올랐다. 절벽가 높다')).toEqual(['절벽가>이']);
  });
  it('judges one-syllable nouns (것, 등, 년) and 일부을, leaves the verb 붓다 alone', () => {
    expect(find('그럴 것로 보인다. 그런 것는 없다. 일부을 잃었다. 2019년는 달랐다')).toEqual([
      '것로>으로',
      '것는>은',
      '일부을>를',
      '2019년는>은',
    ]);
    expect(find('등가 교환, 명가의 비법, 물을 쏟아부을 것, 부을 것, 그럴 것으로 보인다')).toEqual([]);
  });
  it('judges the titles written apart after a name (씨, 님, 옹), also after a bracketed age', () => {
    expect(find('김영호(64) 씨은 말했다. 정 옹이 웃었다. 이 씨을 만났다. 선생 님를 뵈었다')).toEqual(['씨은>는', '씨을>를', '님를>을']);
    expect(find('김영호(64) 씨는 말했다. 정 옹은 웃었다. 이 씨를 만났다. 님이 오셨다. 씨앗을 심었다')).toEqual([]);
  });
  it('reads a plural 들 or a Sino-Korean noun suffix as a noun for 는/은/이', () => {
    expect(find('비판론자들는 회의적이다')).toEqual(['비판론자들는>은']);
    expect(find('대변인는 밝혔다')).toEqual(['대변인는>은']);
    expect(find('위원회은 밝혔다')).toEqual(['위원회은>는']);
    // Verbs and names are not nouns by suffix: 쏟아부은, 껴안는, 사이, 김지은.
    expect(find('쏟아부은 돈, 껴안는 모습, 둘 사이, 김지은 씨')).toEqual([]);
  });
  it('judges 는 after a syllable no verb stem ends in, 이 and 과 after an open syllable ending no word, without evidence', () => {
    expect(find('이번 결정는 예상대로였다')).toEqual(['결정는>은']);
    expect(find('서울는 0.55명')).toEqual(['서울는>은']);
    expect(find('6자회담는 좌초됐다')).toEqual(['6자회담는>은']);
    expect(find('돌파구이 보이지 않는다')).toEqual(['돌파구이>가']);
    const find3 = (t: string) =>
      findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t).map((m) => `${m.stem}${m.found}>${m.expected}`);
    expect(find3('중국, 러시아과 잇따라')).toEqual(['러시아과>와']);
    // Verbs (one-syllable stems, listed compounds, native verb syllables written together),
    // words in 이 (가까이, 상하이, 새로이, 추이) and 과 (효과, 소아과, 관리과) stay.
    const ok =
      '먹는 밥, 붙잡는 손, 껴안는 모습, 몸담는 곳, 밥먹는 시간, 사진찍는 일, 뛰어넘는 벽, 가까이, 상하이, 새로이, 추이, 스프레이, 어린아이, 효과, 소아과, 관리과, 회계과';
    expect(find3(ok)).toEqual([]);
  });
  it('reads a longer word ending in a two-syllable word in 과 (유과, 모과) as a noun + 과', () => {
    const find3 = (t: string) =>
      findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t).map((m) => `${m.stem}${m.found}>${m.expected}`);
    expect(find3('석유과 식량을 실어 보냈다')).toEqual(['석유과>와']);
    expect(find3('조카과 함께 왔다')).toEqual(['조카과>와']);
    // The words themselves and the compounds that end in them are nouns of their own.
    expect(find3('유과, 모과, 다과, 찹쌀유과, 의예과와 치의예과, 재산관리과')).toEqual([]);
  });
  it('makes a particle after a closing quotation mark agree with the last syllable inside it', () => {
    expect(find('북한은 한국을 “제1의 적대국가”으로 규정했다')).toEqual(['적대국가”으로>로']);
    expect(find('이른바 ‘햇볕정책’를 폐기했다')).toEqual(['햇볕정책’를>을']);
    expect(find('"평화 공존"와 "두 국가론"는 다르다')).toEqual(['공존"와>과', '국가론"는>은']);
    expect(find('“북남관계”과 「통일」으로, 『남조선』이')).toEqual(['북남관계”과>와', '통일」으로>로']);
    // Agreeing particles, quotative endings and what follows a non-Hangul quotation stay.
    const ok =
      '“제1의 적대국가”로 규정, ‘햇볕정책’을 폐기, “평화 공존”과 “두 국가론”은, “서울”로, “끝났다”는 말, “끝났다”라고, “적”이라는, ‘3’은, ‘北’이, 그는 “오늘은 없다”고';
    expect(find(ok)).toEqual([]);
  });
  it('leaves a final 이 alone when the English names something ending in an i sound (Hanoi, Yu-ih)', () => {
    const src = (en: string, ko: string) => findNounParticleMismatches(ko, nounLookup([ko]), null, ko, en).map((m) => m.stem + m.found);
    expect(src('Hou Yu-ih came second.', '허우유이 후보가 2위')).toEqual([]);
    expect(src('the summit in Hanoi', '하노이 회담')).toEqual([]);
    expect(src('the breakthrough', '돌파구이 보이지')).toEqual(['돌파구이']);
  });
  it('leaves a whole Hangul rendering of a source name in -i alone, but not a noun + 이 beside it', () => {
    const src = (en: string, ko: string) => findNounParticleMismatches(ko, nounLookup([ko]), null, ko, en).map((m) => m.stem + m.found);
    // 에자이 renders Eisai: no 에자 + 이 (자 ends many nouns: 기자, 연구자).
    expect(src('the Eisai and Biogen drug', '에자이·바이오젠의 약은 에자이가 만들었다')).toEqual([]);
    // A noun in 자 + a wrong 이 that renders no source name is still flagged.
    expect(src('the Eisai drug, the researchers said', '에자이의 약을 연구자이 평가했다')).toEqual(['연구자이']);
    expect(src('a hotel in Dubai', '기자이 두바이에서 말했다')).toEqual(['기자이']);
  });
  it('judges 를 and 와 after a double final nouns end in too (값, 삯), never 는/은/을/이 after verbs in it', () => {
    expect(find('보험 적용 전 약값를 책정했다')).toEqual(['약값를>을']);
    expect(find('집값와 전셋값')).toEqual(['집값와>과']);
    expect(find('약값을 책정했다, 집값과 전셋값, 없는 것, 있을 때, 많은 사람, 않은 채, 많이 늘었다, 값이 올랐다')).toEqual([]);
  });
  it('reads 진 (陣: 연구진, 의료진) as a noun suffix, but leaves words in 가 alone', () => {
    const find3 = (t: string) =>
      findNounParticleMismatches(t, nounLookup([t]), particleEvidence([t]), t).map((m) => `${m.stem}${m.found}>${m.expected}`);
    expect(find3('사망 3건은 연구진가 치료와 무관하다고 판단했다')).toEqual(['연구진가>이']);
    expect(find3('의료진는 밝혔다')).toEqual(['의료진는>은']);
    expect(find3('여가, 평가, 작가, 사진가, 진가를 발휘했다, 인사평가, 연구진이 판단했다, 의료진은')).toEqual([]);
  });
  it('reports through the particle-agreement check with a span and both languages', () => {
    const [i] = runOne(particleAgreementCheck, 'x', '이에 합의을 이뤘다');
    expect(keys([i!])).toEqual(['particle-agreement:합의을']);
    expect(i!.targetSpan).toEqual({ start: 3, end: 6 });
    expect(i!.message).toBe('Particle does not agree with “합의”: write “합의를”, not “합의을”.');
  });
  it('judges a unit written apart from an amount in 만/억/조 like a counter glued to a number', () => {
    expect(find('평균 가격은 14억3000만 원로 올랐다')).toEqual(['원로>으로']);
    expect(find('3만 명가 모였다')).toEqual(['명가>이']);
    expect(find('평균 가격은 14억3000만 원으로 올랐다')).toEqual([]);
    // A word that is not a unit, or a unit with no amount in 만/억/조 before it (원로 = elder).
    expect(find('당 원로 정치인들이 모였다')).toEqual([]);
    expect(find('2019년 원로 학자가 말했다')).toEqual([]);
    expect(find('3만 원로원 의원')).toEqual([]);
  });
  it('judges tickets, seats and copies (장, 석, 권) after an amount the same way', () => {
    expect(find('42만 장가 팔렸다')).toEqual(['장가>이']);
    expect(find('42만 장이 팔렸다, 1만 석을 채웠다')).toEqual([]);
    expect(find('벌금 3억 부과')).toEqual([]);
  });
  it('judges a unit apart from its amount before a bracketed gloss (1850억 원(1억3800만 달러)로)', () => {
    expect(find('매출을 1850억 원(1억3800만 달러)로 예상한다')).toEqual(['원로>으로']);
    expect(find('매출을 1850억 원(1억3800만 달러)으로 예상한다')).toEqual([]);
    expect(find('그는 당 원로(元老)로 불린다')).toEqual([]);
  });
});
