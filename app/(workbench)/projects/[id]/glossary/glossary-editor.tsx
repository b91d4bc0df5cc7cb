'use client';
// The glossary page: search/filter/export/import row, the "add entry" form (owners), and the table.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '@/app/_components/ui';
import type { TTerm } from '@/lib/server/presenters/term';
import { GlossaryToolbar } from './glossary-toolbar';
import { TermFields } from './term-fields';
import { TermRow } from './term-row';
import { useGlossary } from './use-glossary';

export function GlossaryEditor({ projectId, initial, canEdit }: { projectId: string; initial: TTerm[]; canEdit: boolean }) {
  const t = useTranslations('glossary');
  const g = useGlossary(projectId, initial);
  const [editing, setEditing] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0); // a new key empties the form (and its Select/Checkbox state)

  return (
    <div>
      <GlossaryToolbar
        projectId={projectId}
        canEdit={canEdit}
        q={g.q}
        setQ={g.setQ}
        kind={g.kind}
        setKind={g.setKind}
        onImport={(file) => void g.importFile(file)}
      />
      {g.error && (
        <p className="error" role="alert">
          {g.error}
        </p>
      )}
      {g.notice && <p role="status">{g.notice}</p>}
      {canEdit && (
        <form
          key={formKey}
          className="ui-card row glossary-new"
          style={{ alignItems: 'flex-end' }}
          onSubmit={async (e) => {
            e.preventDefault();
            if (await g.create(e.currentTarget)) setFormKey((k) => k + 1);
          }}
        >
          <TermFields idPrefix="g-new" />
          <Button type="submit">{t('add')}</Button>
        </form>
      )}
      {g.shown.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>{t('source')}</th>
              <th>{t('target')}</th>
              <th>{t('kind')}</th>
              <th>{t('note')}</th>
              <th>{t('status')}</th>
              {canEdit && <th />}
            </tr>
          </thead>
          <tbody>
            {g.shown.map((term) => (
              <TermRow key={term.id} term={term} canEdit={canEdit} editing={editing === term.id} setEditing={setEditing} g={g} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
