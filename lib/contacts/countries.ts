// ISO 3166-1 alpha-2 codes (plus Kosovo's user-assigned XK, which institutions use) with their
// English names, so selects and tables show "Kazakhstan" while the database keeps "KZ". The names
// come from a committed table, never from the runtime's ICU data, so the server and every browser
// render the same text (see country-names.ts).
import { countryNames } from "./country-names";

export const countryCodes: readonly string[] = Object.keys(countryNames);

export function countryName(code: string | null | undefined): string {
  if (!code) return "—";
  return countryNames[code.toUpperCase()] ?? code;
}

// Sorted without localeCompare, whose collation also comes from ICU: accents folded, then code
// point order ("Åland Islands" next to "Albania", as an English reader expects).
const sortKey = (name: string) => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** Options for a country select, ordered by English name. */
export const countryOptions: ReadonlyArray<{ code: string; name: string }> = countryCodes
  .map((code) => ({ code, name: countryNames[code]! }))
  .sort((a, b) => (sortKey(a.name) < sortKey(b.name) ? -1 : sortKey(a.name) > sortKey(b.name) ? 1 : 0));

const codeSet = new Set(countryCodes);
export const isCountryCode = (v: string) => codeSet.has(v);
