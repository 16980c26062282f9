import "server-only";

/** Whose invitation this is: the organization line of LETTER_SENDER ("name|foundation|address"), else its only line. */
export function foundationName(): string {
  const lines = (process.env.LETTER_SENDER || "Advocacy Desk")
    .split("|")
    .map((l) => l.trim())
    .filter(Boolean);
  return lines[1] ?? lines[0] ?? "Advocacy Desk";
}
