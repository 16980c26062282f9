// Deterministic ids for demo rows: the same key gives the same uuid on every run and machine, so a
// second seed run hits primary keys that exist and `onConflictDoNothing()` skips them.
import { createHash } from "node:crypto";

const namespace = "advocacy-desk/demo-seed/v1";

/** A uuid in the version-5 layout: sha-1 over a fixed namespace and the key. */
export function seedId(key: string): string {
  const hash = createHash("sha1").update(namespace).update("\0").update(key).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Looks a key up in a map built from the data modules; a typo fails the seed loudly. */
export function must<T>(map: Map<string, T>, key: string, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data: unknown ${what} "${key}"`);
  return value;
}
