"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure, useActionFailure } from "@/components/ui/action-failure";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import {
  campaignFormSchema,
  campaignStatusLabels,
  editableCampaignStatuses,
  type CampaignFormInput,
  type CampaignFormValues,
} from "@/lib/campaigns/schema";
import type { ServerAction } from "@/lib/action";

type Props = {
  campaign?: { id: string; version: number; values: CampaignFormInput };
  /** createCampaignAction for a new campaign, updateCampaignAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: CampaignFormInput = { name: "", summary: "", description: "", status: "planned", startsOn: "", endsOn: "" };

export function CampaignForm({ campaign, action }: Props) {
  const router = useRouter();
  const form = useForm<CampaignFormInput, unknown, CampaignFormValues>({
    resolver: zodResolver(campaignFormSchema),
    defaultValues: campaign?.values ?? empty,
  });
  const { register, handleSubmit, formState, setError } = form;
  const { failure, clear, accept } = useActionFailure(setError);
  const errors = formState.errors;

  // The browser has checked the input; the server parses the same raw input again with the same
  // schema (sending the parsed output would make dates null, which the input schema refuses).
  async function onSubmit() {
    const values = form.getValues();
    clear();
    const result = await action(campaign ? { id: campaign.id, version: campaign.version, values } : values);
    if (!accept(result)) return; // the message shows; what the user typed stays
    router.push(`/campaigns/${result.data.id}`);
    router.refresh();
  }

  return (
    <form method="post" onSubmit={handleSubmit(onSubmit)} noValidate className="max-w-2xl space-y-5">
      <ActionFailure failure={failure} currentHref={campaign && `/campaigns/${campaign.id}`} />
      <Field id="name" label="Name" required error={errors.name?.message}>
        <Input {...register("name")} autoComplete="off" />
      </Field>
      <Field id="summary" label="Summary" hint="One or two sentences shown in lists." error={errors.summary?.message}>
        <Input {...register("summary")} />
      </Field>
      <Field id="description" label="Description and goals" error={errors.description?.message}>
        <Textarea rows={6} {...register("description")} />
      </Field>
      <Field id="status" label="Status" required error={errors.status?.message}>
        <Select {...register("status")}>
          {editableCampaignStatuses.map((s) => (
            <option key={s} value={s}>
              {campaignStatusLabels[s]}
            </option>
          ))}
        </Select>
      </Field>
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="startsOn" label="Starts on" error={errors.startsOn?.message}>
          <Input type="date" {...register("startsOn")} />
        </Field>
        <Field id="endsOn" label="Ends on" error={errors.endsOn?.message}>
          <Input type="date" {...register("endsOn")} />
        </Field>
      </div>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : campaign ? "Save changes" : "Create campaign"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
