"use server";

import { defineAction } from "@/lib/action";
import { addWalkIn, setAttendance } from "@/lib/invitations/check-in";
import { attendanceSchema, walkInSchema } from "@/lib/invitations/schema";

export const setAttendanceAction = defineAction({
  schema: attendanceSchema,
  run: (data, user) => setAttendance(user, data),
  revalidate: [{ path: "/events", type: "layout" }],
});

export const addWalkInAction = defineAction({
  schema: walkInSchema,
  run: (data, user) => addWalkIn(user, data),
  revalidate: [{ path: "/events", type: "layout" }],
});
