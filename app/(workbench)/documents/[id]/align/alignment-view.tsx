'use client';
// The alignment view: English paragraphs left, Korean right, one row per link (bead), a line for
// each link coloured by confidence. Merge, split at a sentence, re-link (attach to a neighbour) and
// skip, then apply. Applying asks before replacing segments that already have human work.
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { CHECK_MARK } from '@/lib/align/confidence';
import { splitSentences } from '@/lib/align/distribute';
import { useErrorText } from '@/app/_components/use-error-text';

interface Proposal {
  source: { index: number; segmentId: string; text: string; hasHumanWork: boolean; doNotTranslate: boolean }[];
  target: { index: number; text: string }[];
  beads: { source: number[]; target: number[]; score: number }[];
}
interface Row {
  key: number;
  source: number[];
  target: number[];
  paras: string[];
  score: number | null;
  skip: boolean;
}
interface HumanWork {
  segmentId: string;
  position: number;
  targetText: string;
}

type Tone = 'skip' | 'manual' | 'high' | 'low';
/** One rule for the colour and the count: a link is doubtful (red, counted) exactly when it scores under the check mark. */
function toneOf(r: Row): Tone {
  return r.skip ? 'skip' : r.score === null ? 'manual' : r.score >= CHECK_MARK ? 'high' : 'low';
}
let keySeq = 0;

async function post<T>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await res.json().catch(() => null);
  if (!res.ok) throw ApiError.of(res.status, json);
  return json as T;
}

function fileToContent(file: File): Promise<{ content: string; format: string }> {
  const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
  const format =
    ext === 'docx'
      ? 'docx'
      : ext === 'md' || ext === 'markdown'
        ? 'markdown'
        : ext === 'html' || ext === 'htm'
          ? 'html'
          : ext === 'xlf' || ext === 'xliff'
            ? 'xliff'
            : 'text';
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(reader.error);
    if (format === 'docx') {
      reader.onload = () => resolve({ content: String(reader.result).split(',')[1] ?? '', format });
      reader.readAsDataURL(file);
    } else {
      reader.onload = () => resolve({ content: String(reader.result), format });
      reader.readAsText(file);
    }
  });
}

