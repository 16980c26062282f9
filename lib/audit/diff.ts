// The fields that changed between two plain objects, as { field: { before, after } }.
export type Changes = Record<string, { before: unknown; after: unknown }>;

// Never copied into the audit log, whatever the entity.
const secretFields = new Set(["passwordHash", "rsvpTokenHash", "searchText"]);

function normalize(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  return value === undefined ? null : value;
}

export function diffChanges(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (secretFields.has(key) || key === "updatedAt" || key === "version") continue;
    const b = normalize(before?.[key]);
    const a = normalize(after?.[key]);
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
