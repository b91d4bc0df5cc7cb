// A glossary note as the importer writes it (lib/server/terms/propose-names.ts):
//   Detected in "Korean Peninsula A to Z" · role: 국장 · hanja: 文在寅
// split into parts the interface words in its own language; anything else (a note a person wrote)
// stays as written.

export type NotePart =
  | { kind: 'detectedIn'; title: string }
  | { kind: 'role'; value: string }
  | { kind: 'hanja'; value: string }
  | { kind: 'text'; value: string };

export function noteParts(note: string): NotePart[] {
  if (!note.trim()) return [];
  return note.split(' · ').map((part): NotePart => {
    const detected = /^Detected in "(.*)"$/s.exec(part);
    if (detected) return { kind: 'detectedIn', title: detected[1]! };
    const role = /^role: (.+)$/s.exec(part);
    if (role) return { kind: 'role', value: role[1]! };
    const hanja = /^hanja: (.+)$/s.exec(part);
    if (hanja) return { kind: 'hanja', value: hanja[1]! };
    return { kind: 'text', value: part };
  });
}
