"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The contact page's "Log an activity" form, fetched once the page has loaded (see lazy-form.tsx). */
export const ActivityForm = formAfterLoad(() => import("./activity-form").then((m) => m.ActivityForm), "min-h-[29rem] sm:min-h-[25rem]");
