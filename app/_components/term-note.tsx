'use client';
// A glossary entry's note in the interface language (lib/ui/term-note.ts): "Detected in …" and the
// role and Hanja the importer recorded are worded by the interface; a person's note is shown as written.
import { useTranslations } from 'next-intl';
import { Fragment } from 'react';
import { noteParts } from '@/lib/ui/term-note';

export function TermNote({ note, className }: { note: string; className?: string }) {
  const t = useTranslations('termNote');
  const parts = noteParts(note);
  if (!parts.length) return null;
  return (
    <span className={className} data-testid="term-note">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          {p.kind === 'detectedIn' && t.rich('detectedIn', { title: () => <cite lang="en">{p.title}</cite> })}
          {p.kind === 'role' && t('role', { role: p.value })}
          {p.kind === 'hanja' && t('hanja', { hanja: p.value })}
          {p.kind === 'text' && p.value}
        </Fragment>
      ))}
    </span>
  );
}
