// The editor's client-side state, outside React: segments by id, the active segment, unsaved edits
// and the save loop. Rows subscribe to their own segment (useSyncExternalStore), so a change to one
// segment re-renders that row only; the header and filters subscribe to the store's revision counter.
//
// Saving: an edit is kept as a PendingEdit (memory + localStorage) with the version it was based on,
// flushed ~500 ms after typing stops, when leaving the segment, on confirm, and on reconnect. 409 →
// conflict (shown side by side, never overwritten); network failure → offline, retried with backoff.
import { urlOf } from '@/app/_components/api-client/client';
import { docToText, type SegmentDoc } from '@/lib/editor/doc';
import { countEojeol } from '@/lib/text/paragraphs';
import type { SegmentState } from '@/lib/workflow/segment-states';
import { sameDoc } from './doc-utils';
import type { QaIssueDto } from './row-overlays';
import { asPendingEdit, loadPending, persistPending, removePending, type PendingEdit } from './save-queue';
import { mineOnTheirs, newEntry, type SaveStatus, type SegmentEntry } from './segment-entry';
import type { SegmentDto } from './types';

export type { Conflict, SaveStatus, SegmentEntry } from './segment-entry';

export const AUTOSAVE_MS = 500;

type Listener = () => void;

export class EditorStore {
  readonly order: string[] = [];
  private byId = new Map<string, SegmentEntry>();
  private rowListeners = new Map<string, Set<Listener>>();
  private listeners = new Set<Listener>();
  private statusListeners = new Set<Listener>();
  /** Bumped on every change that can affect counts and filters. */
  revision = 0;
  activeId: string | null = null;
  private timers = new Map<string, ReturnType<typeof setTimeout>>();
  private inFlight = new Set<string>();
  private resave = new Set<string>();
  private offline = false;
  private retryMs = 1000;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private status: SaveStatus = { kind: 'saved' };
  /** Returns true while the active editor is composing (IME): the save waits. */
  isComposing: () => boolean = () => false;
  onError: (message: string) => void = () => {};
  /** Words for a refused save (the editor sets the interface's translation of the server's reason). */
  describeError: (status: number, body: unknown) => string = (status, body) =>
    (body as { error?: { message?: string } } | null)?.error?.message ?? `Save failed (${status})`;
  /** The answer to a confirmation: null when confirmed, else the QA errors that held it back (the text was saved). */
  onConfirmAnswer: (id: string, refusedBy: readonly QaIssueDto[] | null) => void = () => {};

  constructor(
    readonly documentId: string,
    segments: SegmentDto[],
    private fetchImpl: typeof fetch = (...a) => fetch(...a),
  ) {
    for (const s of segments) {
      this.order.push(s.id);
      this.byId.set(s.id, newEntry(s));
    }
  }

