"use server";

import { revalidatePath } from "next/cache";
import { runAction } from "@/lib/action";
import { addWalkIn, setAttendance } from "@/lib/invitations/check-in";
import { attendanceSchema, walkInSchema } from "@/lib/invitations/schema";

// Public endpoints: each parses its input, gets the session user, and the data-access function
// authorizes against the policy ("event.write").

export async function setAttendanceAction(input: unknown) {
  const result = await runAction(attendanceSchema, input, (data, user) => setAttendance(user, data));
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}

export async function addWalkInAction(input: unknown) {
  const result = await runAction(walkInSchema, input, (data, user) => addWalkIn(user, data));
  if (result.ok) revalidatePath("/events", "layout");
  return result;
}
