// TOTP (RFC 6238: SHA-1, 6 digits, 30-second steps, what authenticator apps use) and the
// encryption of its secret at rest. No "server-only": the e2e fixture enrols demo accounts with it.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";

export const totpPeriod = 30;
const issuer = "Advocacy Desk";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function currentStep(now = Date.now()): number {
  return Math.floor(now / 1000 / totpPeriod);
}

export function totpCode(secretBase32: string, step = currentStep()): string {
  return TOTP.generate({ secret: Secret.fromBase32(secretBase32), timestamp: step * totpPeriod * 1000 });
}

/**
 * The time step a code belongs to, or null when it matches none. One step either side is accepted
 * for clock drift between the phone and the server; the caller refuses steps already used.
 */
export function matchingStep(secretBase32: string, code: string, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = TOTP.validate({ token: code, secret: Secret.fromBase32(secretBase32), timestamp: now, window: 1 });
  return delta === null ? null : currentStep(now) + delta;
}

export function otpauthUri(secretBase32: string, accountEmail: string): string {
  return new TOTP({ issuer, label: accountEmail, secret: Secret.fromBase32(secretBase32) }).toString();
}

// AES-256-GCM with a key derived from AUTH_SECRET: a database dump alone does not reveal secrets.
function key(purpose = "two-factor-secret-v1"): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret || secret.length < 16) throw new Error("AUTH_SECRET must be set to protect two-factor secrets.");
  return Buffer.from(hkdfSync("sha256", secret, "advocacy-desk", purpose, 32));
}

export function encryptSecret(secretBase32: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secretBase32, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(":");
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, data] = stored.split(":");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("Unreadable two-factor secret.");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}

/**
 * Recovery codes: 10 random characters (about 50 bits) shown as xxxxx-xxxxx. Stored as an HMAC
 * keyed from AUTH_SECRET, so a database dump alone cannot be searched for them offline.
 */
const alphabet = "abcdefghjkmnpqrstuvwxyz23456789"; // no 0/o, 1/l/i: often copied from paper
export function newRecoveryCode(): string {
  const chars = Array.from({ length: 10 }, () => alphabet[randomInt(alphabet.length)]).join("");
  return `${chars.slice(0, 5)}-${chars.slice(5)}`;
}

export function hashRecoveryCode(input: string): string {
  const normalized = input.trim().toLowerCase().replace(/[^a-z0-9]/g, "");
  return createHmac("sha256", key("two-factor-recovery-v1")).update(normalized).digest("hex");
}
