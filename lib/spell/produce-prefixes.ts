// 물- (fresh, not yet dried) and 마른- (dried) before a name of produce that is sold both ways, written
// as one word as 표준국어대사전 writes its entries (물김, 물미역, 물오징어; 마른김, 마른멸치, 마른오징어,
// 마른새우, 마른나물): seaweeds, fish and shellfish, squid and octopus, greens, peppers, mushrooms. The
// Hunspell dictionary lists few of them, and 물김 is one letter from 물기 and 물감, so the compound rules
// refuse it. The heads are a closed list of produce, so 물 or 마른 before anything else is judged as before.
import { nounTail } from './word-shapes';

const HEADS = new Set(
  `김 톳 미역 다시마 파래 매생이 감태 모자반 꼬시래기 우뭇가사리 오징어 한치 꼴뚜기 문어 낙지 주꾸미 멸치 새우 명태 대구
가자미 조기 갈치 고등어 청어 꽁치 전갱이 민어 우럭 홍합 전복 해삼 바지락 꼬막 가리비 나물 고사리 취나물 시래기 우거지
고추 버섯 표고 표고버섯 목이버섯 도라지 더덕 토란대 고구마줄기 대추 곶감 인삼`.split(/\s+/),
);

const PREFIXES = ['마른', '물'];

/** Whether the word is 물- or 마른- and a name of produce, then particles (물김을, 마른김으로, 마른멸치). */
export function isProducePrefixed(word: string): boolean {
  for (const p of PREFIXES) {
    if (!word.startsWith(p)) continue;
    const rest = word.slice(p.length);
    for (let i = rest.length; i >= 1; i--) if (HEADS.has(rest.slice(0, i)) && nounTail(rest.slice(i))) return true;
  }
  return false;
}
