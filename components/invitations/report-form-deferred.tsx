"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The event report's form, fetched once the page has loaded (see lazy-form.tsx). */
export const ReportForm = formAfterLoad(() => import("./report-form").then((m) => m.ReportForm), "min-h-[37rem] lg:min-h-[26rem]");
