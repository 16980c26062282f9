import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { findSendersAction, logIncomingAction } from "@/app/(app)/incoming/actions";
import { IncomingForm } from "@/components/incoming/incoming-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/policy";
import { assignableUsers, INCOMING_CAPABILITY } from "@/lib/incoming/queries";

export const metadata: Metadata = { title: "Log a request for help" };

export default async function NewIncomingPage() {
  const user = await requirePageUser();
  if (!can(user.role, INCOMING_CAPABILITY)) notFound();
  const officers = await assignableUsers(user);
  return (
    <>
      <PageHeader title="Log a request for help" description="An appeal received from a person at risk, kept exactly as it arrived." />
      <IncomingForm officers={officers} today={new Date().toISOString().slice(0, 10)} actions={{ log: logIncomingAction, findSenders: findSendersAction }} />
    </>
  );
}
