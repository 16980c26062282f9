"use client";

import { formAfterLoad } from "@/components/forms/lazy-form";

/** The invitation text's form, fetched once the page has loaded (see lazy-form.tsx). */
export const TemplateForm = formAfterLoad(() => import("./template-form").then((m) => m.TemplateForm), "min-h-[46rem] lg:min-h-[32rem]");
