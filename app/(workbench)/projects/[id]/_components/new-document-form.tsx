'use client';
// Import a document: upload a file or paste text. After the import, the names the importer detected
// ("Romanised(한글)") are listed so the owner can confirm them before translation starts.
import { NameCandidates } from '@/app/_components/name-candidates';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { call, type CallResult } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';

type ImportResult = CallResult<'createDocument'>;
type DetectedName = ImportResult['detectedNames'][number];

export function NewDocumentForm({ projectId }: { projectId: string }) {
  const t = useTranslations('project');
  const ti = useTranslations('import');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);
  const router = useRouter();
  const errorText = useErrorText();
  const te = useTranslations('errors');

  async function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    // A chosen file goes up as it is (an empty one gets the server's "empty file"); with neither a
    // file nor pasted text there is nothing to send.
    const chosen = file instanceof File && file.name !== '';
    if (!chosen && !String(data.get('content') ?? '').trim()) {
      setError(te('choose_file'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      let body: FormData | { title: string; content: string };
      if (chosen) {
        body = new FormData();
        body.set('file', file);
        if (String(data.get('title') ?? '').trim()) body.set('title', String(data.get('title')));
      } else {
        body = { title: (data.get('title') as string | null) || ti('untitled'), content: (data.get('content') as string | null) ?? '' };
      }
      setResult(await call('createDocument', { params: { id: projectId }, body }));
      form.reset();
      router.refresh();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  async function confirm(name: DetectedName) {
    try {
      await call('updateTerm', { params: { id: name.termId }, body: { status: 'CONFIRMED' } });
      setResult(
        (r) => r && { ...r, detectedNames: r.detectedNames.map((n) => (n.termId === name.termId ? { ...n, status: 'CONFIRMED' } : n)) },
      );
    } catch (err) {
      setError(errorText(err));
    }
  }

  return (
    <details className="card" open={!!result}>
      <summary>{t('newDocument')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit(e.currentTarget);
        }}
      >
        <div className="field">
          <label htmlFor="doc-title">{ti('titleOptional')}</label>
          <input id="doc-title" name="title" maxLength={300} style={{ width: '100%' }} />
        </div>
        <div className="field">
          <label htmlFor="doc-file">{ti('file')}</label>
          <input
            id="doc-file"
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,.docx,.xlf,.xliff,text/plain,text/markdown,text/html"
          />
        </div>
        <div className="field">
          <label htmlFor="doc-content">{ti('or')}</label>
          <textarea id="doc-content" name="content" lang="en" placeholder={t('content')} />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? ti('importing') : t('importSubmit')}
        </button>
      </form>
      {result && (
        <section className="import-result" aria-live="polite" style={{ marginTop: '1rem' }}>
          <p role="status">{ti('imported', { count: result.segmentCount })}</p>
          <h3>{ti('detectedNames')}</h3>
          {result.detectedNames.length === 0 ? (
            <p className="muted">{ti('noNames')}</p>
          ) : (
            <>
              <p className="muted">{ti('detectedHelp')}</p>
              <ul className="list">
                {result.detectedNames.map((n) => (
                  <li key={n.termId} className="row" style={{ justifyContent: 'space-between' }} data-testid="detected-name">
                    <span>
                      <span lang="en">{n.source}</span> → <strong lang="ko">{n.target}</strong>{' '}
                      <span className="muted">×{n.occurrences}</span>
                    </span>
                    {n.status === 'CONFIRMED' ? (
                      <span className="badge s-APPROVED">{ti('confirmed')}</span>
                    ) : n.target === '' ? (
                      // Found without Hangul: pick one of the candidates (or type the form).
                      <NameCandidates
                        term={{ id: n.termId, target: n.target, candidates: n.candidates ?? [] }}
                        canPick
                        onPicked={(target) =>
                          setResult(
                            (r) =>
                              r && {
                                ...r,
                                detectedNames: r.detectedNames.map((x) =>
                                  x.termId === n.termId ? { ...x, target, status: 'CONFIRMED' } : x,
                                ),
                              },
                          )
                        }
                      />
                    ) : (
                      <button onClick={() => confirm(n)} aria-label={`${ti('confirm')}: ${n.source} → ${n.target}`}>
                        {ti('confirm')}
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p className="row">
            <Link className="button" href={`/documents/${result.id}`}>
              {ti('openDocument')}
            </Link>
            <Link href={`/projects/${projectId}/glossary`}>{ti('glossary')}</Link>
          </p>
        </section>
      )}
    </details>
  );
}
