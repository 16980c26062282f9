"use client";

import Link from "next/link";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

const itemClass = "block w-full cursor-pointer rounded px-3 py-2 text-left text-sm outline-none hover:bg-slate-100 focus:bg-slate-100";

/**
 * The signed-in user's menu: a menu button (WAI-ARIA "menu button" pattern) written out here
 * rather than taken from a menu library, which would put about 12 KB gzipped of positioning and
 * focus code on the first load of every page. Enter, Space or ↓ opens it on the first item, ↑ on
 * the last; ↑ ↓ Home End move; Esc closes it and gives focus back to the button; Tab or a click
 * outside closes it.
 */
export function UserMenu({ name, roleLabel, signOut }: { name: string; roleLabel: string; signOut: () => Promise<void> }) {
  const ids = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef<"first" | "last">("first");

  const items = () => Array.from(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);

  useEffect(() => {
    if (!open) return;
    const list = items();
    (focusOnOpen.current === "last" ? list[list.length - 1] : list[0])?.focus();
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    }
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [open]);

  function show(focus: "first" | "last") {
    focusOnOpen.current = focus;
    setOpen(true);
  }

  function close() {
    setOpen(false);
    button.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      show(event.key === "ArrowUp" ? "last" : "first");
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items();
    const at = list.indexOf(document.activeElement as HTMLElement);
    const to = { ArrowDown: (at + 1) % list.length, ArrowUp: (at - 1 + list.length) % list.length, Home: 0, End: list.length - 1 }[event.key];
    if (to !== undefined) {
      event.preventDefault();
      list[to]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    } else if (event.key === "Tab") {
      setOpen(false);
    } else if (event.key === " " && document.activeElement instanceof HTMLAnchorElement) {
      event.preventDefault(); // Space chooses a link item too, as in a native menu
      document.activeElement.click();
    }
  }

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        id={`${ids}-button`}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${ids}-menu` : undefined}
        onClick={() => (open ? setOpen(false) : show("first"))}
        onKeyDown={onButtonKeyDown}
        className="flex items-center gap-2 rounded-md px-3 py-2 text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        <span className="font-medium text-slate-900">{name}</span>
        <span className="hidden text-slate-600 sm:inline">· {roleLabel}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          ref={menu}
          id={`${ids}-menu`}
          role="menu"
          aria-labelledby={`${ids}-button`}
          onKeyDown={onMenuKeyDown}
          className="absolute right-0 top-full z-50 mt-1 min-w-48 rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <Link role="menuitem" tabIndex={-1} href="/account/password" className={itemClass} onClick={() => setOpen(false)}>
            Change password
          </Link>
          <Link role="menuitem" tabIndex={-1} href="/account" className={itemClass} onClick={() => setOpen(false)}>
            Account and two-factor sign-in
          </Link>
          <div role="separator" className="my-1 h-px bg-slate-200" />
          <button
            role="menuitem"
            tabIndex={-1}
            type="button"
            className={itemClass}
            onClick={() => {
              setOpen(false);
              void signOut();
            }}
          >
            Sign out
          </button>
        </div>
      )}
    </div>
  );
}
