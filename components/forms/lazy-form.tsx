"use client";

import { Component, lazy, Suspense, useEffect, useState, type ComponentType, type ReactNode } from "react";

// A form's code (react-hook-form, about 14 KB gzipped, and the form itself) kept out of a detail
// page's first load. A client module wraps the form once,
//
//   export const ActivityForm = formAfterLoad(() => import("./activity-form").then((m) => m.ActivityForm), "min-h-[26rem]");
//
// and the page renders that instead of the form, with the same props. Two ways to wait:
// - formWhenOpened: for a form that appears only when asked for (an "Edit" button, a <details>):
//   it is fetched when first rendered, and a "Loading the form…" status shows for that moment.
// - formAfterLoad: for a form on the page from the start: a box of about the form's height holds
//   its place (busy, so assistive technology knows something is coming) while the rest of the
//   page becomes interactive, and the form is fetched as soon as the browser is idle after that.
//   (Not only when scrolled to: a form further down must be there for "find in page", a screen
//   reader's list of form fields, or a test that looks for it by its label.)
// If the code cannot be fetched (offline), that is said in place instead of breaking the page.

type Load<P> = () => Promise<ComponentType<P>>;

/** The form itself, fetched the first time it renders; `fallback` shows until it is there. */
function lazyForm<P extends object>(load: Load<P>, fallback: ReactNode) {
  const Form = lazy(async () => ({ default: await load() }));
  return function LoadedForm(props: P) {
    return (
      <LoadFailure>
        <Suspense fallback={fallback}>
          <Form {...props} />
        </Suspense>
      </LoadFailure>
    );
  };
}

export function formWhenOpened<P extends object>(load: Load<P>): ComponentType<P> {
  return lazyForm(
    load,
    <p role="status" className="text-sm text-slate-600">
      Loading the form…
    </p>,
  );
}

export function formAfterLoad<P extends object>(load: Load<P>, boxClass: string): ComponentType<P> {
  // Once fetched, a form shown again (another record, a new key) is drawn at once. The first
  // render of a page is always the box, as on the server, so hydration matches.
  let fetched = false;
  const Form = lazyForm(async () => {
    const form = await load();
    fetched = true;
    return form;
  }, <FormBox boxClass={boxClass} />);
  return function FormAfterLoad(props: P) {
    const [ready, setReady] = useState(() => fetched);
    useEffect(() => {
      if (ready) return;
      // Safari has no requestIdleCallback: a timer, after hydration, is the next best thing.
      if (typeof requestIdleCallback !== "function") {
        const timer = setTimeout(() => setReady(true), 50);
        return () => clearTimeout(timer);
      }
      const idle = requestIdleCallback(() => setReady(true), { timeout: 1000 });
      return () => cancelIdleCallback(idle);
    }, [ready]);
    return ready ? <Form {...props} /> : <FormBox boxClass={boxClass} />;
  };
}

/** The form's place while it loads: about its height, marked busy. */
function FormBox({ boxClass }: { boxClass: string }) {
  return (
    <div aria-busy="true" className={boxClass}>
      <span className="sr-only">Loading the form…</span>
    </div>
  );
}

/** A chunk that did not arrive is said in place; any other error goes on to the page's boundary. */
class LoadFailure extends Component<{ children: ReactNode }, { error?: unknown }> {
  state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!/load(ing)? chunk/i.test(String((error as Error)?.message ?? error))) throw error;
    return (
      <p role="alert" className="text-sm text-red-700">
        This form could not be loaded. Check the connection and reload the page.
      </p>
    );
  }
}
