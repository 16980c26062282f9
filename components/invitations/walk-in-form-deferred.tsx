"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The check-in desk's walk-in form, fetched once the page has loaded (see lazy-form.tsx). */
export const WalkInForm = formAfterLoad(() => import("./walk-in-form").then((m) => m.WalkInForm), "min-h-[19.5rem]");
