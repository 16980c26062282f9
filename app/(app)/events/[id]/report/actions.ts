"use server";

import { defineAction, type RevalidateTarget } from "@/lib/action";
import { createFollowUpList, markNoShows, saveReport } from "@/lib/invitations/report";
import { eventRefSchema, reportUpdateSchema } from "@/lib/invitations/schema";

// Every page of the event shows the invitations (its detail page the funnel).
const eventPages: RevalidateTarget[] = [{ path: "/events", type: "layout" }];

export const saveReportAction = defineAction({
  schema: reportUpdateSchema,
  run: (data, user) => saveReport(user, data),
  revalidate: eventPages,
});

export const markNoShowsAction = defineAction({
  schema: eventRefSchema,
  run: (data, user) => markNoShows(user, data),
  revalidate: eventPages,
});

export const createFollowUpListAction = defineAction({
  schema: eventRefSchema,
  run: (data, user) => createFollowUpList(user, data),
  revalidate: [...eventPages, "/lists"],
});
