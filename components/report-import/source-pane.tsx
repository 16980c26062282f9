"use client";

import { useEffect, useRef, useSyncExternalStore } from "react";
import type { RowSource, SourcedField } from "@/lib/import/report/labels";
import { highlightPieces } from "@/lib/import/report/source-pieces";

/** The value the reader is looking at (focused or pointed at): its row and field. */
export type SourceFocus = { row: number; field: SourcedField } | null;

/**
 * A tiny store of the value in focus: the review's rows set it and only the source pane listens,
 * so moving through 26 rows re-renders the pane alone, never the form.
 */
export function createFocusStore() {
  let current: SourceFocus = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next: SourceFocus) {
      if (next?.row === current?.row && next?.field === current?.field) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
export type FocusStore = ReturnType<typeof createFocusStore>;

const fieldLabels: Record<SourcedField, string> = {
  name: "Name", title: "Title", organization: "Organization", address: "Postal address", emails: "E-mails", phones: "Phones", urls: "Web addresses",
};

/**
 * The report text beside the review: the words the value in focus was read from are highlighted
 * and scrolled into view. A value that is not in the text as written (an OCR digit corrected, an
 * abbreviated number completed) is said to be so.
 */
export function SourcePane({ text, sources, store }: { text: string; sources: RowSource[]; store: FocusStore }) {
  const focus = useSyncExternalStore(store.subscribe, store.get, () => null);
  const spans = focus ? sources[focus.row]?.spans[focus.field] ?? [] : [];
  const pane = useRef<HTMLDivElement>(null);
  const firstMark = useRef<HTMLElement>(null);

  useEffect(() => {
    const box = pane.current;
    const mark = firstMark.current;
    // Scroll the pane only (not the page) so the highlighted words sit in its upper third.
    if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [focus]);

  const what = focus ? `${fieldLabels[focus.field]} of row ${focus.row + 1}` : "";
  const status = !focus
    ? "Focus or point at a value to see where in the report it was read."
    : spans.length
      ? `Highlighted: where the ${what.toLowerCase()} was read.`
      : `The ${what.toLowerCase()} is not in the report as written (corrected, completed or typed in): check it.`;
  const parts = highlightPieces(text, spans);
  const firstMarked = parts.findIndex((p) => p.marked);
  return (
    <div className="space-y-2">
      <h3 id="source-pane-title" className="text-sm font-semibold text-slate-900">
        The report text
      </h3>
      {/* Not a live region: it changes with every field the reader moves to, and a value the
          extractor was unsure of already says so in its own description. */}
      <p className="text-xs text-slate-700">
        {status}
      </p>
      <div
        ref={pane}
        role="region"
        aria-labelledby="source-pane-title"
        tabIndex={0}
        className="relative max-h-72 overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 focus:outline-2 focus:outline-blue-800 lg:max-h-[calc(100vh-8rem)]"
      >
        <pre className="font-sans text-xs leading-5 break-words whitespace-pre-wrap text-slate-800">
          {parts.map((p, i) => {
            if (!p.marked) return p.text;
            return (
              <mark key={i} ref={i === firstMarked ? firstMark : undefined} className="rounded-sm bg-yellow-200 px-0.5 text-slate-900 ring-1 ring-yellow-500">
                {p.text}
              </mark>
            );
          })}
        </pre>
      </div>
    </div>
  );
}
