"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { auth } from "@/lib/auth/auth";
import { changePasswordSchema } from "@/lib/auth/schema";
import { changeOwnPassword } from "@/lib/users/mutations";

// Public endpoint: the current password is verified by the data-access layer; the session id
// from the cookie tells it which session to keep open while the others are revoked.
export async function changeOwnPasswordAction(input: unknown) {
  const result = await runAction(changePasswordSchema, input, async (data, user) => {
    const session = await auth();
    return changeOwnPassword(user, data, session?.sid);
  }, { passwordChange: true });
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
