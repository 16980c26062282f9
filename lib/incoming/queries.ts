import "server-only";
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { cases, contacts, incomingAppeals, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { policy } from "@/lib/auth/policy";
import { NotFoundError } from "@/lib/errors";
import { textMatch } from "@/lib/search/match";
import { openIncomingStatuses, type IncomingListParams } from "./schema";
import { incomingVisibleTo } from "./visibility";

export const INCOMING_PAGE_SIZE = 25;

// Reading incoming appeals needs "case.write" (officers, managers, admins), not "read": they are
// requests from people at risk, often naming relatives, places and threats, so viewers (interns,
// partners) and coordinators do not see them. Until the policy has a dedicated capability for
// them, every read and write of this section checks "case.write".
export const INCOMING_CAPABILITY = "case.write" as const;

/** Due date passed and no decision yet. */
const overdue = sql<boolean>`(${incomingAppeals.dueOn} < current_date AND ${inArray(incomingAppeals.status, [...openIncomingStatuses])})`;

export const listIncoming = dataAccess(async function listIncoming(user: Acting, params: IncomingListParams) {
  authorize(user, INCOMING_CAPABILITY);
  const filters: SQL[] = [incomingVisibleTo(user)];
  if (params.status === "open") filters.push(inArray(incomingAppeals.status, [...openIncomingStatuses]));
  else if (params.status !== "all") filters.push(eq(incomingAppeals.status, params.status));
  if (params.assigned === "me") filters.push(eq(incomingAppeals.assignedToId, user.id));
  else if (params.assigned === "unassigned") filters.push(isNull(incomingAppeals.assignedToId));
  else if (params.assigned) filters.push(eq(incomingAppeals.assignedToId, params.assigned));
  if (params.channel) filters.push(eq(incomingAppeals.channel, params.channel));
  if (params.overdue) filters.push(overdue);
  const match = textMatch(incomingAppeals.searchText, params.q);
  if (match) filters.push(match.where);
  const where = and(...filters);

  const order = {
    received: [desc(incomingAppeals.receivedOn), desc(incomingAppeals.createdAt)],
    due: [sql`${incomingAppeals.dueOn} ASC NULLS LAST`, desc(incomingAppeals.receivedOn)],
  }[params.sort];

  const assignee = alias(users, "assignee");
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: incomingAppeals.id,
        senderName: incomingAppeals.senderName,
        requestSummary: incomingAppeals.requestSummary,
        receivedOn: incomingAppeals.receivedOn,
        channel: incomingAppeals.channel,
        status: incomingAppeals.status,
        dueOn: incomingAppeals.dueOn,
        overdue,
        assigneeName: assignee.name,
      })
      .from(incomingAppeals)
      .leftJoin(assignee, eq(assignee.id, incomingAppeals.assignedToId))
      .where(where)
      // With a search, the closest come first; the chosen sort breaks ties.
      .orderBy(...(match ? [match.rank] : []), ...order, asc(incomingAppeals.id))
      .limit(INCOMING_PAGE_SIZE)
      .offset((params.page - 1) * INCOMING_PAGE_SIZE),
    db.select({ total: count() }).from(incomingAppeals).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: INCOMING_PAGE_SIZE };
});

export const getIncoming = dataAccess(async function getIncoming(user: Acting, id: string) {
  authorize(user, INCOMING_CAPABILITY);
  const assignee = alias(users, "assignee");
  const creator = alias(users, "creator");
  const [row] = await db
    .select({
      id: incomingAppeals.id,
      senderName: incomingAppeals.senderName,
      senderContactId: incomingAppeals.senderContactId,
      senderContactName: contacts.fullName,
      receivedOn: incomingAppeals.receivedOn,
      channel: incomingAppeals.channel,
      language: incomingAppeals.language,
      originalText: incomingAppeals.originalText,
      requestSummary: incomingAppeals.requestSummary,
      status: incomingAppeals.status,
      assignedToId: incomingAppeals.assignedToId,
      assigneeName: assignee.name,
      dueOn: incomingAppeals.dueOn,
      overdue,
      // The appeal shows only to those who may see its case (incomingVisibleTo), so the case may too.
      caseId: cases.id,
      caseName: cases.primaryName,
      referredTo: incomingAppeals.referredTo,
      declineReason: incomingAppeals.declineReason,
      createdAt: incomingAppeals.createdAt,
      createdByName: creator.name,
      updatedAt: incomingAppeals.updatedAt,
      version: incomingAppeals.version,
    })
    .from(incomingAppeals)
    .leftJoin(contacts, eq(contacts.id, incomingAppeals.senderContactId))
    .leftJoin(assignee, eq(assignee.id, incomingAppeals.assignedToId))
    .leftJoin(creator, eq(creator.id, incomingAppeals.createdById))
    .leftJoin(cases, eq(cases.id, incomingAppeals.caseId))
    .where(and(eq(incomingAppeals.id, id), incomingVisibleTo(user)));
  if (!row) throw new NotFoundError();
  return row;
});

/** Who an appeal may be assigned to: active users of the roles that handle incoming appeals. */
export const assignableUsers = dataAccess(async function assignableUsers(user: Acting) {
  authorize(user, INCOMING_CAPABILITY);
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, [...policy[INCOMING_CAPABILITY]])))
    .orderBy(asc(users.name), asc(users.id));
});
