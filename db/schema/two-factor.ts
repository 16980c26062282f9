import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { id } from "./columns";
import { roleEnum, users } from "./users";

/**
 * A user's TOTP authenticator. The secret is AES-256-GCM encrypted with a key derived from
 * AUTH_SECRET, so a database dump alone cannot mint codes. `confirmedAt` stays null while the
 * user is scanning the QR code; only a confirmed row counts as "enrolled".
 */
export const userTwoFactor = pgTable("user_two_factor", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  secretEncrypted: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  // The last 30-second step a code was accepted for: a code is refused for any step <= this one.
  lastUsedStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One-time recovery codes, stored as sha-256 of a high-entropy code. */
export const twoFactorRecoveryCodes = pgTable(
  "two_factor_recovery_codes",
  {
    id: id(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("two_factor_recovery_codes_hash_key").on(t.userId, t.codeHash), index("two_factor_recovery_codes_user_idx").on(t.userId)],
);

/**
 * Security settings chosen by an admin: one row (id = 1). When the row is missing the defaults
 * apply (second factor required for admin and manager).
 */
export const securitySettings = pgTable(
  "security_settings",
  {
    id: integer().primaryKey().default(1),
    twoFactorRoles: roleEnum().array().notNull().default(sql`'{admin,manager}'::role[]`),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id, { onDelete: "set null" }),
    version: integer().notNull().default(1),
  },
  (t) => [check("security_settings_singleton", sql`${t.id} = 1`)],
);
