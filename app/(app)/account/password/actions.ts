"use server";

import { defineAction } from "@/lib/action";
import { getSessionState } from "@/lib/auth/current-user";
import { changePasswordSchema } from "@/lib/auth/schema";
import { changeOwnPassword } from "@/lib/users/mutations";

// The current password is verified by the data-access layer; the session id from the cookie tells
// it which session to keep open while the others are revoked. The one action allowed while a
// temporary password is held.
export const changeOwnPasswordAction = defineAction({
  schema: changePasswordSchema,
  passwordChange: true,
  run: async (data, user) => {
    const session = await getSessionState();
    return changeOwnPassword(user, data, session?.sid);
  },
  revalidate: [{ path: "/", type: "layout" }],
});
