"use client";

import { useEffect, useState } from "react";
import type { Markdown as MarkdownComponent } from "./markdown";

// The forms' live previews render Markdown with react-markdown (about 34 KB gzipped): it is fetched
// once the form is on screen, not with the page. Until it arrives the text shows as typed, line
// breaks kept, so the preview is never empty. Server components use ./markdown.tsx directly (it
// costs them no JavaScript).
let loaded: typeof MarkdownComponent | undefined;

export function LazyMarkdown({ children }: { children: string }) {
  const [Markdown, setMarkdown] = useState(() => loaded);
  useEffect(() => {
    if (Markdown) return;
    let live = true;
    import("./markdown").then(
      (m) => {
        loaded = m.Markdown;
        if (live) setMarkdown(() => m.Markdown);
      },
      () => {}, // offline: the plain text stays
    );
    return () => {
      live = false;
    };
  }, [Markdown]);
  if (Markdown) return <Markdown>{children}</Markdown>;
  return <div className="text-sm leading-6 whitespace-pre-wrap text-slate-800">{children}</div>;
}
