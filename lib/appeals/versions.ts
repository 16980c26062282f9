import "server-only";
import { and, desc, eq, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { appealBodyVersions, appeals, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import { appealVisibleTo } from "./visibility";

/**
 * Keeps the subject and body just saved as the appeal's next numbered version, in the caller's
 * transaction (the appeal row is locked there, so numbers never collide). Saves that change
 * neither keep no version.
 */
export async function recordBodyVersion(tx: Tx, user: Acting, appealId: string, text: { subject: string; bodyMarkdown: string }) {
  const [last] = await tx
    .select({ versionNo: appealBodyVersions.versionNo, subject: appealBodyVersions.subject, bodyMarkdown: appealBodyVersions.bodyMarkdown })
    .from(appealBodyVersions)
    .where(eq(appealBodyVersions.appealId, appealId))
    .orderBy(desc(appealBodyVersions.versionNo))
    .limit(1);
  if (last && last.subject === text.subject && last.bodyMarkdown === text.bodyMarkdown) return null;
  const [row] = await tx
    .insert(appealBodyVersions)
    .values({ appealId, versionNo: (last?.versionNo ?? 0) + 1, subject: text.subject, bodyMarkdown: text.bodyMarkdown, authorId: user.id })
    .returning({ versionNo: appealBodyVersions.versionNo });
  return row.versionNo;
}

/** Every saved version of the appeal's text, newest first, with who saved it and when. */
export const listVersions = dataAccess(async function listVersions(user: Acting, appealId: string) {
  authorize(user, "read");
  const [appeal] = await db
    .select({ id: appeals.id, title: appeals.title, status: appeals.status })
    .from(appeals)
    .where(and(eq(appeals.id, appealId), appealVisibleTo(user)));
  if (!appeal) throw new NotFoundError();
  const versions = await db
    .select({
      id: appealBodyVersions.id,
      versionNo: appealBodyVersions.versionNo,
      subject: appealBodyVersions.subject,
      bodyMarkdown: appealBodyVersions.bodyMarkdown,
      authorName: sql<string | null>`${users.name}`,
      createdAt: appealBodyVersions.createdAt,
    })
    .from(appealBodyVersions)
    .leftJoin(users, eq(users.id, appealBodyVersions.authorId))
    .where(eq(appealBodyVersions.appealId, appealId))
    .orderBy(desc(appealBodyVersions.versionNo));
  return { appeal, versions };
});
export type AppealVersion = Awaited<ReturnType<typeof listVersions>>["versions"][number];
