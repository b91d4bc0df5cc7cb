import { describe, expect, it } from 'vitest';
import { isTransliteration, sourceSkeletons } from './transliteration';

describe('transliterations of the source', () => {
  it('passes foreign names and loanwords the English of the segment has', () => {
    const sk = sourceSkeletons('Jeremy Hunt met Volodymyr Zelensky on Instagram about the iPhone and a conference call.');
    for (const w of ['제러미', '헌트는', '젤렌스키와', '인스타그램에', '아이폰', '콘퍼런스콜에서'])
      expect(isTransliteration(w, sk), w).toBe(true);
  });
  it('hears the English as Korean transliteration does (silent r/l, ch as k or sh, j as y, th as s, a doubled consonant)', () => {
    const cases: [string, string][] = [
      ['Finance ministers met in Johannesburg on Wednesday.', '요하네스버그에서'],
      ['Deputy Secretary Michael Faulkender went instead.', '포큰더'],
      ['Finance Minister Enoch Godongwana said.', '에녹'],
      ['Japanese Finance Minister Katsunobu Kato', '가쓰노부'],
      ['a senior fellow at the think tank Bruegel', '싱크탱크'],
      ['the Brussels-based think tank', '브뤼셀에'],
      ['under the Common Framework', '프레임워크'],
      ['said Cassiel Ato Forson', '아토'],
      ['Shohei Ohtani of the Dodgers', '쇼헤이가'],
      ['Reuters news agency said', '로이터통신이'],
      ['the Nikkei average rose', '닛케이'],
      ['IMF chief Kristalina Georgieva', '게오르기에바'],
      ['Prime Minister Han Duck-soo said', '한덕수'],
    ];
    for (const [src, w] of cases) expect(isTransliteration(w, sourceSkeletons(src)), `${w} ← ${src}`).toBe(true);
  });
  it('hears ㄹ for l, eo/au as ㅗ, a final ㅡ as a lone consonant, a letter before a hyphen by its name', () => {
    const cases: [string, string][] = [
      ["the BBC's Laura Kuenssberg said", '로라'],
      ['a plant in the U.S. state of Georgia', '조지아주에'],
      ['said Hassan Ait Belhaj, 48', '아이트'],
      ['our side playing K-pop back at them', '케이팝이'],
    ];
    for (const [src, w] of cases) expect(isTransliteration(w, sourceSkeletons(src)), `${w} ← ${src}`).toBe(true);
    // A capital letter not before a hyphen has no vowel of its own (The G20 is no 더우기).
    expect(isTransliteration('더우기', sourceSkeletons('"The G20 was born in a crisis," he said.'))).toBe(false);
    expect(isTransliteration('로라', sourceSkeletons('the BBC said'))).toBe(false);
  });
  it('takes a place noun after a name (Gaza → 가자지구, Gyeongpo Beach → 경포해수욕장), not any noun', () => {
    expect(isTransliteration('가자지구에서', sourceSkeletons('the wars in Ukraine and Gaza'))).toBe(true);
    expect(isTransliteration('경포해수욕장', sourceSkeletons('hotels near Gyeongpo Beach'))).toBe(true);
    expect(isTransliteration('가자지역을', sourceSkeletons('the wars in Ukraine and Gaza'))).toBe(false);
    expect(isTransliteration('가자지구', sourceSkeletons('the wars in Ukraine'))).toBe(false);
  });
  it('takes no chain of endings for particles after a name (들어 + 나 + 다)', () => {
    const sk = sourceSkeletons('The Toledo office said.');
    expect(isTransliteration('들어나다', sk)).toBe(false);
  });
  it('does not pass unrelated words', () => {
    const sk = sourceSkeletons('He said more about the mall.');
    for (const w of ['금새', '머물', '역활']) expect(isTransliteration(w, sk), w).toBe(false);
  });
});

describe('transliterations (round 5: 슈 before a consonant, c before e/i as ch, French nasals)', () => {
  it('hears 슈 before a consonant as a lone sh and c before e/i as ch', () => {
    expect(isTransliteration('부쿠레슈티의', sourceSkeletons('held at the ministry in Bucharest'))).toBe(true);
    expect(isTransliteration('친쿠', sourceSkeletons('field trials at the Cincu training range'))).toBe(true);
    expect(isTransliteration('체세나', sourceSkeletons('a match in Cesena'))).toBe(true);
  });
  it('hears a French nasal written 앵/앙/옹 at the end as n (Aurélien → 오렐리앵)', () => {
    expect(isTransliteration('오렐리앵', sourceSkeletons('Health Minister Aurelien Rousseau resigned'))).toBe(true);
    expect(isTransliteration('오렐리앵', sourceSkeletons('Health Minister Aurelio Rousseau resigned'))).toBe(false);
  });
  it('does not pass the same words beside other English', () => {
    expect(isTransliteration('부쿠레슈티의', sourceSkeletons('held at the ministry in Budapest'))).toBe(false);
    expect(isTransliteration('친쿠', sourceSkeletons('the sink was full'))).toBe(false);
  });
});

describe('transliterations (round 6: a German W, -ism from -ist)', () => {
  it('hears a name’s first W as v (Wagner → 바그너) and an -ist word as its -ism (realist → 리얼리즘)', () => {
    expect(isTransliteration('바그너는', sourceSkeletons('said Richard Wagner of the institute'))).toBe(true);
    expect(isTransliteration('리얼리즘', sourceSkeletons('a realist foreign policy'))).toBe(true);
    expect(isTransliteration('모더니즘', sourceSkeletons('the modernism of the 1920s'))).toBe(true);
  });
  it('not a w inside a word or a lower-case w, nor -ism beside other English', () => {
    expect(isTransliteration('바그너는', sourceSkeletons('said the wagoner of the village'))).toBe(false);
    expect(isTransliteration('리얼리즘', sourceSkeletons('a really good policy'))).toBe(false);
  });
});

describe('round 6: a transliterated name before an institution head', () => {
  it('a transliterated name before an institution head (카네기재단, 루브르박물관)', () => {
    const sk = sourceSkeletons('The Carnegie Foundation lent works to the Louvre and to Mercy Hospital.');
    for (const w of ['카네기재단은', '루브르박물관에', '머시병원에서']) expect(isTransliteration(w, sk), w).toBe(true);
    expect(isTransliteration('역활병원', sk)).toBe(false);
  });
});
