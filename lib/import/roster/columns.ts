import { foldKey } from "@/lib/import/csv/countries";

/**
 * A roster CSV's columns, found by the names each kind may have (compared as foldKey folds them:
 * case, accents and punctuation aside); the first column of a kind wins. Pure.
 */
export function rosterColumns<C extends string>(headerNames: Record<C, string[]>) {
  const lookup = new Map<string, C>();
  for (const [column, names] of Object.entries(headerNames) as Array<[C, string[]]>) for (const n of names) lookup.set(n, column);
  return (headers: string[]) => {
    const index = new Map<C, number>();
    headers.forEach((h, i) => {
      const column = lookup.get(foldKey(h));
      if (column && !index.has(column)) index.set(column, i);
    });
    return {
      has: (column: C) => index.has(column),
      /** The row's cell of that kind, trimmed; "" when the file has no such column. */
      cell: (row: string[], column: C) => {
        const i = index.get(column);
        return i === undefined ? "" : (row[i] ?? "").trim();
      },
    };
  };
}
