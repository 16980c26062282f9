import "server-only";
import { and, asc, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { auditEntries, users } from "@/db/schema";
import { authorize, type Acting } from "@/lib/auth/authorize";
import { dataAccess } from "@/lib/auth/data-access";
import { optionalDateParam } from "@/lib/dates";

export const AUDIT_PAGE_SIZE = 50;

const optionalText = z.string().trim().max(100).optional().catch(undefined).transform((v) => v || undefined);

/** The audit log's URL parameters; anything malformed is ignored rather than refused. */
export const auditListSchema = z.object({
  actor: z.uuid().optional().catch(undefined),
  entity: optionalText,
  entityId: optionalText,
  action: optionalText,
  /** Calendar days, inclusive, in UTC. */
  from: optionalDateParam,
  to: optionalDateParam,
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditListParams = z.output<typeof auditListSchema>;

const dayStart = (day: string) => new Date(`${day}T00:00:00Z`);
const dayAfter = (day: string) => new Date(dayStart(day).getTime() + 86_400_000);

/** Newest first, filtered and paginated in SQL. */
export const listAuditEntries = dataAccess(async function listAuditEntries(user: Acting, params: AuditListParams) {
  authorize(user, "audit.read");
  const filters: SQL[] = [];
  if (params.actor) filters.push(eq(auditEntries.actorId, params.actor));
  if (params.entity) filters.push(eq(auditEntries.entity, params.entity));
  if (params.entityId) filters.push(eq(auditEntries.entityId, params.entityId));
  if (params.action) filters.push(eq(auditEntries.action, params.action));
  if (params.from) filters.push(gte(auditEntries.at, dayStart(params.from)));
  if (params.to) filters.push(lt(auditEntries.at, dayAfter(params.to)));
  const where = filters.length ? and(...filters) : undefined;

  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: auditEntries.id,
        at: auditEntries.at,
        actorId: auditEntries.actorId,
        actorEmail: auditEntries.actorEmail,
        action: auditEntries.action,
        entity: auditEntries.entity,
        entityId: auditEntries.entityId,
        summary: auditEntries.summary,
        changes: auditEntries.changes,
      })
      .from(auditEntries)
      .where(where)
      .orderBy(desc(auditEntries.at), desc(auditEntries.id))
      .limit(AUDIT_PAGE_SIZE)
      .offset((params.page - 1) * AUDIT_PAGE_SIZE),
    db.select({ total: count() }).from(auditEntries).where(where),
  ]);
  return { rows, total, page: params.page, pageSize: AUDIT_PAGE_SIZE };
});

/** The choices of the filter form: every user (actors are users), entities and actions seen so far. */
export const getAuditFilterOptions = dataAccess(async function getAuditFilterOptions(user: Acting) {
  authorize(user, "audit.read");
  const [actors, entities, actions] = await Promise.all([
    db.select({ id: users.id, email: users.email, name: users.name }).from(users).orderBy(asc(users.email)),
    db.selectDistinct({ entity: auditEntries.entity }).from(auditEntries).orderBy(asc(auditEntries.entity)),
    db.selectDistinct({ action: auditEntries.action }).from(auditEntries).orderBy(asc(auditEntries.action)),
  ]);
  return { actors, entities: entities.map((e) => e.entity), actions: actions.map((a) => a.action) };
});
