import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { headers } from "next/headers";

// A guest's private RSVP link. The token is an HMAC of the invitation's id and the moment its link
// was (re)issued, under AUTH_SECRET: unguessable, recomputable by the server whenever a coordinator
// needs the link again, and never stored in clear. The database keeps only its SHA-256, looked up
// by an index, so a token reaches exactly one invitation; "Reset link" changes the moment, which
// retires the old token for good.

/** 32 bytes in base64url, no padding. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: RSVP links cannot be made.");
  return value;
}

export function rsvpToken(invitationId: string, createdAt: Date): string {
  return createHmac("sha256", secret()).update(`${invitationId}:${createdAt.toISOString()}`).digest("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** A token checked against the one the server would issue for this invitation now, in constant time. */
export function tokenMatches(token: string, invitationId: string, createdAt: Date): boolean {
  const expected = Buffer.from(rsvpToken(invitationId, createdAt));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * A new issuing moment and the hash to store. Milliseconds only, so the instant read back from
 * PostgreSQL (microseconds) is exactly the one the token was made from.
 */
export function issueToken(invitationId: string, now = new Date()): { createdAt: Date; hash: string } {
  const createdAt = new Date(Math.floor(now.getTime()));
  return { createdAt, hash: hashToken(rsvpToken(invitationId, createdAt)) };
}

/** The app's public origin: AUTH_URL when set (behind a proxy), else the request's own host. */
export async function appOrigin(): Promise<string> {
  const configured = process.env.AUTH_URL?.trim();
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto.split(",")[0].trim()}://${host.split(",")[0].trim()}`;
}

export function rsvpUrl(origin: string, token: string): string {
  return `${origin}/rsvp/${token}`;
}
