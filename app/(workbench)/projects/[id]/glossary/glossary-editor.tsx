'use client';
import { useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { call, urlOf } from '@/app/_components/api-client/client';
import { NameCandidates } from '@/app/_components/name-candidates';
import type { TTerm } from '@/lib/server/presenters/term';
import { useErrorText } from '@/app/_components/use-error-text';
import { TermNote } from '@/app/_components/term-note';

const KINDS = ['NAME', 'TERM', 'DO_NOT_TRANSLATE'] as const;

export function GlossaryEditor({ projectId, initial, canEdit }: { projectId: string; initial: TTerm[]; canEdit: boolean }) {
  const t = useTranslations('glossary');
  const errorText = useErrorText();
  const [terms, setTerms] = useState(initial);
  const [q, setQ] = useState('');
  const [kind, setKind] = useState<string>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const shown = useMemo(() => {
    const needle = q.trim().toLocaleLowerCase();
    return terms.filter(
      (x) => (!kind || x.kind === kind) && (!needle || [x.source, x.target, x.note].some((f) => f.toLocaleLowerCase().includes(needle))),
    );
  }, [terms, q, kind]);

  async function run<T>(fn: () => Promise<T>): Promise<T | undefined> {
    setError(null);
    setNotice(null);
    try {
      return await fn();
    } catch (err) {
      setError(errorText(err));
      return undefined;
    }
  }

  async function reload() {
    const r = await call('listTerms', { params: { id: projectId } });
    setTerms(r.terms);
  }

  function fields(form: HTMLFormElement) {
    const d = new FormData(form);
    return {
      source: String(d.get('source') ?? ''),
      target: String(d.get('target') ?? ''),
      kind: String(d.get('kind') ?? 'TERM') as (typeof KINDS)[number],
      note: String(d.get('note') ?? ''),
      caseSensitive: d.get('caseSensitive') === 'on',
    };
  }

  return (
    <div>
      <div className="row card" role="search">
        <div className="field">
          <label htmlFor="g-search">{t('search')}</label>
          <input id="g-search" type="search" value={q} onChange={(e) => setQ(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="g-kind">{t('kind')}</label>
          <select id="g-kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">{t('all')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <span className="spacer" style={{ flex: 1 }} />
        <a className="button secondary" href={urlOf('exportTerms', { id: projectId }, { format: 'csv' })}>
          {t('export')} CSV
        </a>
        <a className="button secondary" href={urlOf('exportTerms', { id: projectId }, { format: 'tbx' })}>
          {t('export')} TBX
        </a>
        <a className="button secondary" href={urlOf('exportTerms', { id: projectId }, { format: 'json' })}>
          {t('export')} JSON
        </a>
        {canEdit && (
          <label className="button secondary" style={{ margin: 0 }}>
            {t('import')}
            <input
              type="file"
              accept=".csv,.tbx,.xml,text/csv"
              style={{ display: 'none' }}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                await run(async () => {
                  const body = new FormData();
                  body.set('file', file);
                  setNotice(t('importDone', await call('importTerms', { params: { id: projectId }, body })));
                  await reload();
                });
              }}
            />
          </label>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
      {canEdit && (
        <form
          className="card row"
          style={{ alignItems: 'flex-end' }}
          onSubmit={async (e) => {
            e.preventDefault();
            const form = e.currentTarget;
            const created = await run(() => call('createTerm', { params: { id: projectId }, body: fields(form) }));
            if (created) {
              setTerms((ts) => [...ts, created]);
              form.reset();
            }
          }}
        >
          <div className="field">
            <label htmlFor="g-new-source">{t('source')}</label>
            <input id="g-new-source" name="source" required lang="en" />
          </div>
          <div className="field">
            <label htmlFor="g-new-target">{t('target')}</label>
            <input id="g-new-target" name="target" lang="ko" />
          </div>
          <div className="field">
            <label htmlFor="g-new-kind">{t('kind')}</label>
            <select id="g-new-kind" name="kind" defaultValue="TERM">
              {KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="g-new-note">{t('note')}</label>
            <input id="g-new-note" name="note" />
          </div>
          <div className="field">
            <label>
              <input type="checkbox" name="caseSensitive" /> {t('caseSensitive')}
            </label>
          </div>
          <div className="field">
            <button type="submit">{t('add')}</button>
          </div>
        </form>
      )}
      {shown.length === 0 ? (
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
            {shown.map((term) =>
              editing === term.id ? (
                <tr key={term.id}>
                  <td colSpan={canEdit ? 6 : 5}>
                    <form
                      className="row"
                      onSubmit={async (e) => {
                        e.preventDefault();
                        const updated = await run(() => call('updateTerm', { params: { id: term.id }, body: fields(e.currentTarget) }));
                        if (updated) {
                          setTerms((ts) => ts.map((x) => (x.id === term.id ? updated : x)));
                          setEditing(null);
                        }
                      }}
                    >
                      <input name="source" defaultValue={term.source} aria-label={t('source')} lang="en" required />
                      <input name="target" defaultValue={term.target} aria-label={t('target')} lang="ko" />
                      <select name="kind" defaultValue={term.kind} aria-label={t('kind')}>
                        {KINDS.map((k) => (
                          <option key={k} value={k}>
                            {t(`kinds.${k}`)}
                          </option>
                        ))}
                      </select>
                      <input name="note" defaultValue={term.note} aria-label={t('note')} />
                      <label>
                        <input type="checkbox" name="caseSensitive" defaultChecked={term.caseSensitive} /> {t('caseSensitive')}
                      </label>
                      <button type="submit">{t('save')}</button>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={term.id} data-term-id={term.id}>
                  <td lang="en">{term.source}</td>
                  <td lang="ko">
                    {term.target}
                    {term.kind === 'NAME' && term.status !== 'REJECTED' && (
                      <NameCandidates
                        term={term}
                        canPick={canEdit}
                        onPicked={(target) =>
                          setTerms((ts) => ts.map((x) => (x.id === term.id ? { ...x, target, status: 'CONFIRMED' } : x)))
                        }
                      />
                    )}
                  </td>
                  <td>{t(`kinds.${term.kind}`)}</td>
                  <td className="muted">
                    <TermNote note={term.note} />
                  </td>
                  <td>
                    <span
                      className={`badge ${term.status === 'CONFIRMED' ? 's-APPROVED' : term.status === 'REJECTED' ? 's-REJECTED' : 's-DRAFT'}`}
                    >
                      {t(`statuses.${term.status}`)}
                    </span>
                  </td>
                  {canEdit && (
                    <td className="row">
                      {term.status === 'PROPOSED' && term.target.trim() !== '' && (
                        <button
                          onClick={async () => {
                            const updated = await run(() => call('updateTerm', { params: { id: term.id }, body: { status: 'CONFIRMED' } }));
                            if (updated) setTerms((ts) => ts.map((x) => (x.id === term.id ? updated : x)));
                          }}
                        >
                          {t('statuses.CONFIRMED')}
                        </button>
                      )}
                      {term.status === 'PROPOSED' && (
                        <button
                          className="secondary"
                          onClick={async () => {
                            const updated = await run(() => call('updateTerm', { params: { id: term.id }, body: { status: 'REJECTED' } }));
                            if (updated) setTerms((ts) => ts.map((x) => (x.id === term.id ? updated : x)));
                          }}
                        >
                          {t('reject')}
                        </button>
                      )}
                      <button className="secondary" onClick={() => setEditing(term.id)}>
                        {t('edit')}
                      </button>
                      <button
                        className="danger"
                        onClick={async () => {
                          if (!window.confirm(t('confirmDelete', { source: term.source }))) return;
                          const ok = await run(() => call('deleteTerm', { params: { id: term.id } }));
                          if (ok) setTerms((ts) => ts.filter((x) => x.id !== term.id));
                        }}
                      >
                        {t('delete')}
                      </button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
