import { describe, expect, it } from 'vitest';
import { leftoverLatinCheck } from './leftover-latin';
import { ctxFor, keys, runOne, seg } from './testing';
import type { QaTerm } from './types';

const TERMS: QaTerm[] = [
  { source: 'Lee Sang-hoon', target: '이상훈', kind: 'NAME' },
  { source: 'SCOPE', target: 'SCOPE', kind: 'DO_NOT_TRANSLATE' },
];
const run = (en: string, ko: string) => keys(runOne(leftoverLatinCheck, en, ko, TERMS));

describe('leftover-latin check', () => {
  it('flags romanised place names copied from the source or glued to a particle', () => {
    expect(run('near the border town of Kaesong', '접경 도시 Kaesong 인근에서')).toEqual(['leftover-latin:latin:Kaesong']);
    expect(run('in Panmunjom', 'Panmunjom에서 만났다')).toEqual(['leftover-latin:latin:Panmunjom']);
    expect(run('through Dandong', 'Dandong을 통한 교역')).toEqual(['leftover-latin:latin:Dandong']);
    expect(run('Ryanggang Province', 'Ryanggang Province의 쌀값')).toEqual(['leftover-latin:latin:Ryanggang Province']);
    // A Korean institution named by a romanised word and a generic noun.
    expect(run('at Korea University', 'Korea University에서 연구하는')).toEqual(['leftover-latin:latin:Korea University']);
    expect(run('the Daejeon District Court', 'Daejeon District Court에 신청')).toEqual(['leftover-latin:latin:Daejeon District Court']);
    expect(run('at Harvard University', 'Harvard University에서')).toEqual([]);
    expect(run('at Seoul National University', '서울대(Seoul National University)에서')).toEqual([]);
  });
  it('flags Chinese (pinyin) and Japanese (Hepburn) names left in Latin, short ones too', () => {
    expect(run('in Qingdao next month', 'Qingdao에서 다음 달')).toEqual(['leftover-latin:latin:Qingdao']);
    expect(run('producers in Fukuoka', 'Fukuoka의 생산업체')).toEqual(['leftover-latin:latin:Fukuoka']);
    expect(run('Li Wei, an economist', '경제학자 Li Wei는')).toEqual(['leftover-latin:latin:Li Wei']);
    expect(run('Kenji Takeda said', 'Kenji Takeda 경제산업상은')).toEqual(['leftover-latin:latin:Kenji Takeda']);
    // Not in the source and not glued to Korean: an English word, whatever its shape.
    expect(run('at home', '집에서 Home 화면을')).toEqual([]);
  });
  it('allows acronyms, units, DNT terms, glosses, brand forms and glossary names (the terms check’s)', () => {
    expect(run('the WFP and the U.N.', 'WFP와 U.N.이 5만t을 30km 옮겼다')).toEqual([]);
    expect(run('the SCOPE system', 'SCOPE 시스템')).toEqual([]);
    expect(run('at Panmunjom', '판문점(Panmunjom)에서')).toEqual([]);
    expect(run('ChatGPT and iPhone', 'ChatGPT와 iPhone')).toEqual([]);
    expect(run('Lee said', 'Lee 교수는 말했다')).toEqual([]);
    // Brands and English names kept in Latin by Korean news.
    expect(run('the chip designer Arm and Reuters', '반도체 설계업체 Arm의 지분, Reuters 보도')).toEqual([]);
    expect(run('the Fed and SoftBank', 'Fed는 SoftBank와 회의')).toEqual([]);
    // A Chinese or Japanese name glossed in parentheses after its Korean form.
    expect(run('in Qingdao', '칭다오(Qingdao)에서')).toEqual([]);
  });
  it('flags a country or a large city of the world left in Latin, and leaves it in a gloss or an English title', () => {
    expect(run('talks in Geneva last year', '지난해 Geneva에서 열린 회의')).toEqual(['leftover-latin:latin:Geneva']);
    expect(run('the Fed met in Washington', '연준은 Washington 회의에서')).toEqual(['leftover-latin:latin:Washington']);
    expect(run('France and Switzerland', 'France와 스위스')).toEqual(['leftover-latin:latin:France']);
    expect(run('in New York', 'New York 증시는')).toEqual(['leftover-latin:latin:New York']);
    expect(run('talks in Geneva', '제네바(Geneva)에서 열린 회의')).toEqual([]);
    expect(run('the Geneva talks', '제네바 회의')).toEqual([]);
    // Not in the source and not glued to Korean: a title or a quoted English phrase.
    expect(run('the film', '영화 Paris Texas 상영')).toEqual([]);
  });
  it('flags a state or province of the United States, Canada, Australia or India left in Latin', () => {
    expect(run('launched from Florida in August', '미국 Florida에서 발사된')).toEqual(['leftover-latin:latin:Florida']);
    expect(run('a plant in Ontario', 'Ontario 공장')).toEqual(['leftover-latin:latin:Ontario']);
    expect(run('floods in New South Wales', 'New South Wales의 홍수')).toEqual(['leftover-latin:latin:New South Wales']);
    expect(run('nurses from Kerala', 'Kerala 출신 간호사')).toEqual(['leftover-latin:latin:Kerala']);
    // In Hangul, glossed, or inside a longer English title that is not in the source.
    expect(run('launched from Florida', '미국 플로리다에서 발사된')).toEqual([]);
    expect(run('launched from Florida', '플로리다(Florida)에서 발사된')).toEqual([]);
    expect(run('the film was shown', '영화 Florida Project 상영')).toEqual([]);
  });
  it('flags a foreign person or firm of two words copied from the source and used as a word of the Korean sentence', () => {
    expect(run('said Ingrid Solberg of Nordhavn Capital', '노르웨이 Nordhavn Capital의 분석')).toEqual([
      'leftover-latin:latin:Nordhavn Capital',
    ]);
    expect(run('Rahul Anand, who led the mission', '협의단을 이끈 Rahul Anand 단장은')).toEqual(['leftover-latin:latin:Rahul Anand']);
    // A gloss in parentheses, a one-word brand, a name not in the source, an English title not used as a word.
    expect(run('Rahul Anand, who led the mission', '라훌 아난드(Rahul Anand) 단장은')).toEqual([]);
    expect(run('Reuters reported', 'Reuters는 보도했다')).toEqual([]);
    expect(run('the mission chief', 'Rahul Anand 단장은')).toEqual([]);
    expect(run('the film Parasite Returns was shown', '영화 Parasite Returns')).toEqual([]);
  });
  it('flags a one-word town of any shape copied from the source before a noun of its surroundings (Sihanoukville 외곽의)', () => {
    expect(run('on the outskirts of Sihanoukville', 'Sihanoukville 외곽의 옛 호텔')).toEqual(['leftover-latin:latin:Sihanoukville']);
    expect(run('fighting near Mariupol', 'Mariupol 인근에서 교전')).toEqual(['leftover-latin:latin:Mariupol']);
    expect(run('in northern Quebecville', 'Quebecville 북부에서는')).toEqual(['leftover-latin:latin:Quebecville']);
    // A brand before other nouns, a place noun inside a longer word, a gloss, a word not in the source.
    expect(run('Reuters reported from the area', 'Reuters 보도에 따르면 인근')).toEqual([]);
    expect(run('Sihanoukville was quiet', '시아누크빌(Sihanoukville) 외곽은')).toEqual([]);
    expect(run('the Marvel series', 'Marvel 북부인들')).toEqual([]);
    expect(run('on the outskirts', 'Sihanoukville 외곽의')).toEqual([]);
  });
  it('flags a one-word name before a particle that the document writes in Hangul elsewhere (Brightwell이 beside 브라이트웰)', () => {
    const inDoc = (en: string, ko: string, doc: string) =>
      keys(leftoverLatinCheck.run(seg(en, ko), { ...ctxFor(TERMS), docText: () => `${doc}\n${ko}` }));
    const doc = '미국 협력사인 브라이트웰 테라퓨틱스의 부문장은 밝혔다. 노르드빅은 이날 발표했다.';
    expect(inDoc('adding that Brightwell had paid', '브라이트웰이 냈다고 덧붙였다', doc)).toEqual([]);
    expect(inDoc('adding that Brightwell had paid', 'Brightwell이 냈다고 덧붙였다', doc)).toEqual(['leftover-latin:latin:Brightwell']);
    expect(inDoc('Nordvik said', 'Nordvik의 대변인은', doc)).toEqual(['leftover-latin:latin:Nordvik']);
    // No Hangul form in the document: a brand kept in Latin; a Hangul word of other consonants or
    // onset; not glued to a particle; not in the source; a gloss in brackets.
    expect(inDoc('the chip designer Arm and Reuters', 'Arm의 지분과 Reuters 보도', doc)).toEqual([]);
    expect(inDoc('Brightwell had paid', 'Brightwell이 냈다', '브라운 씨가 밝혔다. 아브라이트웰')).toEqual([]);
    expect(inDoc('Brightwell had paid', 'Brightwell 측이 냈다', doc)).toEqual([]);
    expect(inDoc('the partner had paid', 'Brightwell이 냈다', doc)).toEqual([]);
    expect(inDoc('Brightwell had paid', '브라이트웰(Brightwell)이 냈다', doc)).toEqual([]);
  });
});

describe('a name half translated, or a constituency left in Latin', () => {
  it('flags Lund대의 for Lund University and Mapo-B 의석을 for the Mapo-B seat', () => {
    const lund = 'a political scientist at Lund University in Sweden';
    expect(keys(runOne(leftoverLatinCheck, lund, '스웨덴 Lund대의 정치학자'))).toEqual(['leftover-latin:latin:Lund']);
    expect(keys(runOne(leftoverLatinCheck, 'She won the Mapo-B seat.', '그는 Mapo-B 의석을 차지했다.'))).toEqual([
      'leftover-latin:latin:Mapo-B',
    ]);
  });
  it('leaves a name glued to a noun that is not its generic’s, and a Latin gloss', () => {
    expect(runOne(leftoverLatinCheck, 'a scientist at Lund University', '스웨덴 룬드대(Lund University)의 정치학자')).toEqual([]);
    expect(runOne(leftoverLatinCheck, 'a scientist at Lund University', 'Lund시의 정치학자')).toEqual([]);
  });
});