export function AlignmentView({ documentId, isOwner }: { documentId: string; isOwner: boolean }) {
  const t = useTranslations('align');
  const errorText = useErrorText();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<'DRAFT' | 'TRANSLATED'>('DRAFT');
  const [conflict, setConflict] = useState<HumanWork[] | null>(null);
  const [done, setDone] = useState<number | null>(null);

  const doubtful = useMemo(() => rows.filter((r) => toneOf(r) === 'low').length, [rows]);

  async function propose(form: HTMLFormElement) {
    const data = new FormData(form);
    const file = data.get('file');
    setBusy(true);
    setError(null);
    try {
      const input =
        file instanceof File && file.size > 0 ? await fileToContent(file) : { content: String(data.get('content') ?? ''), format: 'text' };
      const p = await post<Proposal>(`/api/v1/documents/${documentId}/alignment`, input);
      setProposal(p);
      setRows(
        p.beads.map((b) => ({
          key: ++keySeq,
          source: b.source,
          target: b.target,
          paras: b.target.map((i) => p.target[i]!.text),
          score: b.score,
          skip: false,
        })),
      );
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  function update(fn: (rows: Row[]) => Row[]) {
    setRows((rs) => fn(rs));
    setConflict(null);
  }
  const merge = (i: number) =>
    update((rs) => {
      if (i < 0 || i + 1 >= rs.length) return rs;
      const a = rs[i]!,
        b = rs[i + 1]!;
      const m: Row = {
        key: ++keySeq,
        source: [...a.source, ...b.source],
        target: [...a.target, ...b.target],
        paras: [...a.paras, ...b.paras],
        score: null,
        skip: false,
      };
      return [...rs.slice(0, i), m, ...rs.slice(i + 2)];
    });
  /** Splits row i after sentence k of its joined Korean text; the English paragraphs are shared out (first stays with the first part). */
  const split = (i: number, k: number) =>
    update((rs) => {
      const r = rs[i]!;
      const sentences = splitSentences(r.paras.join(' '));
      const first = sentences
        .slice(0, k + 1)
        .join('')
        .trim();
      const second = sentences
        .slice(k + 1)
        .join('')
        .trim();
      const cut = Math.max(1, Math.ceil(r.source.length / 2));
      const a: Row = { key: ++keySeq, source: r.source.slice(0, cut), target: r.target, paras: [first], score: null, skip: false };
      const b: Row = { key: ++keySeq, source: r.source.slice(cut), target: r.target, paras: [second], score: null, skip: false };
      return [...rs.slice(0, i), a, b, ...rs.slice(i + 1)];
    });
  const toggleSkip = (i: number) => update((rs) => rs.map((r, j) => (j === i ? { ...r, skip: !r.skip } : r)));

  async function apply(overwriteHumanWork: boolean, skipPositions: number[] = []) {
    setBusy(true);
    setError(null);
    const skipSet = new Set(skipPositions);
    const beads = rows.map((r) => ({
      source: r.source,
      target: r.target,
      text: r.paras.join(' '),
      skip: r.skip || r.source.some((s) => skipSet.has(s)),
    }));
    try {
      const res = await post<{ applied: number }>(`/api/v1/documents/${documentId}/alignment/apply`, { beads, state, overwriteHumanWork });
      setDone(res.applied);
      setConflict(null);
      if (skipPositions.length) setRows((rs) => rs.map((r) => (r.source.some((s) => skipSet.has(s)) ? { ...r, skip: true } : r)));
    } catch (err) {
      if (err instanceof ApiError && err.status === 409 && Array.isArray((err.details as { humanWork?: HumanWork[] })?.humanWork)) {
        setConflict((err.details as { humanWork: HumanWork[] }).humanWork);
      } else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  }

  if (!proposal) {
    return (
      <form
        className="card"
        onSubmit={(e) => {
          e.preventDefault();
          void propose(e.currentTarget);
        }}
      >
        <p className="muted">{t('help')}</p>
        <div className="field">
          <label htmlFor="align-content">{t('paste')}</label>
          <textarea id="align-content" name="content" lang="ko" rows={10} />
        </div>
        <div className="field">
          <label htmlFor="align-file">{t('file')}</label>
          <input id="align-file" name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.xlf,.xliff" />
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? t('aligning') : t('propose')}
        </button>
      </form>
    );
  }

  return (
    <div className="alignment">
      <p className="muted" role="status">
        {t('summary', { beads: rows.length, doubtful })}
      </p>
      <div className="align-grid" role="table" aria-label={t('title')}>
        <div className="align-row align-head" role="row">
          <div role="columnheader">{t('english')}</div>
          <div aria-hidden="true" />
          <div role="columnheader">{t('korean')}</div>
        </div>
        {rows.map((r, i) => {
          const tone = toneOf(r);
          const sentences = splitSentences(r.paras.join(' '));
          return (
            <div
              key={r.key}
              className={`align-row tone-${tone}`}
              role="row"
              data-testid="bead"
              data-source={r.source.join(',')}
              data-score={r.score ?? ''}
              data-tone={tone}
            >
              <div role="cell" lang="en">
                {r.source.length === 0 && <p className="muted">{t('unlinked')}</p>}
                {r.source.map((s) => (
                  <p key={s} className="align-para">
                    <span className="muted">{s + 1}. </span>
                    {proposal.source[s]!.text}
                    {proposal.source[s]!.hasHumanWork && (
                      <>
                        {' '}
                        <span className="badge s-DRAFT">{t('humanWork')}</span>
                      </>
                    )}
                  </p>
                ))}
              </div>
              <div className="align-gutter" aria-hidden="true">
                <svg viewBox="0 0 40 100" preserveAspectRatio="none">
                  {r.source.flatMap((_, a) =>
                    r.paras.map((__, b) => (
                      <line
                        key={`${a}-${b}`}
                        x1="0"
                        y1={((a + 0.5) / r.source.length) * 100}
                        x2="40"
                        y2={((b + 0.5) / r.paras.length) * 100}
                        vectorEffect="non-scaling-stroke"
                      />
                    )),
                  )}
                </svg>
              </div>
              <div role="cell">
                <div lang="ko" className="align-para">
                  {r.paras.length === 0 ? (
                    <span className="muted">{t('noKorean')}</span>
                  ) : (
                    sentences.map((s, k) => (
                      <span key={k}>
                        {s}
                        {k < sentences.length - 1 && (
                          <button
                            type="button"
                            className="split-point"
                            title={t('splitHere')}
                            aria-label={`${t('splitHere')} (${k + 1})`}
                            onClick={() => split(i, k)}
                          >
                            ✂
                          </button>
                        )}
                      </span>
                    ))
                  )}
                </div>
                <div className="row align-tools">
                  <span className={`badge tone-${tone}`}>
                    {r.skip ? t('skipped') : r.score === null ? t('manual') : t('confidence', { score: Math.round(r.score * 100) })}
                  </span>
                  {tone === 'low' && <strong className="error">{t('doubtful')}</strong>}
                  {i > 0 && (
                    <button type="button" className="secondary" onClick={() => merge(i - 1)}>
                      {t('mergePrevious')}
                    </button>
                  )}
                  {i < rows.length - 1 && (
                    <button type="button" className="secondary" onClick={() => merge(i)}>
                      {t('mergeNext')}
                    </button>
                  )}
                  <button type="button" className="secondary" onClick={() => toggleSkip(i)}>
                    {r.skip ? t('unskip') : t('skip')}
                  </button>
                </div>
              </div>
            </div>
          );
        })}
      </div>
      <div className="card row" style={{ marginTop: '1rem' }}>
        <label className="row" style={{ margin: 0 }}>
          {t('applyAs')}
          <select value={state} onChange={(e) => setState(e.target.value as 'DRAFT' | 'TRANSLATED')}>
            <option value="DRAFT">Draft / 초안</option>
            {isOwner && <option value="TRANSLATED">Translated / 번역됨</option>}
          </select>
        </label>
        <button type="button" disabled={busy} onClick={() => apply(false)}>
          {busy ? t('applying') : t('apply')}
        </button>
        <button
          type="button"
          className="secondary"
          onClick={() => {
            setProposal(null);
            setRows([]);
            setDone(null);
          }}
        >
          {t('startOver')}
        </button>
      </div>
      {conflict && (
        <div className="card" role="alertdialog" aria-label={t('humanConflict')}>
          <p>{t('humanConflict')}</p>
          <ul>
            {conflict.map((c) => (
              <li key={c.segmentId}>
                {c.position + 1}. <span lang="ko">{c.targetText}</span>
              </li>
            ))}
          </ul>
          <div className="row">
            <button type="button" className="danger" onClick={() => apply(true)}>
              {t('replaceAnyway')}
            </button>
            <button
              type="button"
              onClick={() =>
                apply(
                  false,
                  conflict.map((c) => c.position),
                )
              }
            >
              {t('skipThose')}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {done !== null && (
        <p role="status" className="card">
          {t('applied', { count: done })} <Link href={`/documents/${documentId}`}>{t('backToEditor')}</Link>
        </p>
      )}
    </div>
  );
}
