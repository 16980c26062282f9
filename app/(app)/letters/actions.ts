"use server";

import { defineAction, type RevalidateTarget } from "@/lib/action";
import { createLetter, deleteLetter, setLetterOutcome, updateLetter } from "@/lib/letters/mutations";
import { addPoolContact, addPoolFromFilters, addPoolFromList, bulkSetStatus, removeFromPool, setSignatoryStatus } from "@/lib/letters/pool";
import {
  bulkStatusSchema,
  letterDeleteSchema,
  letterFormSchema,
  letterOutcomeUpdateSchema,
  letterUpdateSchema,
  poolContactSchema,
  poolFilterSchema,
  poolFromListSchema,
  poolRemoveSchema,
  signatoryChangeSchema,
} from "@/lib/letters/schema";

const letterPages: RevalidateTarget[] = [{ path: "/letters", type: "layout" }];

export const createLetterAction = defineAction({
  schema: letterFormSchema,
  run: (values, user) => createLetter(user, values),
  revalidate: ["/letters"],
});

export const updateLetterAction = defineAction({
  schema: letterUpdateSchema,
  run: (data, user) => updateLetter(user, data),
  revalidate: letterPages,
});

export const setLetterOutcomeAction = defineAction({
  schema: letterOutcomeUpdateSchema,
  run: (data, user) => setLetterOutcome(user, data),
  revalidate: letterPages,
});

export const deleteLetterAction = defineAction({
  schema: letterDeleteSchema,
  run: (data, user) => deleteLetter(user, data),
  revalidate: letterPages,
});

export const addPoolFromFiltersAction = defineAction({
  schema: poolFilterSchema,
  run: (data, user) => addPoolFromFilters(user, data),
  revalidate: letterPages,
});

export const addPoolFromListAction = defineAction({
  schema: poolFromListSchema,
  run: (data, user) => addPoolFromList(user, data),
  revalidate: letterPages,
});

export const addPoolContactAction = defineAction({
  schema: poolContactSchema,
  run: (data, user) => addPoolContact(user, data),
  revalidate: letterPages,
});

export const removeFromPoolAction = defineAction({
  schema: poolRemoveSchema,
  run: (data, user) => removeFromPool(user, data),
  revalidate: letterPages,
});

export const setSignatoryStatusAction = defineAction({
  schema: signatoryChangeSchema,
  run: (data, user) => setSignatoryStatus(user, data),
  revalidate: letterPages,
});

export const bulkSetStatusAction = defineAction({
  schema: bulkStatusSchema,
  run: (data, user) => bulkSetStatus(user, data),
  revalidate: letterPages,
});
