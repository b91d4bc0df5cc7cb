// The `fixParticles` hook for unprotect(): after each kept name (its Korean form, as the
// protected tag carried it), make the attached particle agree with the name's last syllable:
// "권정근는" -> "권정근은", "트럼프이" -> "트럼프가". Only occurrences that start a word are touched
// (not the 권 inside 인권이), and only particles directly attached to the name.
import { fixParticle } from '../names/particles';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function fixParticlesAfterNames(text: string, names: readonly string[]): string {
  let out = text;
  // Longest first, so 권정근 is handled before its surname 권.
  for (const name of [...new Set(names)].filter((n) => n.trim() !== '').sort((a, b) => b.length - a.length)) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}`, 'gu');
    let result = '';
    let pos = 0;
    for (const m of out.matchAll(re)) {
      const end = m.index + m[0].length;
      if (end < pos) continue;
      result += out.slice(pos, end);
      const rest = out.slice(end);
      const fixed = fixParticle(name, rest);
      // fixParticle returns the whole tail; keep only the changed particle part.
      const changedLen = fixed.length - rest.length;
      const particleEnd = firstWordEnd(rest);
      const fixedParticle = fixed.slice(0, particleEnd + changedLen);
      result += fixedParticle;
      pos = end + particleEnd;
    }
    out = result + out.slice(pos);
  }
  return out;
}

/** Length of the run of Hangul syllables at the start (where an attached particle lives). */
function firstWordEnd(s: string): number {
  const m = /^[\uac00-\ud7a3]*/u.exec(s);
  return m ? m[0].length : 0;
}
