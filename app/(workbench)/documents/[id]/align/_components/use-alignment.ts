'use client';
// The alignment view's state: propose from pasted text or a file, edit the rows, apply (asking first
// when segments already have human work: 409 with the list).
import { useMemo, useState } from 'react';
import { ApiError } from '@/app/_components/api';
import { call } from '@/app/_components/api-client/client';
import { useErrorText } from '@/app/_components/use-error-text';
import { fileToContent, mergeRows, rowsOf, splitRow, toneOf, type HumanWork, type Proposal, type Row } from './alignment-model';

export type ApplyState = 'DRAFT' | 'TRANSLATED';

export function useAlignment(documentId: string) {
  const errorText = useErrorText();
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [rows, setRows] = useState<Row[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [state, setState] = useState<ApplyState>('DRAFT');
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
        file instanceof File && file.size > 0
          ? await fileToContent(file)
          : { content: String(data.get('content') ?? ''), format: 'text' as const };
      const p = await call('proposeAlignment', { params: { id: documentId }, body: input });
      setProposal(p);
      setRows(rowsOf(p));
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
      const res = await call('applyAlignment', { params: { id: documentId }, body: { beads, state, overwriteHumanWork } });
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

  return {
    proposal,
    rows,
    busy,
    error,
    state,
    setState,
    conflict,
    done,
    doubtful,
    propose,
    apply,
    merge: (i: number) => update((rs) => mergeRows(rs, i)),
    split: (i: number, k: number) => update((rs) => splitRow(rs, i, k)),
    toggleSkip: (i: number) => update((rs) => rs.map((r, j) => (j === i ? { ...r, skip: !r.skip } : r))),
    startOver: () => {
      setProposal(null);
      setRows([]);
      setDone(null);
    },
  };
}
