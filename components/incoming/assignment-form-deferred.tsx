"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The incoming appeal's assignment form, fetched once the page has loaded (see lazy-form.tsx). */
export const AssignmentForm = formAfterLoad(() => import("./assignment-form").then((m) => m.AssignmentForm), "min-h-[19rem] sm:min-h-[15rem]");
