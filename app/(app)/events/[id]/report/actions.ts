"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { createFollowUpList, markNoShows, saveReport } from "@/lib/invitations/report";
import { eventRefSchema, reportUpdateSchema } from "@/lib/invitations/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("event.write").

// Every page of the event shows the invitations (its detail page the funnel).
const refresh = () => revalidatePath("/events", "layout");

export async function saveReportAction(input: unknown) {
  const result = await runAction(reportUpdateSchema, input, (data, user) => saveReport(user, data));
  if (result.ok) refresh();
  return result;
}

export async function markNoShowsAction(input: unknown) {
  const result = await runAction(eventRefSchema, input, (data, user) => markNoShows(user, data));
  if (result.ok) refresh();
  return result;
}

export async function createFollowUpListAction(input: unknown) {
  const result = await runAction(eventRefSchema, input, (data, user) => createFollowUpList(user, data));
  if (result.ok) {
    refresh();
    revalidatePath("/lists");
  }
  return result;
}
