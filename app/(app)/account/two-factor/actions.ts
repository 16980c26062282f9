"use server";

import { defineAction } from "@/lib/action";
import { getSessionState } from "@/lib/auth/current-user";
import { confirmEnrolment, disableOwnTwoFactor, regenerateRecoveryCodes } from "@/lib/auth/two-factor";
import { codeSchema } from "@/lib/auth/two-factor-schema";

// A signed-in user's own second factor. Each one needs a current code from the app (the data
// layer checks it, throttled), so a borrowed session alone cannot weaken the account.

export const confirmAccountEnrolmentAction = defineAction({
  schema: codeSchema,
  run: async (data, user) => {
    // This session gave the first code: it stays signed in once the second factor exists.
    const session = await getSessionState();
    return { recoveryCodes: await confirmEnrolment(user, session?.sid, data.code) };
  },
});

export const regenerateRecoveryCodesAction = defineAction({
  schema: codeSchema,
  run: async (data, user) => ({ recoveryCodes: await regenerateRecoveryCodes(user, data.code) }),
});

export const disableTwoFactorAction = defineAction({
  schema: codeSchema,
  run: (data, user) => disableOwnTwoFactor(user, data.code),
  revalidate: ["/account"],
});
