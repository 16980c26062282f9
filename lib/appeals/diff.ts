// What changed between two versions of an appeal's text, word by word. Pure: the versions page
// renders it and the tests check it.
import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

export function textDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((c) => ({ kind: c.added ? "added" : c.removed ? "removed" : "same", text: c.value }));
}

/** "12 words added, 3 removed": the change at a glance, for every reader. */
export function diffSummary(parts: DiffPart[]): { added: number; removed: number } {
  const words = (t: string) => t.split(/\s+/).filter(Boolean).length;
  return {
    added: parts.filter((p) => p.kind === "added").reduce((n, p) => n + words(p.text), 0),
    removed: parts.filter((p) => p.kind === "removed").reduce((n, p) => n + words(p.text), 0),
  };
}
