"use server";

import { runAction } from "@/lib/action";
import { getLocale } from "@/lib/locale";
import { searchEverywhere, searchEverywhereSchema } from "@/lib/search/everywhere";

// A public endpoint like every action: it parses its input, gets the session user, and
// searchEverywhere authorizes and applies the restricted-case rules (lib/cases/visibility.ts).

export async function searchEverywhereAction(input: unknown) {
  return runAction(searchEverywhereSchema, input, async (data, user) => {
    // Event dates in the reader's locale; outside a request (the policy matrix) the default one.
    const locale = await getLocale().catch(() => undefined);
    return searchEverywhere(user, data.q, { locale });
  });
}
