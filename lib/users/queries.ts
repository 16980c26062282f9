import "server-only";
import { and, asc, count, eq, gt, ilike, isNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { sessions, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { NotFoundError } from "@/lib/errors";
import type { UserListParams } from "./schema";

export const USER_PAGE_SIZE = 25;

/** `%` and `_` typed by the user are literal characters, not wildcards. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export const listUsers = dataAccess(async function listUsers(user: Acting, params: UserListParams) {
  authorize(user, "user.manage");
  const filters: SQL[] = [];
  if (params.q) {
    const pattern = containsPattern(params.q);
    filters.push(or(ilike(users.name, pattern), ilike(users.email, pattern))!);
  }
  if (params.role !== "all") filters.push(eq(users.role, params.role));
  if (params.status !== "all") filters.push(eq(users.active, params.status === "active"));
  const where = filters.length ? and(...filters) : undefined;

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: users.id,
        name: users.name,
        email: users.email,
        role: users.role,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
        lastSignInAt: users.lastSignInAt,
      })
      .from(users)
      .where(where)
      .orderBy(asc(users.name), asc(users.id))
      .limit(USER_PAGE_SIZE)
      .offset((params.page - 1) * USER_PAGE_SIZE),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: USER_PAGE_SIZE };
});

export const getUser = dataAccess(async function getUser(user: Acting, id: string) {
  authorize(user, "user.manage");
  const [[row], [{ openSessions }]] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        active: users.active,
        mustChangePassword: users.mustChangePassword,
        lastSignInAt: users.lastSignInAt,
        passwordChangedAt: users.passwordChangedAt,
        createdAt: users.createdAt,
        updatedAt: users.updatedAt,
        version: users.version,
      })
      .from(users)
      .where(eq(users.id, id)),
    db
      .select({ openSessions: count() })
      .from(sessions)
      .where(and(eq(sessions.userId, id), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`))),
  ]);
  if (!row) throw new NotFoundError();
  return { ...row, openSessions };
});
