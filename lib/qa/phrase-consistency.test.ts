import { describe, expect, it } from 'vitest';
import { runDocumentChecks } from './index';
import { phraseConsistencyCheck } from './phrase-consistency';
import { insertedInName, lookAlike, otherWeekday, transliterated } from './phrase-lookalike';
import { sharedHead } from './phrase-compounds';
import { loanSpellingKey, transliterates } from './phrase-synonyms';
import { ctxFor, seg } from './testing';

const docOf = (pairs: [string, string][]) => pairs.map(([en, ko], i) => seg(en, ko, { id: `s${i}` }));

describe('phrase-consistency check', () => {
  it('flags one English phrase translated two ways', () => {
    const d = docOf([
      ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
      ['The joint military drills remain a sore point.', '합동군사훈련은 여전히 민감한 사안이다.'],
    ]);
    const out = runDocumentChecks(d).flatMap((r) =>
      r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
    );
    expect(out).toContain('s1 phrase-consistency:joint military');
  });
  it('accepts shortened forms and unrelated words', () => {
    const d = docOf([
      ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
      ['The joint military drills remain a sore point.', '연합훈련은 여전히 민감한 사안이다.'],
      ['After the joint military drills end, talks resume.', '군사훈련이 끝나면 협상이 재개된다.'],
    ]);
    expect(phraseConsistencyCheck.run(d, ctxFor()).size).toBe(0);
  });
  const flagged = (pairs: [string, string][]) =>
    runDocumentChecks(docOf(pairs)).flatMap((r) =>
      r.issues.filter((i) => i.check === 'phrase-consistency').map((i) => `${r.segmentId} ${i.key}`),
    );
  it('flags a changed head (연습 for 훈련), a longer -적 form (인도주의적) and a word pair with one word changed (식량 원조)', () => {
    expect(
      flagged([
        ['It protested the joint military drills.', '북한은 한미 연합군사훈련에 항의했다.'],
        ['The joint military drills remain a sore point.', '연합군사연습은 여전히 민감한 사안이다.'],
      ]),
    ).toContain('s1 phrase-consistency:joint military');
    expect(
      flagged([
        ['Humanitarian aid must not be held hostage.', '인도적 지원이 정치의 볼모가 돼서는 안 된다.'],
        ['It promised to put humanitarian aid first.', '인도주의적 지원을 앞세우겠다고 약속했다.'],
      ]),
    ).toContain('s1 phrase-consistency:humanitarian aid');
    expect(
      flagged([
        ['Food aid is not covered by sanctions.', '식량 지원은 제재 대상이 아니다.'],
        ['A food aid offer is its boldest move.', '식량 원조 제안은 가장 과감한 카드다.'],
      ]),
    ).toContain('s1 phrase-consistency:food aid');
  });
  it('never pairs words across a mark or a number, verb forms, adnominals or words with nothing in common', () => {
    expect(
      flagged([
        ['He fired a ballistic missile launch on Monday.', '그는 월요일 탄도미사일 발사를 감행했다.'],
        ['Another ballistic missile flew 400 km.', '또 다른 탄도미사일 1발을 쐈다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['They discussed economic cooperation.', '남한 대화에 나섰다.'],
        ['Economic cooperation was on the agenda.', '남한 대한 논의가 이어졌다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['A recent statement by the ministry.', '외무성 최근 담화에서 밝혔다.'],
        ['The recent statement was harsh.', '외무성 권정근 국장의 담화는 거칠었다.'],
      ]),
    ).toEqual([]);
  });
  it('flags a near-synonym swapped in (실무 회담 for 실무 협상, 외교부 for 외무성) and reads phrases across "of" and a possessive', () => {
    expect(
      flagged([
        ['They agreed to resume working-level talks.', '양측은 실무 협상을 재개하기로 합의했다.'],
        ['The working-level talks may open this month.', '실무 협상은 이달 열릴 수 있다.'],
        ['The working-level talks will decide much.', '실무 회담의 결과가 많은 것을 좌우한다.'],
      ]),
    ).toContain('s2 phrase-consistency:working-level talk');
    expect(
      flagged([
        ['The Foreign Ministry issued a statement.', '외무성은 담화를 발표했다.'],
        ['The Foreign Ministry did not say more.', '외교부는 더 말하지 않았다.'],
      ]).length,
    ).toBeGreaterThan(0);
    expect(
      flagged([
        ["Prices rise twice as fast as the Bank of England's target.", '물가는 영란은행의 목표치의 두 배 속도로 오른다.'],
        ['The Bank of England has held its key rate.', '잉글랜드은행은 기준금리를 동결해 왔다.'],
      ]),
    ).toContain('s1 phrase-consistency:bank of england');
  });
  it('reads no phrase across "of" onto a word that only modifies the next (half of next year)', () => {
    // 상반기 / 하반기 render first / second half: “half of next” is no phrase of its own.
    expect(
      flagged([
        ['Innospace will try again in the first half of next year.', '이노스페이스는 내년 상반기에 다시 도전한다.'],
        ['The fifth launch is planned for the second half of next year.', '5차 발사는 내년 하반기로 예정돼 있다.'],
      ]),
    ).toEqual([]);
    // A noun after the "of" still ends the phrase (the Bank of England, above).
  });
  it('pairs two Korean words only where the first carries no particle (회사는 봄에 is no phrase)', () => {
    expect(
      flagged([
        ['The company makes a second attempt in spring.', '회사는 봄에 재도전한다.'],
        ['The launch, a second attempt, is set for spring.', '발사는 봄에 재도전 형식으로 열린다.'],
      ]),
    ).toEqual([]);
    // 봄으로 is 봄 + 으로, not 봄으 + 로: no 내년 봄으 to set against 내년 봄에.
    expect(
      flagged([
        ['The company says it will launch again next spring.', '회사는 내년 봄에 다시 발사하겠다고 밝혔다.'],
        ['The rocket may launch again next spring.', '발사는 내년 봄으로 미뤄질 수 있다.'],
      ]),
    ).toEqual([]);
    // A bare first word still pairs (식량 지원 / 식량 원조, above).
  });
  it('does not take two short synonyms as one phrase, nor a topic word plus any noun', () => {
    expect(
      flagged([
        ['Seoul made proposals for talks.', '남한은 대화를 제안했다.'],
        ["Seoul's proposals went unanswered at the meeting.", '회의에서 남한의 제안은 답을 얻지 못했다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['It cannot engage in inter-Korean dialogue before that.', '그 전에는 남한 경제 문제로 남북 대화에 나설 수 없다.'],
        ['The inter-Korean dialogue may stall.', '남한 제안에 대한 침묵으로 남북 대화가 멈출 수 있다.'],
      ]),
    ).toEqual([]);
  });
  it('flags a look-alike another phrase also uses, and an English word left transliterated (round 4)', () => {
    // 수출 규제 renders "export curbs" elsewhere: still a second rendering of "export controls".
    expect(
      flagged([
        ['An FTA will not remove export controls.', 'FTA가 수출 통제를 없애지는 못한다.'],
        ['They honour the commitments on export controls.', '그들은 수출 통제 약속을 지킨다.'],
        ['They settled a dispute over export curbs.', '양국은 수출 규제 분쟁을 매듭지었다.'],
        ['Both want rules before the next export controls.', '두 나라 모두 다음 수출 규제가 나오기 전에 규칙을 원한다.'],
      ]),
    ).toEqual(['s3 phrase-consistency:export control']);
    // "first chapter" → 첫 분야, then 첫 챕터 (chapter written in Hangul).
    expect(
      flagged([
        ['They aim at a first chapter on customs.', '세관에 관한 첫 분야를 목표로 한다.'],
        ['They hope to sign the first chapter.', '그들은 첫 챕터에 서명하기를 바란다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:first chapter']);
  });
  it('leaves a standard loanword beside a topic word alone, and flags the odd one out, not the majority', () => {
    // 미사일 is the Korean word for missile, beside a topic word and a verb form.
    expect(
      flagged([
        ['North Korea’s missile launches went on.', '북한의 잇따른 미사일 발사가 이어졌다.'],
        ['The missile launches worry Tokyo.', '북한 잇따른 발사에 일본이 우려한다.'],
        ['Missile launches continued.', '북한 미사일 발사가 계속됐다.'],
      ]).filter((x) => x.includes('missile')),
    ).toEqual([]);
    // Two segments with the phrase agree on 수출 규제: the odd one out (수출 통제) is flagged, not them.
    expect(
      flagged([
        ['An FTA will not remove export controls.', 'FTA가 수출 통제를 없애지는 못한다.'],
        ['They honour export controls.', '그들은 수출 규제 약속을 지킨다.'],
        ['Both want rules before the next export controls.', '두 나라 모두 다음 수출 규제가 나오기 전에 규칙을 원한다.'],
      ]),
    ).toEqual(['s0 phrase-consistency:export control']);
  });
  it('keeps a phrase rendered the same way in both segments, whatever other look-alikes the paragraphs hold', () => {
    const d: [string, string][] = [
      ['Apartment prices rose again, as did household loans.', '아파트값이 다시 올랐고 가계대출도 늘었다.'],
      ['Apartment prices rose; mortgage rules were tightened.', '아파트값은 올랐고 주택담보대출 규제가 강화됐다.'],
    ];
    expect(flagged(d)).toEqual([]);
  });
  it("does not compare one country's ministry with another's (Japan's Foreign Ministry 외무성, Seoul's 외교부)", () => {
    expect(
      flagged([
        ["Japan's Foreign Ministry summoned the ambassador.", '일본 외무성은 대사를 초치했다.'],
        ['Foreign ministry officials said the fund had grown.', '외교부 관계자들은 기금이 늘었다고 말했다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ["Japan's Foreign Ministry summoned the ambassador.", '일본 외무성은 대사를 초치했다.'],
        ["Japan's Foreign Ministry said more.", '일본 외교부는 더 말했다.'],
      ]).length,
    ).toBeGreaterThan(0);
  });
  it('flags one English word rendered by the other of a curated pair (배상/보상, 유족/피해자 가족, 정상회담/정상 회동, 부채/빚)', () => {
    expect(
      flagged([
        ["Courts held that individuals' right to compensation survived.", '법원은 개인의 배상 청구권이 남아 있다고 판단했다.'],
        ['Her ministry set up a compensation scheme.', '외교부는 보상 방안을 마련했다.'],
      ]),
    ).toContain('s1 phrase-consistency:compensation');
    expect(
      flagged([
        ['A summit in Busan is planned.', '부산에서 정상회담이 예정돼 있다.'],
        ['The party called for the summit to be postponed.', '여당은 정상 회동 연기를 요구했다.'],
        ['The summit may still go ahead.', '정상회담은 그래도 열릴 수 있다.'],
      ]),
    ).toEqual(['s1 phrase-consistency:summit']);
    expect(
      flagged([
        ['Household debt is high.', '가계부채가 많다.'],
        ['Household debt remains a concern.', '가계 빚이 여전히 우려 사항이다.'],
      ]).length,
    ).toBeGreaterThan(0);
  });
  it('reads a plural of a curated word as the word (원고들 = 원고)', () => {
    expect(
      flagged([
        ['Only three of the plaintiffs are alive.', '원고 가운데 생존자는 3명뿐이다.'],
        ['It pays plaintiffs with donations.', '기부금으로 원고들에게 배상금을 지급한다.'],
        ["The plaintiffs' lawyers said more.", '소송인 측 변호인단은 더 말했다.'],
      ]),
    ).toEqual(['s2 phrase-consistency:plaintiff']);
  });
  it('leaves one English word alone where the renderings are no curated pair or both are used alike', () => {
    expect(
      flagged([
        ['The talks resumed.', '협상이 재개됐다.'],
        ['The talks stalled.', '회담이 교착됐다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['The families refused.', '유족들은 거부했다.'],
        ['The families were paid.', '유족에게 판결금이 지급됐다.'],
        ['The families waited.', '유족은 기다렸다.'],
      ]),
    ).toEqual([]);
  });
  it('flags a curated pair inside a two-word phrase (가계부채 / 가계빚) and an agent noun the document shows as a noun (구입자 / 구매자)', () => {
    expect(
      flagged([
        ['Cheaper credit pushed household debt to a record.', '저금리로 가계부채는 사상 최대로 불어났다.'],
        ['The IMF said household debt was among the highest.', 'IMF는 가계빚이 주요국 가운데 최고 수준이라고 지적했다.'],
      ]),
    ).toContain('s1 phrase-consistency:household debt');
    expect(
      flagged([
        ['It lowers the ratio for first-time buyers in Seoul.', '서울 생애최초 주택 구입자의 대출비율도 낮춘다.'],
        ['The cap would hurt first-time buyers most.', '대출 한도가 첫 주택 구매자에게 가장 큰 타격을 준다.'],
      ]),
    ).toContain('s1 phrase-consistency:first-time buyer');
  });
  it('does not take a verb form ending in -자 for an agent noun (가자 / 보자), nor a curated word in another phrase', () => {
    expect(
      flagged([
        ['The first-time buyers said: let us go.', '생애최초 주택 구입자의 말은 “이제 가자”였다.'],
        ['The first-time buyers said: let us see.', '생애최초 주택 보자는 말이 나왔다.'],
      ]),
    ).toEqual([]);
    expect(
      flagged([
        ['Household debt rose again.', '가계부채가 다시 늘었다.'],
        ['Household spending fell, and he paid his debt.', '가계 지출은 줄었고 그는 빚을 갚았다.'],
      ]),
    ).toEqual([]);
  });
  describe('one word for the same thing (near-synonyms, person suffixes, an English word in Hangul)', () => {
    it('flags a near-synonym, another person suffix and a 하다/되다 noun where the other segments agree', () => {
      expect(
        flagged([
          ['Kim, the company’s chief executive, spoke.', '김 최고경영자는 말했다.'],
          ['Its chief executive visited Geoje.', '이 회사 최고경영자는 거제를 찾았다.'],
          ['Lee, the chief executive, said no.', '이 대표이사는 거절했다.'],
        ]),
      ).toContain('s2 phrase-consistency:chief executive');
      expect(
        flagged([
          ['Thousands of welders left.', '수천 명의 용접공이 떠났다.'],
          ['A welder who has worked there for years.', '그곳에서 오래 일한 용접공 박 씨.'],
          ['The welders live on overtime.', '용접사들은 잔업으로 먹고산다.'],
        ]),
      ).toContain('s2 phrase-consistency:welder');
      expect(
        flagged([
          ['The ships will be delivered in 2028.', '선박은 2028년 인도된다.'],
          ['It pays a penalty when a ship is delivered late.', '선박 인도가 늦어지면 지체상금을 문다.'],
          ['The ships were always delivered.', '배는 언제나 납품됐다.'],
        ]),
      ).toContain('s2 phrase-consistency:delivered');
    });
    it('flags a compound with one word swapped for its near-synonym (군사연습 beside 연합군사훈련)', () => {
      expect(
        flagged([
          ['He wants talks after the exercise ends.', '그는 한미 연합군사훈련이 끝나면 협상을 바란다.'],
          ['The North opposes the exercise.', '북한은 한미 연합군사훈련에 반대한다.'],
          ['They began the exercise this month.', '양국이 연합군사훈련에 돌입했다.'],
          ['Talks may resume after the exercise ends.', '한미 군사연습이 끝난 뒤 협상이 열릴 수 있다.'],
        ]),
      ).toContain('s3 phrase-consistency:exercise');
      expect(
        flagged([
          ['He wants talks after the exercise ends.', '그는 한미 연합군사훈련이 끝나면 협상을 바란다.'],
          ['The North opposes the exercise.', '북한은 한미 연합군사훈련에 반대한다.'],
          ['They began the exercise this month.', '양국이 연합군사훈련에 돌입했다.'],
          ['Talks may resume after the exercise ends.', '한미 군사훈련이 끝난 뒤 협상이 열릴 수 있다.'],
        ]),
      ).toEqual([]);
    });
    it('reports one odd word once, under the English word whose segments have the usual rendering, as the text writes it', () => {
      const out = flagged([
        ['Karamanli said the ships will be delivered in 2028.', '카라만리는 선박이 2028년 인도된다고 말했다.'],
        ['Karamanli said a penalty is due when a ship is delivered late.', '카라만리는 선박 인도가 늦어지면 지체상금을 문다고 말했다.'],
        ['Karamanli said the ships were always delivered.', '카라만리는 배가 언제나 납품됐다고 말했다.'],
      ]);
      expect(out).toEqual(['s2 phrase-consistency:delivered']);
      const msg = runDocumentChecks(
        docOf([
          ['Thousands of welders left.', '수천 명의 용접공이 떠났다.'],
          ['A welder who has worked there for years.', '그곳에서 오래 일한 용접공 박 씨.'],
          ['The welders live on overtime.', '용접사들은 잔업으로 먹고산다.'],
        ]),
      ).flatMap((r) => r.issues.map((i) => i.message));
      expect(msg).toEqual(['“welders” is translated as “용접사” here but as “용접공” elsewhere in the document.']);
    });
    it('flags the English word written in Hangul (야드) where most other segments translate it', () => {
      expect(
        flagged([
          ['The Korean yard won the order.', '한국 조선소가 수주했다.'],
          ['The ships will be built at its yard.', '선박은 이 회사 조선소에서 건조된다.'],
          ['Chinese yards took 41 percent.', '중국 조선소들은 41%를 가져갔다.'],
          ['He has worked at the yard for 27 years.', '그는 이 조선소에서 27년째 일했다.'],
          ['The problem lies inside the yard.', '문제는 야드 안에 있다.'],
        ]),
      ).toContain('s4 phrase-consistency:yard');
    });
    it('flags a near-synonym beside the usual word when the English word comes twice (이 협정 … 이 조약)', () => {
      expect(
        flagged([
          ['It violated the 1965 treaty.', '1965년 협정에 위배된다.'],
          [
            'Claims were settled by the treaty; courts held the treaty did not end them.',
            '당시 협정에 따라 해결됐지만 법원은 이 조약이 청구권을 없애지 않았다고 봤다.',
          ],
        ]),
      ).toContain('s1 phrase-consistency:treaty');
    });
    it('accepts counsel and a lawyer, a gloss in brackets, a word another segment has, and a loanword with no agreed rendering', () => {
      // 변호인 and 변호사 are two words, not one written with two suffixes.
      expect(
        flagged([
          ['The lawyers appealed.', '원고 측 변호인단은 항소했다.'],
          ['A lawyer for the plaintiffs spoke.', '원고 측 변호인은 말했다.'],
          ['Another lawyer said it was late.', '다른 변호사는 늦었다고 했다.'],
        ]),
      ).toEqual([]);
      expect(
        flagged([
          ['Steel prices rose.', '철강 가격이 올랐다.'],
          ['The two steel makers raised prices.', '두 철강사는 가격을 올렸다.'],
          ['Steel plate costs a fifth.', '철강 후판이 5분의 1을 차지한다.'],
          ['They start steel cutting next year.', '내년 첫 강재 절단(스틸 커팅)에 들어간다.'],
        ]),
      ).toEqual([]);
      // 선사 is the document's word elsewhere (another segment has it): not this segment's own.
      expect(
        flagged([
          ['Greek owner orders ships.', '그리스 선주, 선박 발주.'],
          ['Owners who care about quality.', '품질을 중시하는 선주들.'],
          ['Some owners hesitate.', '일부 선사는 망설인다.'],
          ['Shipping lines rose.', '선사 주가도 올랐다.'],
        ]),
      ).toEqual([]);
      expect(
        flagged([
          ['Global orders fell.', '전 세계 발주량이 줄었다.'],
          ['Their global share rose.', '세계 시장 점유율이 올랐다.'],
          ['A global carbon price was agreed.', '글로벌 탄소 가격제에 합의했다.'],
        ]),
      ).toEqual([]);
    });
  });
  it('takes a replaced word for the English word in Hangul only when the whole word writes it (챕터, not 누리호 for Naro)', () => {
    expect(transliterated('첫 분야', '첫 챕터', 'first chapter')).toBe(true);
    // 누리호 shares its consonants with “Naro” but is Nuri + 호; 나로 stays in 나로우주센터.
    expect(transliterated('지금 고흥', '누리호 고흥', 'naro space')).toBe(false);
  });
  it('reads an English word written in Hangul by its sounds, not by any two consonants', () => {
    expect(transliterates('야드', 'yard')).toBe(true);
    expect(transliterates('모니터링', 'monitoring')).toBe(true);
    expect(transliterates('두드리', 'door')).toBe(false);
    expect(transliterates('위협', 'heavy')).toBe(false);
    expect(transliterates('권리', 'control')).toBe(false);
    expect(transliterates('기다릴', 'country')).toBe(false);
  });
  describe('one English loanword written two ways in Hangul', () => {
    const run = (pairs: [string, string][]) =>
      [...phraseConsistencyCheck.run(docOf(pairs), ctxFor())].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key} ${i.message}`));
    it('folds the spellings a Korean loanword takes (final ㅅ/ㄱ/ㅂ for 트/크/프, 쥬 for 주, 쉬 for 시)', () => {
      expect(loanSpellingKey('로봇')).toBe(loanSpellingKey('로보트'));
      expect(loanSpellingKey('크레딧')).toBe(loanSpellingKey('크레디트'));
      expect(loanSpellingKey('리더쉽')).toBe(loanSpellingKey('리더십'));
      expect(loanSpellingKey('쥬스')).toBe(loanSpellingKey('주스'));
      expect(loanSpellingKey('메세지')).toBe(loanSpellingKey('메시지'));
      expect(loanSpellingKey('로봇')).not.toBe(loanSpellingKey('로비'));
    });
    it('flags the rarer spelling where both write one English word of the source', () => {
      const out = run([
        ['The factory bought its first robot in 2019.', '공장은 2019년 첫 로봇을 들였다.'],
        ['Each robot now does the work of three welders.', '이제 로봇 한 대가 용접공 세 명의 일을 한다.'],
        ['The union says the robot has cost jobs.', '노조는 로보트가 일자리를 빼앗았다고 말한다.'],
      ]);
      expect(out).toEqual(['s2 phrase-consistency:robot “robot” is translated as “로보트” here but as “로봇” elsewhere in the document.']);
      // In one paragraph, the later spelling (the first sets the pattern).
      expect(
        run([
          [
            'The leadership credit came late. The credit counts from next year.',
            '리더십 크레디트는 늦게 왔다. 크레딧은 내년부터 인정된다.',
          ],
        ]).map((x) => x.split(' ')[0]),
      ).toEqual(['s0']);
    });
    it('does not flag one spelling throughout, or two words for two English words', () => {
      expect(
        run([
          ['The factory bought its first robot in 2019.', '공장은 2019년 첫 로봇을 들였다.'],
          ['The union says the robot has cost jobs.', '노조는 로봇이 일자리를 빼앗았다고 말한다.'],
        ]),
      ).toEqual([]);
      // card / cart: 카드 and 카트 share a key but write two English words.
      expect(
        run([
          ['Shoppers paid by card.', '쇼핑객들은 카드로 결제했다.'],
          ['Each cart holds forty kilos.', '카트 하나에 40킬로그램이 들어간다.'],
        ]),
      ).toEqual([]);
    });
  });
  describe('two words of one near-synonym group in one paragraph', () => {
    const run = (pairs: [string, string][]) =>
      [...phraseConsistencyCheck.run(docOf(pairs), ctxFor())].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
    it('flags the later word, a 하다/되다 verb read as its noun', () => {
      expect(
        run([
          [
            'Without new wells, the aquifer will run dry by 2040. The ministry puts its depletion at 2045.',
            '새 관정이 없으면 대수층은 2040년까지 소진될 것이다. 환경부는 고갈 시점을 2045년으로 본다.',
          ],
        ]),
      ).toEqual(['s0 phrase-consistency:소진/고갈']);
    });
    it('does not flag one word kept, or two words of a group in two paragraphs', () => {
      expect(
        run([
          [
            'Without new wells, the aquifer will run dry by 2040. The ministry puts its depletion at 2045.',
            '새 관정이 없으면 대수층은 2040년까지 고갈될 것이다. 환경부는 고갈 시점을 2045년으로 본다.',
          ],
          ['Firefighters reached the ridge at dawn.', '소방대원들이 새벽에 능선에 도착했다.'],
          ['Two firefighters were hurt.', '소방관 두 명이 다쳤다.'],
        ]),
      ).toEqual([]);
    });
    it('flags a reform called a reorganisation in one paragraph where the others keep 개혁', () => {
      const out = run([
        ['The pension reform passed on Tuesday.', '연금 개혁안이 화요일 통과됐다.'],
        ['Critics say the reform is too timid.', '비판론자들은 이번 개혁이 너무 소심하다고 말한다.'],
        ['Unions welcomed the reform.', '노조는 개혁을 환영했다.'],
        ['The reform does not reach the self-employed.', '이번 개편은 자영업자에게 닿지 않는다.'],
      ]);
      expect(out).toEqual(['s3 phrase-consistency:reform']);
    });
  });
  describe('a loanword and its Sino-Korean word, a Moon modifier, a budget and an ordinal', () => {
    it('flags the Sino-Korean word where the other segments keep the loanword (기술자들, 신생 기업, 용역)', () => {
      expect(
        flagged([
          ['A former engineer now advises firms.', '전직 엔지니어는 이제 기업들에 자문한다.'],
          ['Most engineers live near Daejeon.', '엔지니어 대부분은 대전 인근에 산다.'],
          ['The engineers worked as one team.', '기술자들이 한 팀으로 일했다.'],
        ]),
      ).toContain('s2 phrase-consistency:engineer');
      expect(
        flagged([
          ['He advises start-ups in Bengaluru.', '그는 벵갈루루에서 스타트업들에 자문한다.'],
          ['Innospace, a start-up based in Sejong, tried again.', '세종의 스타트업 이노스페이스가 다시 도전했다.'],
          ['It set aside money for start-ups.', '정부는 신생 기업을 위해 돈을 떼어 두었다.'],
        ]),
      ).toContain('s2 phrase-consistency:start-up');
      expect(
        flagged([
          ['Morimoto runs launch services at JAXA.', '모리모토는 JAXA에서 발사 서비스를 총괄한다.'],
          ['KASA will buy launch services from Korean firms.', '우주항공청은 국내 기업의 발사 용역을 사겠다고 했다.'],
        ]),
      ).toContain('s1 phrase-consistency:launch service');
    });
    it('does not flag a loanword kept throughout, or a Sino-Korean word outside the groups (기술진 for “state engineers”)', () => {
      expect(
        flagged([
          ['Hanwha worked alongside state engineers.', '한화는 정부 기술진과 함께 일했다.'],
          ['A former engineer now advises firms.', '전직 엔지니어는 이제 기업들에 자문한다.'],
          ['Most engineers live near Daejeon.', '엔지니어 대부분은 대전 인근에 산다.'],
          ['Technicians and instructors will go to Romania.', '기술자와 교관이 루마니아로 간다.'],
        ]),
      ).toEqual([]);
      // 용역 at home in a fixed compound (청소 용역) beside 서비스 for “services” elsewhere: compared
      // only inside one phrase (발사 서비스 / 발사 용역, above).
      expect(
        flagged([
          ['The services sector grew.', '서비스업이 성장했다.'],
          ['Demand for services rose.', '서비스 수요가 늘었다.'],
          ['Cleaning services were outsourced.', '청소 용역은 외주로 넘어갔다.'],
        ]),
      ).toEqual([]);
    });
    it('flags 월면 착륙 beside 달 착륙 for “landing”, but not the lunar surface named beside the Moon', () => {
      expect(
        flagged([
          ['A lunar landing is not a matter of pride alone.', '달 착륙은 자부심만의 문제가 아니다.'],
          ['The Moon landing depends on politics.', '월면 착륙 일정은 정치에 달렸다.'],
        ]),
      ).toContain('s1 phrase-consistency:landing');
      expect(
        flagged([
          ['The lander will study the surface after landing.', '착륙선은 달에 내린 뒤 월면을 조사한다.'],
          ['After landing, it will send images.', '착륙 뒤에는 달 사진을 보낸다.'],
        ]),
      ).toEqual([]);
    });
    it('flags 재정 for “budget” only where three segments share the word and the others all say 예산', () => {
      expect(
        flagged([
          ["KASA's budget for this year is 964.9 billion won.", '올해 우주항공청 예산은 9649억 원이다.'],
          ["Next year's budget gives KASA 1.1 trillion won.", '내년 예산에서 우주항공청 몫은 1조 1000억 원이다.'],
          ['Space budgets have been cut before.', '우주 재정이 깎인 전례도 있다.'],
        ]),
      ).toContain('s2 phrase-consistency:budget');
      // 예산 for the budget, 재정 for a fiscal projection: two things in two segments.
      expect(
        flagged([
          ['The pension needs 4 trillion won a year from the budget for the second stage.', '2단계 연금은 해마다 예산 4조 원이 든다.'],
          ['She wants the second stage passed after a new projection.', '새 장기 재정 추계 뒤 2단계 개혁안을 통과시키려 한다.'],
        ]),
      ).toEqual([]);
    });
    it('flags an ordinal written another way for the same number and head (네 번째 발사 beside 4차 발사)', () => {
      const out = flagged([
        ['The fourth launch carried 13 satellites.', '이번 4차 발사에는 위성 13기가 실렸다.'],
        ['The fourth launch showed the engineers can work as one team.', '이번 4차 발사는 기술진이 한 팀이라는 것을 보여 줬다.'],
        ['On the night of the fourth launch, 2,000 people gathered.', '네 번째 발사가 있던 날 밤 2000명이 모였다.'],
      ]);
      expect(out).toEqual(['s2 phrase-consistency:fourth']);
    });
    it('does not flag other heads, durations, one style throughout, or an ordinal the source does not have', () => {
      expect(
        flagged([
          ['The fifth launch is next year.', '5차 발사는 내년이다.'],
          ['A second launch pad will be built.', '두 번째 발사대를 짓는다.'],
          ['The second launch failed.', '2차 발사는 실패했다.'],
          ['He has worked there for the fourth year.', '그는 4년째 일하고 있다.'],
          ['The fourth year began.', '네 번째 해가 시작됐다.'],
        ]),
      ).toEqual([]);
      expect(
        flagged([
          ['The fourth launch carried 13 satellites.', '이번 4차 발사에는 위성 13기가 실렸다.'],
          ['The launch drew a crowd.', '네 번째 발사에 인파가 몰렸다.'],
        ]),
      ).toEqual([]);
    });
  });
  describe('a measure compound with its front swapped', () => {
    const run = (pairs: [string, string][]) =>
      [...phraseConsistencyCheck.run(docOf(pairs), ctxFor())].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
    it('flags 기여율 where the other segment renders “contribution rate” as 보험료율', () => {
      expect(
        run([
          ['Experts want a contribution rate of 15 per cent by 2030.', '전문가들은 2030년까지 보험료율 15%를 원한다.'],
          ['The contribution rate is now 9 per cent of income.', '현재 기여율은 소득의 9%다.'],
        ]),
      ).toEqual(['s1 phrase-consistency:contribution rate']);
    });
    it('does not flag another rate in the segment, or a head that is not the phrase’s last word', () => {
      // “rate” also stands alone in the segment: 출산율 may render it.
      expect(
        run([
          ['Experts want a contribution rate of 15 per cent by 2030.', '전문가들은 2030년까지 보험료율 15%를 원한다.'],
          ['The contribution rate matters less than the birth rate.', '그보다 중요한 것은 출산율이다.'],
        ]),
      ).toEqual([]);
      expect(
        run([
          ['Damage came to 3 billion won.', '피해액은 30억 원에 이르렀다.'],
          ['Payouts reached 2 billion won.', '지급액은 20억 원에 달했다.'],
        ]),
      ).toEqual([]);
    });
  });
  describe('round 13: deictic time, names and titles, compounds of one term', () => {
    const run = (pairs: [string, string][]) =>
      [...phraseConsistencyCheck.run(docOf(pairs), ctxFor())].flatMap(([id, issues]) => issues.map((i) => `${id} ${i.key}`));
    it('never pairs a deictic time phrase with the weekdays its paragraphs happen to name', () => {
      expect(
        run([
          [
            'Welcome to the programme for Tuesday. The province warned this afternoon that rationing could spread.',
            '11월 17일 화요일 방송입니다. 제주도는 오늘 오후 제한급수가 확대될 수 있다고 경고했습니다.',
          ],
          [
            'The governor spoke at a news conference this afternoon. From Friday, hotels will pay more.',
            '지사는 오늘 오후 기자회견에서 말했습니다. 금요일부터 호텔은 요금을 더 내야 합니다.',
          ],
        ]),
      ).toEqual([]);
      expect(
        run([
          ['The talks ended yesterday afternoon, on Monday.', '회담은 월요일인 어제 오후 끝났다.'],
          ['Yesterday afternoon the envoy left; he returns on Thursday.', '특사는 어제 오후 떠났고 목요일에 돌아온다.'],
        ]),
      ).toEqual([]);
      expect(lookAlike('화요일', '금요일')).toBe(false);
      expect(lookAlike('화요일 오후', '금요일 오후')).toBe(false);
      expect(otherWeekday('화요일 오후', '화요일 오후')).toBe(false);
    });
    it('flags a word inserted inside a name’s rendering (제주국립대학교 for 제주대학교), not a shortened or extended one', () => {
      const first: [string, string] = [
        'Joining me is Ko Min-seok, a professor at Jeju National University.',
        '제주대학교에서 가르치는 고민석 교수가 나와 있습니다.',
      ];
      const en = 'Professor Ko Min-seok of Jeju National University, thank you.';
      expect(run([first, [en, '제주국립대학교 고민석 교수와 함께했습니다.']])).toEqual(['s1 phrase-consistency:jeju national']);
      expect(run([first, [en, '제주대학교 고민석 교수와 함께했습니다.']])).toEqual([]);
      expect(run([first, [en, '제주대 고민석 교수와 함께했습니다.']])).toEqual([]);
      expect(run([first, [en, '이 대학 고민석 교수와 함께했습니다.']])).toEqual([]);
      expect(insertedInName('제주대학교', '제주국립대학교')).toBe(true);
      expect(insertedInName('제주대학교', '국립제주대학교')).toBe(false);
      expect(insertedInName('연합사', '한미연합사령부')).toBe(false);
      expect(insertedInName('연합군사훈련', '연합훈련')).toBe(false);
    });
    it('flags a title translated where the other segments write it in Hangul (섬 리포트 / 아일랜드 리포트)', () => {
      const first: [string, string] = ['Welcome to Island Report for Tuesday.', '화요일 〈아일랜드 리포트〉입니다.'];
      const en = 'Tomorrow on Island Report, we look at schools.';
      expect(run([first, [en, '내일 〈섬 리포트〉에서는 학교를 살펴봅니다.']])).toEqual(['s1 phrase-consistency:island report']);
      expect(run([first, [en, '내일 〈아일랜드 리포트〉에서는 학교를 살펴봅니다.']])).toEqual([]);
    });
    it('flags another front on the head of one term’s compound (해수담수화 / 바닷물 담수화, 대수층 / 지하수층)', () => {
      const plant: [string, string] = [
        'The province wants to build a desalination plant near Seongsan.',
        '제주도는 성산 인근에 해수담수화 시설을 짓는 방안을 추진하고 있다.',
      ];
      const en = 'Desalination is expensive and uses a lot of energy.';
      expect(run([plant, [en, '바닷물 담수화는 비용이 많이 들고 에너지도 많이 쓴다.']])).toEqual(['s1 phrase-consistency:desalination']);
      expect(run([plant, [en, '해수담수화는 비용이 많이 들고 에너지도 많이 쓴다.']])).toEqual([]);
      expect(run([plant, [en, '해수 담수화는 비용이 많이 들고 에너지도 많이 쓴다.']])).toEqual([]);
      expect(run([plant, [en, '담수화는 비용이 많이 들고 에너지도 많이 쓴다.']])).toEqual([]);
      const aquifer: [string, string][] = [
        ['Hotels and farms all draw on the same aquifer.', '호텔과 농가가 모두 같은 대수층에서 물을 끌어다 쓴다.'],
        ['She has studied volcanic aquifers in Hawaii.', '그는 하와이의 화산암 대수층을 연구해 왔다.'],
      ];
      expect(
        run([
          ...aquifer,
          [
            'Once seawater gets into a coastal aquifer, it takes years to flush out.',
            '바닷물이 해안 지하수층에 들어오면 빼내는 데 몇 년이 걸린다.',
          ],
        ]),
      ).toEqual(['s2 phrase-consistency:aquifer']);
      // No English word of the term in the segment: another thing (a groundwater layer).
      expect(
        run([
          ...aquifer,
          ['Once seawater gets into the ground, it takes years to flush out.', '바닷물이 지하수층에 들어오면 빼내는 데 몇 년이 걸린다.'],
        ]),
      ).toEqual([]);
      expect(sharedHead('해수담수화', '바닷물 담수화')).toBe('담수화');
      expect(sharedHead('대수층', '해안 지하수층')).toBe('');
      expect(sharedHead('생수 공장', '이 공장')).toBe('');
      expect(sharedHead('생수 공장', '새로운 공장')).toBe('');
    });
    it('flags a shortened English mention rendered with another front (the plant → 먹는샘물 공장), not another plant', () => {
      const usual: [string, string][] = [
        ['Hotels and the bottled-water plant draw on one aquifer.', '호텔과 생수 공장이 모두 같은 대수층에서 물을 끌어다 쓴다.'],
        ['The bottled-water plant you mention is run by the JPDC.', '말씀하신 생수 공장은 JPDC가 운영한다.'],
      ];
      expect(run([...usual, ['Honestly, the plant is not the main problem.', '솔직히 먹는샘물 공장이 주된 원인은 아니다.']])).toEqual([
        's2 phrase-consistency:plant',
      ]);
      expect(
        run([
          ...usual,
          ['Honestly, the plant is not the main problem.', '솔직히 생수 공장이 주된 원인은 아니다.'],
          ['The province also wants a desalination plant.', '도는 담수화 공장도 짓고 싶어 한다.'],
          ['This plant is new; a new plant costs more.', '이 공장은 새것이고, 새로운 공장은 비용이 더 든다.'],
        ]),
      ).toEqual([]);
    });
    it('leaves another front alone where it names another thing: a person, a country, a kind, a company', () => {
      expect(
        run([
          ['The interior minister resigned on Monday.', '행정안전부 장관이 월요일 사퇴했다.'],
          ['The minister, Lee Sang-min, has denied it.', '이상민 장관은 혐의를 부인하고 있다.'],
        ]),
      ).toEqual([]);
      expect(
        run([
          ['US officials met on Monday.', '미국 관리들이 월요일 만났다.'],
          ['The officials agreed on a date.', '한국 관리들은 날짜에 합의했다.'],
          ['The United States and Korea agreed.', '미국과 한국이 합의했다.'],
        ]),
      ).toEqual([]);
      expect(
        run([
          ['The bank kept its base rate at 3.5 per cent.', '은행은 기준금리를 3.5%로 유지했다.'],
          ['Borrowers at a fixed rate pay more.', '고정금리 대출자는 더 낸다.'],
        ]),
      ).toEqual([]);
      expect(
        run([
          ['Hanwha Aerospace said the company would invest.', '한화에어로스페이스는 투자하겠다고 밝혔다.'],
          ['Perigee Aerospace is a smaller company.', '페리지에어로스페이스는 더 작은 회사다.'],
        ]),
      ).toEqual([]);
    });
    it('flags the same two nouns in reverse order for one term (급수 제한 / 제한급수), not two terms the English reverses too', () => {
      const first: [string, string] = ['Since Monday, rationing has cut water to 12 towns.', '어제부터 12개 마을에서 제한급수가 시작됐다.'];
      const en = 'The rationing timetable is posted online, and the province will review the rationing.';
      expect(run([first, [en, '마을별 급수 제한 일정은 홈페이지에 있고, 도는 제한급수를 다시 검토한다.']])).toEqual([
        's1 phrase-consistency:rationing',
      ]);
      expect(run([first, [en, '마을별 제한급수 일정은 홈페이지에 있고, 도는 제한급수를 다시 검토한다.']])).toEqual([]);
      // No English word shared: two things.
      expect(run([first, ['The schedule is posted online.', '마을별 급수 제한 일정은 홈페이지에 있다.']])).toEqual([]);
      expect(
        run([
          ['Information security is the first concern of the security team.', '보안팀의 첫 관심사는 정보 보안이다.'],
          ['The team shares security information with the police.', '보안팀은 보안 정보를 경찰과 공유한다.'],
        ]),
      ).toEqual([]);
    });
  });
});
