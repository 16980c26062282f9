// One line saying what a contact does: "Member of the European Parliament", not "Member of the
// European Parliament, European Parliament". Titles copied from reports often already name the
// institution; then the organization is not repeated. Pure: used by server and client components.

const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The title and the organization joined by a comma, each only once; "" when there is neither. */
export function titleWithOrganization(title: string | null | undefined, organization: string | null | undefined): string {
  const t = title?.trim() ?? "";
  const o = organization?.trim() ?? "";
  if (!t || !o) return t || o;
  const ft = fold(t);
  const fo = fold(o);
  // Whole words only: "EP" inside "Deputy" is no repetition.
  if (` ${ft} `.includes(` ${fo} `)) return t;
  if (` ${fo} `.includes(` ${ft} `)) return o;
  return `${t}, ${o}`;
}
