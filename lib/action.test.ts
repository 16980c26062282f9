import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/sessions";
import { AuthError, PasswordChangeRequired, StaleError } from "@/lib/errors";
import { defineAction } from "./action";

let caller: SessionUser | null = null;
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => caller }));
const revalidatePath = vi.fn();
vi.mock("next/cache", () => ({ revalidatePath: (...args: unknown[]) => revalidatePath(...args) }));

const officer: SessionUser = { id: "u1", email: "officer@example.org", name: "Officer", role: "officer", mustChangePassword: false };
const schema = z.object({ id: z.string().min(1, "Required.") });

describe("defineAction", () => {
  beforeEach(() => {
    caller = officer;
    revalidatePath.mockClear();
  });

  it("parses, passes the session user to run, revalidates every listed path in order and returns run's data", async () => {
    const run = vi.fn(async (data: { id: string }, user: SessionUser) => ({ id: data.id, by: user.id }));
    const action = defineAction({ schema, run, revalidate: ["/things", { path: "/things", type: "layout" }, false, null, undefined, ""] });
    expect(await action({ id: "a" })).toEqual({ ok: true, data: { id: "a", by: "u1" } });
    expect(run).toHaveBeenCalledWith({ id: "a" }, officer);
    expect(revalidatePath.mock.calls).toEqual([["/things"], ["/things", "layout"]]);
  });

  it("computes the paths from the parsed input and the result", async () => {
    const action = defineAction({
      schema,
      run: async (data) => ({ parentId: `p-${data.id}` }),
      revalidate: (data, result) => [`/things/${data.id}`, { path: `/parents/${result.parentId}`, type: "page" }],
    });
    await action({ id: "a" });
    expect(revalidatePath.mock.calls).toEqual([["/things/a"], ["/parents/p-a", "page"]]);
  });

  it("revalidates nothing when the input, the session or run fails", async () => {
    const revalidate = vi.fn(() => ["/things"]);
    const stale = defineAction({ schema, run: async () => Promise.reject(new StaleError()), revalidate });
    expect(await stale({ id: "a" })).toMatchObject({ ok: false, stale: true });
    expect(await stale({ id: "" })).toMatchObject({ ok: false, fieldErrors: { id: ["Required."] } });
    caller = null;
    const ok = defineAction({ schema, run: async () => null, revalidate });
    expect(await ok({ id: "a" })).toEqual({ ok: false, formError: new AuthError().message });
    expect(revalidate).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("refuses a user holding a temporary password unless the action is the password change", async () => {
    caller = { ...officer, mustChangePassword: true };
    const run = async () => "changed";
    expect(await defineAction({ schema, run })({ id: "a" })).toEqual({ ok: false, formError: new PasswordChangeRequired().message });
    expect(await defineAction({ schema, run, passwordChange: true })({ id: "a" })).toEqual({ ok: true, data: "changed" });
  });

  it("is a function returning a promise, as Next requires of a \"use server\" export", async () => {
    const action = defineAction({ schema, run: async () => null });
    expect(typeof action).toBe("function");
    const pending = action({ id: "a" });
    expect(pending).toBeInstanceOf(Promise);
    await pending;
  });
});
