"use server";

import { defineAction } from "@/lib/action";
import { appealEmailSchema, emailSendPlan, sendAppealByEmail } from "@/lib/appeals/smtp";

// The data-access functions authorize against "appeal.write" and the appeal's visibility.

/** How many recipients "Send by e-mail" would reach now; asked by the button before it shows. */
export const emailPlanAction = defineAction({
  schema: appealEmailSchema,
  run: (data, user) => emailSendPlan(user, data.appealId),
});

export const sendAppealByEmailAction = defineAction({
  schema: appealEmailSchema,
  run: (data, user) => sendAppealByEmail(user, data.appealId),
  revalidate: [{ path: "/appeals", type: "layout" }],
});
