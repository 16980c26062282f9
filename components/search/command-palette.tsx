"use client";

import { lazy, Suspense, useEffect, useRef, useState } from "react";
import type { ServerAction } from "@/lib/action";
import type { SearchResults } from "@/lib/search/everywhere";
import { SearchButton } from "./search-button";

// The dialog (its focus trap and the combobox) is fetched when first wanted — the button hovered
// or focused, or opened — not on every page's first load.
const loadDialog = () => import("./palette-dialog");
const PaletteDialog = lazy(() => loadDialog().then((m) => ({ default: m.PaletteDialog })));

/**
 * Search everywhere: a dialog opened with Ctrl+K / ⌘K anywhere in the app or with the header's
 * "Search" button (./palette-dialog.tsx). Once loaded, the dialog stays mounted (closed), so it
 * opens at once the next time.
 */
export function CommandPalette({ action }: { action: ServerAction<SearchResults> }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === "k") {
        event.preventDefault(); // the browser's own Ctrl+K (its search bar)
        setWanted(true);
        setOpen(true);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  const preload = () => void loadDialog();

  return (
    <>
      <SearchButton
        ref={button}
        aria-haspopup="dialog"
        aria-expanded={open}
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
      />
      {wanted && (
        <Suspense fallback={null}>
          <PaletteDialog action={action} open={open} onOpenChange={setOpen} returnFocus={() => button.current?.focus()} />
        </Suspense>
      )}
    </>
  );
}
