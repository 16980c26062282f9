// What the "Add to list" controls share with the list actions, kept free of zod (see ./schema.ts,
// which re-exports all of it): client components import it directly.

/** "Add all N matches" adds at most this many contacts in one go; more must be narrowed down. */
export const ADD_ALL_LIMIT = 10_000;
/** Ids one "Add selected" / "Add to list" request may carry. */
export const ADD_IDS_LIMIT = 1_000;

export type AddResult = { added: number; alreadyMembers: number };

/** The message shown after adding, in one place for every screen that adds. */
export function addResultMessage({ added, alreadyMembers }: AddResult): string {
  const contacts = (n: number) => `${n.toLocaleString("en")} ${n === 1 ? "contact" : "contacts"}`;
  const first = added === 0 ? "No contact was added." : `Added ${contacts(added)} to the list.`;
  if (alreadyMembers === 0) return first;
  return `${first} ${contacts(alreadyMembers)} ${alreadyMembers === 1 ? "was" : "were"} already ${alreadyMembers === 1 ? "a member" : "members"}.`;
}
