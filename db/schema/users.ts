import { sql } from "drizzle-orm";
import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { roles } from "../enums";
import { editable, id } from "./columns";

export const roleEnum = pgEnum("role", roles);

export const users = pgTable(
  "users",
  {
    id: id(),
    email: text().notNull(),
    name: text().notNull(),
    role: roleEnum().notNull().default("viewer"),
    passwordHash: text().notNull(),
    active: boolean().notNull().default(true),
    mustChangePassword: boolean().notNull().default(false),
    lastSignInAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }),
    ...editable,
  },
  (t) => [uniqueIndex("users_email_key").on(sql`lower(${t.email})`), index("users_role_idx").on(t.role)],
);

/**
 * Server-side sessions. The Auth.js cookie only carries this row's id; every request looks the row
 * up, so sign-out, deactivation and role changes take effect on the user's very next request.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text().primaryKey(), // sha-256 of the random session id held in the signed cookie
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    userAgent: text(),
    // How this session satisfied the second factor: "totp" / "recovery" (the code step), "sso"
    // (the identity provider's own), or null: none given yet (owed if the user has an
    // authenticator or their role requires one, decided per request). "none" is legacy: read as null.
    secondFactor: text().$type<"totp" | "recovery" | "sso" | "none">(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Failed sign-in attempts per e-mail, shared by every app process. */
export const loginThrottle = pgTable("login_throttle", {
  email: text().primaryKey(), // lower-cased
  failures: integer().notNull().default(0),
  windowStartedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp({ withTimezone: true }),
});
