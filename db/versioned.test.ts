import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { caseVisibleTo } from "../lib/cases/visibility";
import { NotFoundError, StaleError, ValidationError } from "../lib/errors";
import { createTestUser, unique } from "../tests/helpers";
import { db } from "./client";
import { cases, contactLists } from "./schema";
import { bump, lockVersioned } from "./versioned";

const aList = async (updatedAt?: Date) =>
  (await db.insert(contactLists).values({ name: unique("Versioned list"), ...(updatedAt ? { updatedAt } : {}) }).returning())[0];

describe("lockVersioned", () => {
  it("returns the locked row, typed by its table, when the version is current or not given", async () => {
    const list = await aList();
    const row = await db.transaction((tx) => lockVersioned(tx, contactLists, list.id, list.version));
    expect(row).toEqual(list);
    expect((await db.transaction((tx) => lockVersioned(tx, contactLists, list.id))).name).toBe(list.name);
  });

  it("answers a missing row with NotFoundError, or the message or error the caller gives", async () => {
    const missing = randomUUID();
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, missing, 1))).rejects.toThrow(NotFoundError);
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, missing, 1))).rejects.toThrow(new NotFoundError().message);
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, missing, undefined, { notFound: "This list no longer exists." }))).rejects.toThrow(
      "This list no longer exists.",
    );
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, missing, undefined, { notFound: () => new ValidationError("Gone.") }))).rejects.toThrow(
      ValidationError,
    );
  });

  it("answers an older version with StaleError, with the default message or the caller's", async () => {
    const list = await aList();
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, list.id, list.version + 1))).rejects.toThrow(StaleError);
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, list.id, list.version - 1))).rejects.toThrow(new StaleError().message);
    await expect(db.transaction((tx) => lockVersioned(tx, contactLists, list.id, 0, { stale: "Changed meanwhile." }))).rejects.toThrow("Changed meanwhile.");
  });

  it("answers a row failing the extra condition (a restricted case) exactly like a missing one, before any version check", async () => {
    const officer = { ...(await createTestUser("officer")) };
    const manager = { ...(await createTestUser("manager")) };
    const [hidden] = await db.insert(cases).values({ primaryName: unique("Hidden person"), restricted: true, searchText: "hidden person" }).returning();
    const asOfficer = (version: number) => db.transaction((tx) => lockVersioned(tx, cases, hidden.id, version, { where: caseVisibleTo(officer) }));
    await expect(asOfficer(hidden.version)).rejects.toThrow(NotFoundError);
    // Even a wrong version says "not found": whether the row exists is not revealed.
    await expect(asOfficer(hidden.version + 1)).rejects.toThrow(NotFoundError);
    const seen = await db.transaction((tx) => lockVersioned(tx, cases, hidden.id, hidden.version, { where: caseVisibleTo(manager) }));
    expect(seen.id).toBe(hidden.id);
  });

  it("holds the row: a second lock waits until the first transaction ends", async () => {
    const list = await aList();
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const first = db.transaction(async (tx) => {
      await lockVersioned(tx, contactLists, list.id, list.version);
      locked();
      await held;
      await tx.update(contactLists).set({ name: `${list.name} (first)`, ...bump(contactLists) }).where(eq(contactLists.id, list.id));
      order.push("first");
    });
    await isLocked;
    // The second edit saw the same version: once the first commits, it is stale.
    // Its outcome is taken at once: it may fail while the test still awaits the first.
    const second = db
      .transaction(async (tx) => {
        await lockVersioned(tx, contactLists, list.id, list.version);
        order.push("second");
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    await new Promise((r) => setTimeout(r, 100));
    release();
    await first;
    expect(await second).toBeInstanceOf(StaleError);
    expect(order).toEqual(["first"]);
  });
});

describe("bump", () => {
  it("adds one to the version and sets updated_at to now", async () => {
    const old = new Date("2020-01-01T00:00:00Z");
    const list = await aList(old);
    const [after] = await db.update(contactLists).set({ description: "changed", ...bump(contactLists) }).where(eq(contactLists.id, list.id)).returning();
    expect(after.version).toBe(list.version + 1);
    expect(after.updatedAt.getTime()).toBeGreaterThan(old.getTime());
    expect(Date.now() - after.updatedAt.getTime()).toBeLessThan(60_000);
    const [again] = await db.update(contactLists).set(bump(contactLists)).where(eq(contactLists.id, list.id)).returning();
    expect(again.version).toBe(list.version + 2);
  });
});
