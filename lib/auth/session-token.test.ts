import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { authSecret, sessionCookie } from "./config";
import { sessionIdOf } from "./session-token";

// The cookie as Auth.js writes it at sign-in (lib/auth/auth.ts: the same secret and cookie name).
const cookieFor = (token: Record<string, unknown>, secret = authSecret()!, maxAge = 3600) =>
  encode({ token, secret, salt: sessionCookie.name, maxAge });

describe("the session id in the Auth.js cookie", () => {
  it("is read from the cookie Auth.js writes", async () => {
    const value = await cookieFor({ sid: "abc" });
    expect(await sessionIdOf([{ name: "other", value: "x" }, { name: sessionCookie.name, value }])).toBe("abc");
  });

  it("is read from a cookie split into chunks, in their order", async () => {
    const value = await cookieFor({ sid: "chunked" });
    const cut = Math.floor(value.length / 2);
    const jar = [
      { name: `${sessionCookie.name}.1`, value: value.slice(cut) },
      { name: `${sessionCookie.name}.0`, value: value.slice(0, cut) },
    ];
    expect(await sessionIdOf(jar)).toBe("chunked");
  });

  it("is null without a cookie, for a forged or tampered one, another key's, an expired one, or one without a sid", async () => {
    const good = await cookieFor({ sid: "abc" });
    expect(await sessionIdOf([])).toBeNull();
    expect(await sessionIdOf([{ name: sessionCookie.name, value: "not-a-jwe" }])).toBeNull();
    expect(await sessionIdOf([{ name: sessionCookie.name, value: good.slice(0, -4) + "AAAA" }])).toBeNull();
    expect(await sessionIdOf([{ name: sessionCookie.name, value: await cookieFor({ sid: "abc" }, "another-secret-of-enough-length") }])).toBeNull();
    expect(await sessionIdOf([{ name: sessionCookie.name, value: await cookieFor({ sid: "abc" }, undefined, -60) }])).toBeNull();
    expect(await sessionIdOf([{ name: sessionCookie.name, value: await cookieFor({ name: "no sid" }) }])).toBeNull();
    // Another cookie's name never counts, even with a valid token.
    expect(await sessionIdOf([{ name: "authjs.session-token-x", value: good }])).toBeNull();
  });

  describe("read again (kept per process after the first decryption)", () => {
    afterEach(() => void vi.useRealTimers());

    it("is the same session id, and null once the token has expired", async () => {
      const value = await cookieFor({ sid: "kept" }, undefined, 60);
      const jar = [{ name: sessionCookie.name, value }];
      expect(await sessionIdOf(jar)).toBe("kept");
      expect(await sessionIdOf(jar)).toBe("kept");
      // Auth.js accepts a token up to 15 s past its expiry (clock tolerance).
      vi.useFakeTimers({ now: Date.now() + 80_000, toFake: ["Date"] });
      expect(await sessionIdOf(jar)).toBeNull();
    });
  });
});
