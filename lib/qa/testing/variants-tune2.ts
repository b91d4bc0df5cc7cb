// Second-round tune cases (issue #15, round 2), written by the round-2 QA engineer BEFORE any check
// was run on them and not edited after seeing results. Same format and rules as variants.ts; they
// target the kinds the first round caught least: particles after arbitrary nouns (가, 과, 로 and
// 는/은/이 after words the document shows only once), one English phrase rendered two ways, and
// names that are not in the glossary dropped from the Korean. Tune set only: the held-out set stays
// in variants.ts.
import type { CleanProbe, Variant } from './variants';

export const TUNE2_VARIANTS: Variant[] = [
  { id: 't2-particle-1', kind: 'particle', paragraph: 20, replace: [['훈련이 끝난', '훈련가 끝난']] },
  { id: 't2-particle-2', kind: 'particle', paragraph: 6, replace: [['“북한이 제안을', '“북한가 제안을']] },
  { id: 't2-particle-3', kind: 'particle', paragraph: 10, replace: [['식량으로 쓰일', '식량로 쓰일']] },
  { id: 't2-particle-4', kind: 'particle', paragraph: 5, replace: [['함경북도와 양강도', '함경북도과 양강도']] },
  { id: 't2-particle-5', kind: 'particle', paragraph: 10, replace: [['비판론자들은', '비판론자들는']] },
  { id: 't2-particle-6', kind: 'particle', paragraph: 19, replace: [['북한학과 교수는', '북한학과 교수은']] },
  { id: 't2-particle-7', kind: 'particle', paragraph: 14, replace: [['선박은 180일', '선박는 180일']] },
  { id: 't2-phrase-1', kind: 'phrase-consistency', paragraph: 16, replace: [['한미 연합군사훈련에', '한미 합동군사훈련에']] },
  { id: 't2-phrase-2', kind: 'phrase-consistency', paragraph: 1, replace: [['식량 지원 제안', '식량 원조 제안']] },
  { id: 't2-phrase-3', kind: 'phrase-consistency', paragraph: 17, replace: [['연합군사훈련은', '연합군사연습은']] },
  { id: 't2-name-1', kind: 'name-lost', paragraph: 19, replace: [['이상훈 경남대 북한학과', '이상훈 북한학과']] },
  { id: 't2-name-2', kind: 'name-lost', paragraph: 18, replace: [['접경 도시 단둥을 통한', '접경 도시를 통한']] },
  { id: 't2-name-3', kind: 'name-lost', paragraph: 5, replace: [['함경북도와 양강도의', '함경북도의']] },
  { id: 't2-name-4', kind: 'name-lost', paragraph: 4, replace: [['접경 도시 개성 인근에서', '접경 도시 인근에서']] },
  { id: 't2-name-5', kind: 'name-lost', paragraph: 10, replace: [['부산에서 배가 떠나기', '배가 떠나기']] },
];

/** Changes that are not errors for these kinds: must raise nothing new. */
export const TUNE2_PROBES: CleanProbe[] = [
  { id: 'ok2-seoul-as-government', paragraph: 3, replace: [['서울에서 열린', '정부서울청사에서 열린']] },
  { id: 'ok2-short-form', paragraph: 17, replace: [['연합군사훈련은', '연합훈련은']] },
  { id: 'ok2-expert-noun', paragraph: 18, replace: [['분석가들도', '전문가들도']] },
];
