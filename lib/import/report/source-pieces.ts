// The report text cut for the review's side-by-side view: plain pieces and the highlighted spans
// of the value in focus. Client-safe (no zod, no server code): the source pane imports it.
import type { SourceSpan } from "./labels";

export type Piece = { text: string; marked: boolean };

/** The text cut at the spans (clamped to it); overlapping or touching spans become one piece. */
export function highlightPieces(text: string, spans: SourceSpan[]): Piece[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Piece[] = [];
  let at = 0;
  for (const s of sorted) {
    const start = Math.max(s.start, at);
    if (s.end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    const last = out[out.length - 1];
    // A span touching the previous one extends it.
    if (last?.marked && start === at) last.text += text.slice(start, s.end);
    else out.push({ text: text.slice(start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length || !out.length) out.push({ text: text.slice(at), marked: false });
  return out;
}
