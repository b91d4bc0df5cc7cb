import { describe, expect, it } from 'vitest';
import { fixParticlesAfterNames } from './fix-particles';
import { protect, unprotect } from './protect';

describe('fixParticlesAfterNames', () => {
  it('makes the particle after a kept name agree with it', () => {
    expect(fixParticlesAfterNames('권정근는 말했다. 트럼프이 왔다.', ['권정근', '트럼프'])).toBe('권정근은 말했다. 트럼프가 왔다.');
    expect(fixParticlesAfterNames('박서연를 만났고 서울으로 갔다', ['박서연', '서울'])).toBe('박서연을 만났고 서울로 갔다');
  });
  it('leaves agreeing particles, other words and names inside words alone', () => {
    expect(fixParticlesAfterNames('권정근은 인권이 중요하다고 했다', ['권정근', '권'])).toBe('권정근은 인권이 중요하다고 했다');
    expect(fixParticlesAfterNames('권정근의 발언', ['권정근'])).toBe('권정근의 발언');
    expect(fixParticlesAfterNames('no names here', ['권정근'])).toBe('no names here');
  });
  it('works as unprotect’s hook', () => {
    const p = protect('Kwon Jong-gun said it.', [{ source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' }]);
    const out = unprotect('<x id="n1">권정근</x>는 그렇게 말했다.', p.placeholders, { fixParticles: fixParticlesAfterNames });
    expect(out).toEqual({ text: '권정근은 그렇게 말했다.', missing: [] });
  });
});
