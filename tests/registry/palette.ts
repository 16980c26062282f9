// Server actions of the palette section, spread into tests/action-registry.ts.
import type { Entry } from "../action-registry";

export const paletteActions: Record<string, Entry> = {
  "(app)/search/actions.ts#searchEverywhereAction": { capability: "read", input: () => ({ q: "akhmetova" }) },
};
