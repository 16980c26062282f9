"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

// The letter page's two forms, fetched once the page has loaded (see lazy-form.tsx): adding
// parliamentarians to the pool by filters or list, and the letter's outcome.
export const PoolBuilder = formAfterLoad(() => import("./pool-builder").then((m) => m.PoolBuilder), "min-h-[34rem] lg:min-h-[22rem]");
export const OutcomeForm = formAfterLoad(() => import("./outcome-form").then((m) => m.OutcomeForm), "min-h-[33rem] sm:min-h-[22rem]");
