// What users read of the invitations' enums, without zod: client components import it directly, and
// ./schema.ts re-exports all of it (zod would add 30 KB to their pages' first load).
import { attendances, invitationAnswers, type Attendance, type InvitationAnswer } from "@/db/enums";

// The values are the database enums' (db/enums.ts); the labels are what users read.
export const answers = invitationAnswers;
export type Answer = InvitationAnswer;
export const answerLabels: Record<Answer, string> = { pending: "No answer yet", accepted: "Accepted", declined: "Declined", tentative: "Tentative" };

export { attendances, type Attendance };
export const attendanceLabels: Record<Attendance, string> = { unknown: "Not recorded", attended: "Attended", no_show: "No-show" };