  // ---- subscriptions ------------------------------------------------------------------------
  get(id: string): SegmentEntry | undefined {
    return this.byId.get(id);
  }
  subscribeRow(id: string, fn: Listener): () => void {
    let set = this.rowListeners.get(id);
    if (!set) this.rowListeners.set(id, (set = new Set()));
    set.add(fn);
    return () => set!.delete(fn);
  }
  subscribe(fn: Listener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  subscribeStatus(fn: Listener): () => void {
    this.statusListeners.add(fn);
    return () => this.statusListeners.delete(fn);
  }
  getStatus(): SaveStatus {
    return this.status;
  }
  conflicts(): string[] {
    return this.order.filter((id) => this.byId.get(id)!.conflict);
  }

  private replace(id: string, patch: Partial<SegmentEntry>, { global = true } = {}) {
    const prev = this.byId.get(id);
    if (!prev) return;
    const next = { ...prev, ...patch };
    if (patch.server) next.targetWords = countEojeol(next.pending?.text ?? patch.server.targetText ?? '');
    this.byId.set(id, next);
    for (const fn of [...(this.rowListeners.get(id) ?? [])]) fn();
    if (global) this.emit();
  }
  private emit() {
    this.revision += 1;
    for (const fn of [...this.listeners]) fn();
    this.updateStatus();
  }
  private updateStatus() {
    const pending = this.order.reduce((n, id) => n + (this.byId.get(id)!.pending ? 1 : 0), 0);
    const next: SaveStatus =
      this.inFlight.size > 0
        ? { kind: 'saving', pending }
        : this.offline && pending > 0
          ? { kind: 'offline', pending }
          : pending > 0
            ? { kind: 'unsaved', pending }
            : { kind: 'saved' };
    if (JSON.stringify(next) === JSON.stringify(this.status)) return;
    this.status = next;
    for (const fn of [...this.statusListeners]) fn();
  }

  setActive(id: string | null) {
    if (id === this.activeId) return;
    const prev = this.activeId;
    this.activeId = id;
    if (prev) this.flushNow(prev);
    for (const fn of [...this.listeners]) fn();
  }

  // ---- edits ---------------------------------------------------------------------------------
  /** The target the UI should show: the unsaved edit if there is one, else the server's. */
  displayed(id: string): SegmentDoc | null {
    const e = this.byId.get(id);
    return e ? (e.pending?.target ?? e.server.target) : null;
  }

  edit(id: string, doc: SegmentDoc, opts: { state?: SegmentState; schedule?: boolean } = {}) {
    const e = this.byId.get(id);
    if (!e) return;
    const text = docToText(doc);
    const pending: PendingEdit = {
      documentId: this.documentId,
      segmentId: id,
      target: doc,
      text,
      state: opts.state ?? e.pending?.state,
      baseVersion: e.pending?.baseVersion ?? e.server.version,
      at: Date.now(),
    };
    persistPending(pending);
    const wasClean = !e.pending;
    // Mutate in place while typing: only the first edit re-renders the row (to show "unsaved").
    if (wasClean || opts.state) this.replace(id, { pending, error: null, targetWords: countEojeol(text) });
    else {
      e.pending = pending;
      e.targetWords = countEojeol(text);
    }
    if (opts.schedule !== false) this.schedule(id);
  }

  private schedule(id: string, ms = AUTOSAVE_MS) {
    clearTimeout(this.timers.get(id));
    this.timers.set(
      id,
      setTimeout(() => {
        this.timers.delete(id);
        // Never save in the middle of an IME composition: wait until the syllable is committed.
        if (id === this.activeId && this.isComposing()) this.schedule(id, 200);
        else void this.flush(id);
      }, ms),
    );
  }

  flushNow(id: string) {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    void this.flush(id);
  }

  flushAll() {
    for (const id of this.order) if (this.byId.get(id)!.pending && !this.byId.get(id)!.conflict) this.flushNow(id);
  }

  /** Confirms (TRANSLATED) with the given content; returns false when the target is empty. */
  confirm(id: string, doc: SegmentDoc): boolean {
    if (docToText(doc).trim() === '') return false;
    this.edit(id, doc, { state: 'TRANSLATED', schedule: false });
    this.flushNow(id);
    return true;
  }

  async flush(id: string): Promise<void> {
    const e = this.byId.get(id);
    if (!e?.pending || e.conflict) return;
    if (this.inFlight.has(id)) {
      this.resave.add(id);
      return;
    }
    const sent = e.pending;
    this.inFlight.add(id);
    this.updateStatus();
    let res: Response | null = null;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a saved segment or an error body, read by status below
    let body: any = null;
    try {
      const payload = JSON.stringify({ target: sent.target, ...(sent.state ? { state: sent.state } : {}), version: sent.baseVersion });
      // A raw fetch (not `call`): the injected fetchImpl (tests), keepalive, and the status read below.
      res = await this.fetchImpl(urlOf('updateSegment', { id }), {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: payload,
        // A save started as the page closes still reaches the server (keepalive bodies are capped at 64 KiB).
        keepalive: payload.length < 60_000,
      });
      body = await res.json().catch(() => null);
    } catch {
      res = null;
    }
    this.inFlight.delete(id);
    const now = this.byId.get(id)!;
    const editedSince = now.pending !== null && now.pending !== sent;

    if (!res || res.status >= 500) {
      this.goOffline();
      this.updateStatus();
      return;
    }
    this.backOnline();
    if (res.ok) {
      const { qaBlocked, ...saved } = body as SegmentDto & { qaBlocked?: { issues: QaIssueDto[] } };
      const refused = sent.state && qaBlocked?.issues.length ? { issues: qaBlocked.issues } : null;
      if (editedSince && now.pending) {
        // Typed on while the save was in flight: rebase the newer edit on the saved version.
        const rebased = {
          ...now.pending,
          baseVersion: saved.version,
          state: now.pending.state === sent.state ? undefined : now.pending.state,
        };
        persistPending(rebased);
        this.replace(id, { server: saved, pending: rebased, mergeWith: null, refused });
        this.schedule(id);
      } else {
        removePending(id);
        this.replace(id, { server: saved, pending: null, mergeWith: null, error: null, refused });
      }
      if (sent.state === 'TRANSLATED') this.onConfirmAnswer(id, refused?.issues ?? null);
    } else if (res.status === 409) {
      const theirs = (body?.error?.current ?? body?.error?.details?.current) as SegmentDto | undefined;
      const latest = now.pending ?? sent;
      if (theirs && sameDoc(theirs.target, latest.target) && (!latest.state || latest.state === theirs.state)) {
        // Their text is exactly ours (our earlier save landed but its answer was lost): nothing to merge.
        removePending(id);
        this.replace(id, { server: theirs, pending: null, mergeWith: null, error: null });
      } else if (theirs) this.replace(id, { conflict: { mine: latest.target, mineText: latest.text, mineState: latest.state, theirs } });
    } else {
      // 400/403/404: the server will not take this edit; keep the user's text visible as an error, not queued.
      const message = this.describeError(res.status, body);
      removePending(id);
      this.replace(id, { pending: null, error: message });
      this.onError(message);
    }
    if (this.resave.delete(id)) void this.flush(id);
  }

  private goOffline() {
    this.offline = true;
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flushAll();
    }, this.retryMs);
    this.retryMs = Math.min(this.retryMs * 2, 15_000);
  }
  private backOnline() {
    this.offline = false;
    this.retryMs = 1000;
  }
  /** The browser says it is online again: replay everything now. */
  reconnect() {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryMs = 1000;
    this.flushAll();
  }
  setOffline() {
    this.offline = true;
    this.updateStatus();
  }

  /** Brings back unsaved edits from localStorage (after a reload) and replays them. */
  restore(): number {
    const n = this.restoreKept(() => true);
    if (n) {
      this.emit();
      this.flushAll();
    }
    return n;
  }

  /** The unsaved edits kept in localStorage for the segments `which` takes, as pending edits; how many. */
  private restoreKept(which: (id: string) => boolean): number {
    let n = 0;
    for (const kept of loadPending(this.documentId)) {
      const e = this.byId.get(kept.segmentId);
      if (!e || !which(kept.segmentId)) continue;
      const p = asPendingEdit(kept, e.server);
      if (!p) {
        removePending(kept.segmentId);
        continue;
      }
      this.replace(p.segmentId, { pending: p, targetWords: countEojeol(p.text) }, { global: false });
      n += 1;
    }
    return n;
  }

  // ---- conflicts -----------------------------------------------------------------------------
  keepMine(id: string) {
    const e = this.byId.get(id);
    if (!e?.conflict) return;
    const { theirs } = e.conflict;
    const pending = mineOnTheirs(this.documentId, id, e.conflict);
    persistPending(pending);
    this.replace(id, { server: theirs, conflict: null, pending });
    this.flushNow(id);
  }
  takeTheirs(id: string) {
    const e = this.byId.get(id);
    if (!e?.conflict) return;
    removePending(id);
    this.replace(id, { server: e.conflict.theirs, conflict: null, pending: null });
  }
  /** Keeps your text in the editor, based on their version, with their text shown beside it to merge. */
  editMerged(id: string) {
    const e = this.byId.get(id);
    if (!e?.conflict) return;
    const { theirs } = e.conflict;
    const pending = mineOnTheirs(this.documentId, id, e.conflict);
    persistPending(pending);
    this.replace(id, { server: theirs, conflict: null, pending, mergeWith: theirs.targetText });
  }

  // ---- remote changes ------------------------------------------------------------------------
  /** Someone (or this tab, echoed back) saved a segment. Unsaved local edits are left alone: their save will 409. */
  applyRemote(seg: SegmentDto) {
    const e = this.byId.get(seg.id);
    if (!e || seg.version <= e.server.version) return;
    this.replace(seg.id, { server: seg, refused: null });
  }
  /** A confirmation refused before it was sent (QA errors already known on the saved text). */
  refuse(id: string, issues: readonly QaIssueDto[]) {
    if (this.byId.has(id)) this.replace(id, { refused: { issues } }, { global: false });
  }
  /** Segments saved by another path (search and replace). */
  applySaved(segs: SegmentDto[]) {
    for (const s of segs) this.applyRemote(s);
  }
  /**
   * The whole document, after the store began with the page's first screen (translation-editor.tsx):
   * rows already here keep their entry (an edit in progress included) and take a newer server
   * version; the others join in order, with the edits this browser kept for them.
   */
  extend(all: SegmentDto[]) {
    const known = new Set(this.order);
    this.order.length = 0;
    for (const s of all) {
      this.order.push(s.id);
      if (!known.has(s.id)) this.byId.set(s.id, newEntry(s));
      else if (s.version > this.byId.get(s.id)!.server.version) this.replace(s.id, { server: s }, { global: false });
    }
    const restored = this.restoreKept((id) => !known.has(id));
    this.emit();
    if (restored) this.flushAll();
  }
}
