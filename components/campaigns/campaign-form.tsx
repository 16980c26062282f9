"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import { campaignStatusLabels, editableCampaignStatuses } from "@/lib/campaigns/labels";
import type { CampaignFormInput, CampaignFormValues } from "@/lib/campaigns/schema";
import type { ServerAction } from "@/lib/action";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/campaigns/schema").then((m) => m.campaignFormSchema));

type Props = {
  campaign?: { id: string; version: number; values: CampaignFormInput };
  /** createCampaignAction for a new campaign, updateCampaignAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty: CampaignFormInput = { name: "", summary: "", description: "", status: "planned", startsOn: "", endsOn: "" };

export function CampaignForm({ campaign, action }: Props) {
  const router = useRouter();
  const form = useForm<CampaignFormInput, unknown, CampaignFormValues>({
    resolver,
    defaultValues: campaign?.values ?? empty,
  });
  const { register, handleSubmit, formState } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, campaign, "/campaigns");
  const errors = formState.errors;

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-2xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
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
          <EnumOptions values={editableCampaignStatuses} labels={campaignStatusLabels} />
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
