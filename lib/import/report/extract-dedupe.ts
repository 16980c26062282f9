// De-duplication of extracted entries: the same addressee given twice (in "Please write to" and
// again in "Copies to", or on two pages of a report) becomes one entry holding both's data. Two
// entries are one when their names fold equal and they share an e-mail or phone, or when one of
// them has no data the other lacks (a repeat of the same name, title and body).
import type { Merged } from "./extract-merge";

const key = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, " ").trim().toLowerCase();
const digits = (p: string) => p.replace(/\D/g, "");

const sets = (e: Merged) => ({
  emails: new Set(e.emails.map(key)),
  phones: new Set(e.phones.map(digits)),
  urls: new Set(e.urls.map(key)),
});
const subset = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));
const meets = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

/** Whether b repeats a (same person or office) rather than naming another addressee. */
export function sameEntry(a: Merged, b: Merged): boolean {
  if (!a.name || key(a.name) !== key(b.name)) return false;
  const sa = sets(a);
  const sb = sets(b);
  if (meets(sa.emails, sb.emails) || meets(sa.phones, sb.phones)) return true;
  const heads = key(a.title) === key(b.title) && key(a.organization) === key(b.organization);
  return heads && (["emails", "phones", "urls"] as const).every((k) => subset(sb[k], sa[k]) || subset(sa[k], sb[k]));
}

/** Entries in document order, each repeat folded into its first occurrence. */
export function dedupe(entries: Merged[]): Merged[] {
  const out: Merged[] = [];
  const byName = new Map<string, Merged[]>();
  for (const e of entries) {
    const k = key(e.name);
    const first = e.name ? byName.get(k)?.find((o) => sameEntry(o, e)) : undefined;
    if (!first) {
      const copy = { ...e, emails: [...e.emails], phones: [...e.phones], urls: [...e.urls] };
      out.push(copy);
      if (e.name) byName.set(k, [...(byName.get(k) ?? []), copy]);
      continue;
    }
    const add = (list: string[], values: string[], k: (s: string) => string) => {
      for (const v of values) if (!list.some((x) => k(x) === k(v))) list.push(v);
    };
    add(first.emails, e.emails, key);
    add(first.phones, e.phones, digits);
    add(first.urls, e.urls, key);
    for (const f of ["title", "organization", "address"] as const) if (!first[f]) first[f] = e[f];
  }
  return out;
}
