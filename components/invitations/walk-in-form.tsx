"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { Button } from "@/components/ui/button";
import { Field, Notice } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";
import type { ServerAction } from "@/lib/action";
import type { WalkInFormInput, WalkInFormValues } from "@/lib/invitations/schema";

const empty: WalkInFormInput = { fullName: "", affiliation: "", email: "" };

/** Someone came without an invitation: they become a contact, checked in. */
// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/invitations/schema").then((m) => m.walkInFormSchema));

export function WalkInForm({ eventId, action }: { eventId: string; action: ServerAction }) {
  const router = useRouter();
  const form = useForm<WalkInFormInput, unknown, WalkInFormValues>({ resolver, defaultValues: empty });
  const { register, handleSubmit, formState, setError, reset } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const [added, setAdded] = useState<string>();

  async function onSubmit() {
    clear();
    setAdded(undefined);
    const values = form.getValues();
    const result = await action({ eventId, values });
    if (!accept(result)) return;
    setAdded(`${values.fullName} added and checked in.`);
    reset(empty);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="space-y-3">
      <ActionFailure failure={failure} />
      <Field id="walkin-name" label="Name" required error={formState.errors.fullName?.message}>
        <Input className="h-12 text-base" autoComplete="off" {...register("fullName")} />
      </Field>
      <Field id="walkin-affiliation" label="Organization or title" error={formState.errors.affiliation?.message}>
        <Input className="h-12 text-base" autoComplete="off" {...register("affiliation")} />
      </Field>
      <Field id="walkin-email" label="E-mail" error={formState.errors.email?.message}>
        <Input className="h-12 text-base" type="email" autoComplete="off" {...register("email")} />
      </Field>
      <Button type="submit" className="h-12 w-full text-base" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "Adding…" : "Add walk-in"}
      </Button>
      <Notice>{added}</Notice>
    </form>
  );
}
