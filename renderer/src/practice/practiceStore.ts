import { create } from 'zustand';
import type { PracticeSession } from '../../../shared/api/practiceSchemas';
import { estimate } from '../../../shared/estimate';
import { compareWorksheet, phaseAt, reviewSession, type FigureComparison, type Phase, type WorksheetFigureId } from '../../../shared/practice';
import { api } from '../api/client';
import { unwrap } from '../api/unwrap';
import { reportError } from '../app/toasts';
import { currentDocument, useEditor } from '../editor/store/editorStore';
import { flushEdits } from '../editor/history/flushEdits';

/** How often the clock is saved while it runs, so a reload loses at most this much. */
const SAVE_EVERY_MS = 15_000;
/** Between phase ends, a changed design is also kept this often (session time), so the replay shows it grow. */
const SNAPSHOT_EVERY_MS = 120_000;

interface PracticeState {
  session: PracticeSession | null;
  loadError: string | null;
  elapsedMs: number;
  running: boolean;
  comparisons: FigureComparison[] | null;
}

export const usePractice = create<PracticeState>()(() => ({ session: null, loadError: null, elapsedMs: 0, running: false, comparisons: null }));

const get = usePractice.getState;
const set = usePractice.setState;

let ticker: ReturnType<typeof setInterval> | null = null;
let lastTick = 0;
let lastSaved = 0;
let lastPhase: Phase | null = null;
let lastShotAt = 0;
let lastShotRevision = -1;

async function save(patch: Omit<Parameters<typeof api.updatePracticeSession>[0], 'id'>): Promise<void> {
  const s = get().session;
  if (!s || s.endedAt) return;
  try {
    // The local state stays the truth for what the candidate edits: an answer to an earlier save
    // must not undo a tick or a keystroke made since.
    await unwrap(api.updatePracticeSession({ id: s.id, elapsedMs: Math.round(get().elapsedMs), ...patch }));
  } catch (err) {
    reportError(err);
  }
}

/** The design as it stands, kept in the session's timeline for the replay. */
async function snapshot(phase: Phase): Promise<void> {
  const s = get().session;
  const document = currentDocument();
  if (!s || !document) return;
  lastShotAt = get().elapsedMs;
  lastShotRevision = useEditor.getState().revision;
  try {
    await unwrap(api.addPracticeSnapshot({ id: s.id, elapsedMs: Math.round(get().elapsedMs), phase, document }));
  } catch (err) {
    reportError(err);
  }
}

function tick(): void {
  const now = Date.now();
  const { session, running } = get();
  if (!session || session.endedAt) return;
  if (running) set({ elapsedMs: get().elapsedMs + (now - lastTick) });
  lastTick = now;
  const at = phaseAt(get().elapsedMs, session.minutes);
  if (lastPhase !== null && at.phase !== lastPhase) {
    const ended = lastPhase;
    lastPhase = at.phase;
    void snapshot(ended).then(() => save({}));
    lastSaved = now;
  } else if (running && get().elapsedMs - lastShotAt >= SNAPSHOT_EVERY_MS && useEditor.getState().revision !== lastShotRevision) {
    void snapshot(at.phase);
  } else if (running && now - lastSaved >= SAVE_EVERY_MS) {
    lastSaved = now;
    void save({});
  }
  if (at.over) void endSession();
}

export async function loadSession(id: string): Promise<void> {
  stopClock();
  set({ session: null, loadError: null, comparisons: null });
  try {
    const session = await unwrap(api.getPracticeSession({ id }));
    const comparisons = session.checked ? compareNow(session) : null;
    set({ session, elapsedMs: session.elapsedMs, running: !session.paused && !session.endedAt, comparisons });
    lastPhase = phaseAt(session.elapsedMs, session.minutes).phase;
    lastShotAt = session.elapsedMs;
    lastShotRevision = useEditor.getState().revision;
    lastTick = lastSaved = Date.now();
    if (!session.endedAt) ticker = setInterval(tick, 1000);
  } catch (err) {
    set({ loadError: err instanceof Error ? err.message : String(err) });
  }
}

/** Leaving the session's page: keep the time spent so far; the clock waits until the session is opened again. */
export function leaveSession(): void {
  if (!ticker) return;
  tick();
  void save({});
  stopClock();
}

export function stopClock(): void {
  if (ticker) clearInterval(ticker);
  ticker = null;
}

export function pause(): void {
  tick();
  set({ running: false });
  void save({ paused: true });
}

export function resume(): void {
  lastTick = Date.now();
  set({ running: true });
  void save({ paused: false });
}

export function setCovered(requirementId: string, covered: boolean): void {
  const s = get().session;
  if (!s) return;
  const next = covered ? [...new Set([...s.covered, requirementId])] : s.covered.filter((id) => id !== requirementId);
  set({ session: { ...s, covered: next } });
  void save({ covered: next });
}

export function setWorksheetField(id: WorksheetFigureId, field: 'value' | 'work', text: string): void {
  const s = get().session;
  if (!s) return;
  const entry = { value: '', work: '', ...s.worksheet[id], [field]: text };
  set({ session: { ...s, worksheet: { ...s.worksheet, [id]: entry } } });
}

/** Keep the worksheet as typed (on leaving a field; Check and End save it too). */
export const saveWorksheet = (): Promise<void> => save({ worksheet: get().session?.worksheet ?? {} });

function compareNow(session: PracticeSession): FigureComparison[] | null {
  const design = currentDocument();
  return design ? compareWorksheet(session.worksheet, estimate(design).totals) : null;
}

/** Check: compare the worksheet with the engine's figures for the design as drawn now. */
export async function checkWorksheet(): Promise<void> {
  const s = get().session;
  if (!s) return;
  set({ comparisons: compareNow(s), session: { ...s, checked: true } });
  await save({ worksheet: s.worksheet, checked: true });
}

export function reveal(): void {
  const s = get().session;
  if (!s) return;
  set({ session: { ...s, revealed: true } });
  void save({ revealed: true });
}

let ending = false;

/** End (or time up): the last snapshot, then the review, stored with the session. */
export async function endSession(): Promise<void> {
  const s = get().session;
  if (!s || s.endedAt || ending) return;
  ending = true;
  stopClock();
  set({ running: false });
  try {
    await flushEdits();
    const design = currentDocument();
    if (!design) return;
    await snapshot(phaseAt(get().elapsedMs, s.minutes).phase);
    const result = estimate(design);
    const review = reviewSession({ prompt: s.prompt, design, result, comparisons: compareWorksheet(s.worksheet, result.totals), covered: s.covered });
    await unwrap(api.updatePracticeSession({ id: s.id, worksheet: s.worksheet, elapsedMs: Math.round(get().elapsedMs) }));
    const ended = await unwrap(api.endPracticeSession({ id: s.id, elapsedMs: Math.round(Math.min(get().elapsedMs, s.minutes * 60_000)), review }));
    set({ session: ended });
  } catch (err) {
    reportError(err);
  } finally {
    ending = false;
  }
}
