'use client';
// One glossary entry in the table: read-only, or its edit form; owners confirm/reject proposed names,
// edit and delete (icon buttons named by their label).
import { Pencil, Trash2 } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { NameCandidates } from '@/app/_components/name-candidates';
import { TermNote } from '@/app/_components/term-note';
import { Badge, Button, IconButton } from '@/app/_components/ui';
import type { TTerm } from '@/lib/server/presenters/term';
import { TermFields } from './term-fields';
import { termFields, type useGlossary } from './use-glossary';

type Glossary = ReturnType<typeof useGlossary>;

export function TermRow({
  term,
  canEdit,
  editing,
  setEditing,
  g,
}: {
  term: TTerm;
  canEdit: boolean;
  editing: boolean;
  setEditing: (id: string | null) => void;
  g: Glossary;
}) {
  const t = useTranslations('glossary');
  if (editing) {
    return (
      <tr>
        <td colSpan={canEdit ? 6 : 5}>
          <form
            className="row glossary-edit"
            onSubmit={async (e) => {
              e.preventDefault();
              if (await g.update(term.id, termFields(e.currentTarget))) setEditing(null);
            }}
          >
            <TermFields defaults={term} />
            <Button type="submit" size="sm">
              {t('save')}
            </Button>
          </form>
        </td>
      </tr>
    );
  }
  const state = term.status === 'CONFIRMED' ? 'APPROVED' : term.status === 'REJECTED' ? 'REJECTED' : 'DRAFT';
  return (
    <tr data-term-id={term.id}>
      <td lang="en">{term.source}</td>
      <td lang="ko">
        {term.target}
        {term.kind === 'NAME' && term.status !== 'REJECTED' && (
          <NameCandidates
            term={term}
            canPick={canEdit}
            onPicked={(target) => g.setTerms((ts) => ts.map((x) => (x.id === term.id ? { ...x, target, status: 'CONFIRMED' } : x)))}
          />
        )}
      </td>
      <td>{t(`kinds.${term.kind}`)}</td>
      <td className="muted">
        <TermNote note={term.note} />
      </td>
      <td>
        <Badge state={state}>{t(`statuses.${term.status}`)}</Badge>
      </td>
      {canEdit && (
        <td>
          <div className="row glossary-actions">
            {term.status === 'PROPOSED' && term.target.trim() !== '' && (
              <Button size="sm" onClick={() => void g.update(term.id, { status: 'CONFIRMED' })}>
                {t('statuses.CONFIRMED')}
              </Button>
            )}
            {term.status === 'PROPOSED' && (
              <Button size="sm" variant="secondary" onClick={() => void g.update(term.id, { status: 'REJECTED' })}>
                {t('reject')}
              </Button>
            )}
            <IconButton label={t('edit')} icon={<Pencil size={15} />} onClick={() => setEditing(term.id)} />
            <IconButton label={t('delete')} icon={<Trash2 size={15} />} variant="danger" onClick={() => void g.remove(term)} />
          </div>
        </td>
      )}
    </tr>
  );
}
