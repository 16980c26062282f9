// Dates in the reader's locale. The locale comes from the browser's Accept-Language header
// (lib/locale.ts), so a Polish reader sees 21.11.2026 and an American 11/21/2026.

export function formatDate(value: Date | string | null | undefined, locale: string): string {
  if (!value) return "—";
  // Plain dates ("2026-11-21") are calendar days, not instants: format them in UTC so no time
  // zone shifts them to the previous day.
  const date = typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: typeof value === "string" ? "UTC" : undefined }).format(date);
}

export function formatDateTime(value: Date | null | undefined, locale: string, timeZone?: string): string {
  if (!value) return "—";
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(value);
}
