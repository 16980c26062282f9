"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The appeal's "Log a reply" form, fetched once the page has loaded (see lazy-form.tsx). */
export const ReplyForm = formAfterLoad(() => import("./reply-form").then((m) => m.ReplyForm), "min-h-[38rem] sm:min-h-[30rem]");
