import { describe, expect, it, vi } from 'vitest';
import { escapeMarkup } from '../text/markup';
import { deriveSurname, protect, unescapeXml, unprotect, type ProtectTerm } from './protect';

const kwon: ProtectTerm = { source: 'Kwon Jong-gun', target: '권정근', kind: 'NAME' };
const kcna: ProtectTerm = { source: 'KCNA', target: 'KCNA', kind: 'DO_NOT_TRANSLATE' };
const wpk: ProtectTerm = { source: "Workers' Party of Korea", target: '조선로동당', kind: 'TERM' };

/** Stand-in for DeepL: keeps tags and their content, "translates" the rest. */
function fakeTranslate(xml: string): string {
  return xml.replace(
    /(<x id="[^"]+">[^<]*<\/x>)|([^<]+)/g,
    (_m, tag: string | undefined, text: string | undefined) =>
      tag ??
      (text ?? '').replace(/(&#?\w+;)|([^&]+)/g, (_e, ent: string | undefined, t: string | undefined) => ent ?? (t ?? '').toUpperCase()),
  );
}

describe('protect', () => {
  it('wraps a Korean name in an ignored tag carrying the Korean form', () => {
    const r = protect('Kwon Jong-gun said on Monday.', [kwon]);
    expect(r.text).toBe('<x id="n1">권정근</x> said on Monday.');
    expect(r.placeholders).toEqual([{ id: 'n1', term: kwon, matched: 'Kwon Jong-gun', expected: '권정근', surnameOnly: false }]);
  });

  it('matches the capitalised surname alone as a whole word, also before a curly possessive', () => {
    const r = protect('Kwon Jong-gun spoke. Kwon’s aide and kwon and Kwonsan did not.', [kwon]);
    expect(r.text).toBe('<x id="n1">권정근</x> spoke. <x id="n2">권정근</x>’s aide and kwon and Kwonsan did not.');
    expect(r.placeholders.map((p) => [p.matched, p.expected, p.surnameOnly])).toEqual([
      ['Kwon Jong-gun', '권정근', false],
      ['Kwon', '권정근', true],
    ]);
  });

  it('skips the lone surname when it starts another full name, and terms without a Korean form', () => {
    const r = protect('Kwon Yong-su met Kwon. Kim Il Sung', [kwon, { source: 'Kim Il Sung', target: ' ', kind: 'NAME' }]);
    expect(r.text).toBe('Kwon Yong-su met <x id="n1">권정근</x>. Kim Il Sung');
  });

  it('tolerates straight/curly apostrophe and hyphen variants of the term', () => {
    const r = protect('The Workers’ Party of Korea met; Kwon Jong‑gun spoke.', [wpk, kwon]);
    expect(r.text).toBe('The <x id="t1">조선로동당</x> met; <x id="n1">권정근</x> spoke.');
  });

  it('keeps DO_NOT_TRANSLATE terms as written, case-sensitively', () => {
    const r = protect('KCNA said kcna was wrong.', [kcna]);
    expect(r.text).toBe('<x id="d1">KCNA</x> said kcna was wrong.');
    expect(r.placeholders[0]?.expected).toBe('KCNA');
  });

  it('XML-escapes the text around the tags (and inside them)', () => {
    const amp: ProtectTerm = { source: 'AT&T', target: 'AT&T', kind: 'DO_NOT_TRANSLATE' };
    const r = protect('If a < b & c > d, AT&T <b>says</b>', [amp]);
    expect(r.text).toBe('If a &lt; b &amp; c &gt; d, <x id="d1">AT&amp;T</x> &lt;b&gt;says&lt;/b&gt;');
  });

  it('does not match a surname shared by two people', () => {
    const kimJU: ProtectTerm = { source: 'Kim Jong Un', target: '김정은', kind: 'NAME' };
    const kimYJ: ProtectTerm = { source: 'Kim Yo Jong', target: '김여정', kind: 'NAME' };
    const r = protect('Kim Yo Jong said Kim was tired.', [kimJU, kimYJ]);
    expect(r.text).toBe('<x id="n1">김여정</x> said Kim was tired.');
  });

  it('derives Western-order surnames from the last word', () => {
    expect(deriveSurname({ source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME' })).toEqual({
      source: 'Trump',
      target: '트럼프',
    });
    expect(deriveSurname(kwon)).toEqual({ source: 'Kwon', target: '권정근' });
    expect(deriveSurname({ ...kwon, role: { en: 'director', ko: '국장' } })).toEqual({ source: 'Kwon', target: '권 국장' });
    expect(
      deriveSurname({ source: 'Donald Trump', target: '도널드 트럼프', kind: 'NAME', role: { en: 'president', ko: '대통령' } })?.target,
    ).toBe('트럼프 대통령');
    expect(deriveSurname({ ...kwon, surname: false })).toBeNull();
    expect(deriveSurname({ source: 'Pyongyang', target: '평양', kind: 'NAME' })).toBeNull();
    expect(deriveSurname({ source: 'North Korea', target: '북한', kind: 'NAME' })).toBeNull();
  });
});

describe('the gloss and later references (names kept from detection on)', () => {
  const director: ProtectTerm = { ...kwon, role: { en: 'director', ko: '국장' } };

  it('takes the original-form gloss into the protected span: 권정근 is sent once, never 권정근(권정근)', () => {
    for (const src of [
      'Kwon Jong-gun(권정근) said.',
      'Kwon Jong-gun (권정근) said.',
      'Kwon Jong-gun（권정근） said.',
      'Kwon Jong-gun (權正根) said.',
    ]) {
      expect(protect(src, [kwon]).text).toBe('<x id="n1">권정근</x> said.');
    }
    // After a term, only its own Korean form is taken in.
    const ministry: ProtectTerm = { source: 'Ministry of Unification', target: '통일부', kind: 'TERM' };
    expect(protect('The Ministry of Unification(통일부) said.', [ministry]).text).toBe('The <x id="t1">통일부</x> said.');
    expect(protect('The Ministry of Unification (統一部) said.', [ministry]).text).toBe('The <x id="t1">통일부</x> (統一部) said.');
    // Anything else in parentheses stays.
    expect(protect('Kwon Jong-gun (KCNA) said.', [kwon]).text).toBe('<x id="n1">권정근</x> (KCNA) said.');
  });

  it('surname, honorific and title references become surname + title when the role is known', () => {
    const r = protect('Kwon said so. Mr. Kwon left. Director Kwon returned. The director was angry. The director of the KCNA was not.', [
      director,
    ]);
    expect(r.text).toBe(
      '<x id="n1">권 국장</x> said so. <x id="n2">권 국장</x> left. <x id="n3">권 국장</x> returned. <x id="n4">권 국장</x> was angry. The director of the KCNA was not.',
    );
    expect(r.placeholders.map((p) => p.matched)).toEqual(['Kwon', 'Mr. Kwon', 'Director Kwon', 'The director']);
  });

  it('without a role: the full name, and a title written in the English gives its Korean title', () => {
    const r = protect('Mr. Kwon left. Ambassador Kwon returned. The director spoke.', [kwon]);
    expect(r.text).toBe('<x id="n1">권정근</x> left. <x id="n2">권 대사</x> returned. The director spoke.');
  });

  it('"the director" is left alone when two protected people are directors', () => {
    const other: ProtectTerm = { source: 'Ri Son-gwon', target: '리선권', kind: 'NAME', role: { en: 'director', ko: '국장' } };
    expect(protect('The director spoke.', [director, other]).text).toBe('The director spoke.');
  });
});

describe('unprotect', () => {
  it('round-trips: tags removed, entities unescaped, nothing missing', () => {
    const src = 'Kwon Jong-gun’s note: a < b & KCNA agrees.';
    const p = protect(src, [kwon, kcna]);
    const out = unprotect(fakeTranslate(p.text), p.placeholders);
    expect(out.missing).toEqual([]);
    expect(out.text).toBe('권정근’S NOTE: A < B & KCNA AGREES.');
  });

  it('reports a dropped tag and a changed name, naming the term', () => {
    const p = protect('Kwon Jong-gun met Kwon and KCNA.', [kwon, kcna]);
    expect(p.placeholders.map((x) => x.id)).toEqual(['n1', 'n2', 'd1']);
    const translated = '<x id="n1">권종건</x>이 만났다 KCNA.'; // n1 changed, n2 and d1 dropped
    const out = unprotect(translated, p.placeholders);
    expect(out.text).toBe('권종건이 만났다 KCNA.');
    expect(out.missing.map((m) => [m.id, m.term.source, m.expected, m.found])).toEqual([
      ['n1', 'Kwon Jong-gun', '권정근', '권종건'],
      ['n2', 'Kwon Jong-gun', '권정근', null],
      ['d1', 'KCNA', 'KCNA', null],
    ]);
  });

  it('removes stray and self-closing tags', () => {
    const out = unprotect('A <x id="n9"/>B</x> C &lt;3', []);
    expect(out.text).toBe('A B C <3');
  });

  it('calls the particle hook with the kept names only', () => {
    const p = protect('Kwon Jong-gun and KCNA.', [kwon, kcna]);
    const fix = vi.fn((text: string, names: string[]) => text.replace(`${names[0]}는`, `${names[0]}은`));
    const out = unprotect('<x id="n1">권정근</x>는 <x id="d1">KCNA</x>와', p.placeholders, { fixParticles: fix });
    expect(fix).toHaveBeenCalledWith('권정근는 KCNA와', ['권정근']);
    expect(out.text).toBe('권정근은 KCNA와');
  });
});

describe('escapeMarkup / unescapeXml', () => {
  it('are inverse and decode numeric entities', () => {
    const s = 'a<b>&c "d" \'e\'';
    expect(unescapeXml(escapeMarkup(s))).toBe(s);
    expect(unescapeXml('&#44256;&#xAC00;&quot;&apos;&unknown;')).toBe('고가"\'&unknown;');
  });
});
