"use client";

import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import type { ServerAction } from "@/lib/action";
import type { ContactFormInput, ContactFormValues } from "@/lib/contacts/schema";
import { ChannelFields } from "./channel-fields";
import { IdentityFields, ParliamentFields, PostalFields, type OrganizationOption } from "./contact-form-fields";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/contacts/schema").then((m) => m.contactFormSchema));

type Props = {
  contact?: { id: string; version: number; values: ContactFormInput };
  organizations: OrganizationOption[];
  /** createContactAction for a new contact, updateContactAction for an existing one */
  action: ServerAction<{ id: string }>;
};

export const emptyContactForm: ContactFormInput = {
  kind: "person", honorific: "", firstName: "", lastName: "", fullName: "", nameNative: "", title: "", organizationId: "",
  newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl: "", salutation: "",
  language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "",
  doNotContact: false, doNotContactReason: "", emails: [], phones: [],
};

export function ContactForm({ contact, organizations, action }: Props) {
  const router = useRouter();
  const form = useForm<ContactFormInput, unknown, ContactFormValues>({
    resolver,
    defaultValues: contact?.values ?? emptyContactForm,
  });
  const { handleSubmit, formState } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, contact, "/contacts");
  // The field sections only read and register; they do not care about the parsed output type.
  const fieldsForm = form as unknown as Parameters<typeof ChannelFields>[0]["form"];

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-3xl space-y-6">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <IdentityFields form={fieldsForm} organizations={organizations} />
      <ChannelFields form={fieldsForm} name="emails" />
      <ChannelFields form={fieldsForm} name="phones" />
      <PostalFields form={fieldsForm} />
      <ParliamentFields form={fieldsForm} />
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : contact ? "Save changes" : "Create contact"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
