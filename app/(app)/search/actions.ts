"use server";

import { defineAction } from "@/lib/action";
import { readTogether } from "@/lib/auth/data-access";
import { getLocale } from "@/lib/locale";
import { searchEverywhere, searchEverywhereSchema } from "@/lib/search/everywhere";

// searchEverywhere authorizes and applies the restricted-case rules (lib/cases/visibility.ts).
export const searchEverywhereAction = defineAction({
  schema: searchEverywhereSchema,
  run: async (data, user) => {
    // Event dates in the reader's locale; outside a request (the policy matrix) the default one.
    const locale = await getLocale().catch(() => undefined);
    return readTogether(user, () => searchEverywhere(user, data.q, { locale }));
  },
});
