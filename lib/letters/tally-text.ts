// The tally in words: "24 MEPs from 14 member states, 4 political groups — target 20 reached".
// Pure, so the sentence is tested exactly and rendered the same everywhere.
import type { ParliamentaryBody } from "@/lib/contacts/schema";

const nouns: Record<ParliamentaryBody | "other", { member: [string, string]; country: [string, string] }> = {
  european_parliament: { member: ["MEP", "MEPs"], country: ["member state", "member states"] },
  pace: { member: ["PACE member", "PACE members"], country: ["member state", "member states"] },
  osce_pa: { member: ["OSCE PA member", "OSCE PA members"], country: ["participating State", "participating States"] },
  national_parliament: { member: ["parliamentarian", "parliamentarians"], country: ["country", "countries"] },
  other: { member: ["signatory", "signatories"], country: ["country", "countries"] },
};

const plural = (n: number, [one, many]: [string, string]) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export type TallySummary = {
  body: ParliamentaryBody | null;
  /** the count shown: the published one when set, else the signatures on file */
  signatures: number;
  countries: number;
  groups: number;
  target: number | null;
  /** signatures on file, when a published count is shown instead: the breakdown covers only these */
  onFile?: number;
};

export function tallySentence({ body, signatures, countries, groups, target, onFile }: TallySummary): string {
  const n = nouns[body ?? "other"];
  const spread = `${plural(countries, n.country)}, ${plural(groups, ["political group", "political groups"])}`;
  // A published count larger than the names on file: the spread is only known for those on file.
  let text =
    onFile === undefined || onFile === signatures
      ? `${plural(signatures, n.member)} from ${spread}`
      : `${plural(signatures, n.member)} (published count; ${onFile.toLocaleString("en")} on file from ${spread})`;
  if (target) text += signatures >= target ? ` — target ${target} reached` : ` — ${target - signatures} to go to the target of ${target}`;
  return text;
}
