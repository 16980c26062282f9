"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { Dialog } from "radix-ui";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { ServerAction } from "@/lib/action";
import type { SearchResults } from "@/lib/search/everywhere";
import { cn } from "@/lib/utils";

/** Wait this long after the last keystroke before searching: one search per pause, not per letter. */
const DEBOUNCE_MS = 150;

const searchable = (q: string) => [...q.trim()].length >= 2;

/**
 * The search palette's dialog, loaded by ./command-palette.tsx the first time it opens. The input
 * is an ARIA combobox over a listbox of results grouped by type; the arrow keys move through them,
 * Enter opens one, Esc closes. Focus stays in the input, so the active option is announced through
 * aria-activedescendant; on closing it goes back to `returnFocus` (the header's Search button).
 */
export function PaletteDialog({
  action,
  open,
  onOpenChange: setOpen,
  returnFocus,
}: {
  action: ServerAction<SearchResults>;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus: () => void;
}) {
  const router = useRouter();
  const ids = useId();
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<SearchResults | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Answers can arrive out of order: only the latest request's answer is shown.
  const latest = useRef(0);

  useEffect(() => () => clearTimeout(timer.current), []);

  const groups = results?.groups ?? [];
  const options = groups.flatMap((g) => g.hits);
  // Each group's first option's place in the list, for the option ids.
  const starts = groups.map((_, i) => groups.slice(0, i).reduce((n, g) => n + g.hits.length, 0));
  const optionId = (index: number) => `${ids}-option-${index}`;
  const listboxId = `${ids}-listbox`;

  function reset() {
    clearTimeout(timer.current);
    latest.current++;
    setQuery("");
    setResults(null);
    setError(null);
    setLoading(false);
    setActive(0);
  }

  function onOpenChange(next: boolean) {
    if (!next) reset();
    setOpen(next);
  }

  function onQueryChange(value: string) {
    setQuery(value);
    setActive(0);
    clearTimeout(timer.current);
    const request = ++latest.current;
    if (!searchable(value)) {
      setResults(null);
      setError(null);
      setLoading(false);
      return;
    }
    setLoading(true);
    timer.current = setTimeout(async () => {
      const result = await action({ q: value.trim() });
      if (request !== latest.current) return;
      setLoading(false);
      setResults(result.ok ? result.data : null);
      setError(result.ok ? null : result.formError);
    }, DEBOUNCE_MS);
  }

  function go(href: string) {
    onOpenChange(false);
    router.push(href);
  }

  function moveTo(index: number) {
    setActive(index);
    document.getElementById(optionId(index))?.scrollIntoView({ block: "nearest" });
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (!options.length) return;
    const last = options.length - 1;
    const to = { ArrowDown: active >= last ? 0 : active + 1, ArrowUp: active <= 0 ? last : active - 1, PageDown: last, PageUp: 0 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      moveTo(to);
    } else if (event.key === "Enter") {
      event.preventDefault();
      go(options[Math.min(active, last)].href);
    }
  }

  const q = query.trim();
  const status = !searchable(query)
    ? "Type at least two letters of a name, in any script."
    : loading
      ? "Searching…"
      : error
        ? error
        : options.length === 0
          ? `No matches for “${q}”.`
          : `${options.length} ${options.length === 1 ? "result" : "results"}. Use the arrow keys to choose, Enter to open.`;
  const expanded = options.length > 0;
  const current = Math.min(active, options.length - 1);

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50" />
        <Dialog.Content
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocus();
          }}
          className="fixed left-1/2 top-[8vh] z-50 flex max-h-[84vh] w-[min(94vw,40rem)] -translate-x-1/2 flex-col rounded-lg bg-white shadow-xl"
        >
          <Dialog.Title className="sr-only">Search everywhere</Dialog.Title>
          <Dialog.Description className="sr-only">
            Contacts, organizations, cases, appeals, letters, events and campaigns by part of a name, in any script.
          </Dialog.Description>
          <div className="border-b border-slate-200 p-3">
            <input
              type="search"
              role="combobox"
              aria-label="Search contacts, organizations, cases, appeals, letters, events and campaigns"
              aria-expanded={expanded}
              aria-controls={listboxId}
              aria-autocomplete="list"
              aria-activedescendant={expanded ? optionId(current) : undefined}
              autoComplete="off"
              spellCheck={false}
              placeholder="Search by name, in any script…"
              className="block h-11 w-full rounded-md border border-slate-300 px-3 text-base text-slate-900 placeholder:text-slate-500 focus:border-blue-700 focus:outline-2 focus:outline-blue-700"
              value={query}
              onChange={(e) => onQueryChange(e.target.value)}
              onKeyDown={onInputKeyDown}
            />
          </div>
          <p role="status" aria-live="polite" className={cn("px-4 py-2 text-sm text-slate-600", expanded && "sr-only")}>
            {status}
          </p>
          <div id={listboxId} role="listbox" aria-label="Results" className="min-h-0 flex-1 overflow-y-auto px-2 pb-2">
            {groups.map((group, g) => (
              <div key={group.kind} role="group" aria-labelledby={`${ids}-${group.kind}`} className="pt-2">
                <div id={`${ids}-${group.kind}`} role="presentation" className="px-2 py-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {group.label}
                </div>
                {group.hits.map((hit, h) => {
                  const mine = starts[g] + h;
                  const selected = mine === current;
                  return (
                    <div
                      key={hit.id}
                      id={optionId(mine)}
                      role="option"
                      aria-selected={selected}
                      className={cn("cursor-pointer rounded-md px-2 py-2", selected ? "bg-blue-50 outline outline-1 outline-blue-700" : "hover:bg-slate-50")}
                      onMouseMove={() => mine !== active && setActive(mine)}
                      onClick={() => go(hit.href)}
                    >
                      <span className="block font-medium text-slate-900">{hit.title}</span>
                      {hit.detail && <span className="block truncate text-xs text-slate-600">{hit.detail}</span>}
                    </div>
                  );
                })}
              </div>
            ))}
          </div>
          {searchable(query) && (
            <div className="border-t border-slate-200 px-4 py-2 text-sm">
              <Link href={`/search?q=${encodeURIComponent(q)}`} onClick={() => onOpenChange(false)} className="text-blue-800 underline-offset-2 hover:underline">
                All results for “{q}”
              </Link>
            </div>
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
