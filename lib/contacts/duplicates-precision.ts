// How far the duplicate suggestions can be trusted: hand-labelled pairs of contacts
// (testdata/duplicate-pairs.json: the same person across scripts and spellings, or namesakes and
// relatives with one surname) are written into an otherwise empty database through the real
// writer, the real suggestions (listDuplicatePairs, every page) are read back, and each suggested
// pair is judged by the records' `person` keys. Shared by the test (its floors) and
// `npm run contacts:duplicates-score` (its printout).
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Acting } from "@/lib/auth/authorize";
import { createOrganization } from "@/lib/organizations/mutations";
import { organizationFormSchema } from "@/lib/organizations/schema";
import { listDuplicatePairs, type DuplicatePair } from "./duplicates";
import { createContact } from "./mutations";
import { contactFormSchema } from "./schema";

export type LabelledSide = {
  /** Who the record is: two records with one key are one person (also across pairs). */
  person: string;
  fullName: string;
  nameNative?: string;
  title?: string;
  organization?: string;
  country?: string;
  emails?: string[];
  phones?: string[];
};
export type LabelledPair = { id: string; label: "same" | "different"; note: string; a: LabelledSide; b: LabelledSide };

export const labelledPairsFile = path.join(process.cwd(), "lib", "contacts", "testdata", "duplicate-pairs.json");

export function readLabelledPairs(file = labelledPairsFile): LabelledPair[] {
  const pairs = JSON.parse(readFileSync(file, "utf8")) as LabelledPair[];
  for (const p of pairs) {
    // The label and the person keys say the same thing, or the file is wrong.
    if ((p.a.person === p.b.person) !== (p.label === "same")) throw new Error(`${p.id}: label "${p.label}" contradicts the person keys`);
  }
  return pairs;
}

type Loaded = { id: string; pair: LabelledPair; side: "a" | "b"; record: LabelledSide };

/** Writes both sides of every pair as contacts (the form's writer: search text, E.164 phones). */
export async function loadLabelledPairs(officer: Acting, pairs: LabelledPair[]): Promise<Map<string, Loaded>> {
  const organizations = new Map<string, string>();
  const loaded = new Map<string, Loaded>();
  for (const pair of pairs) {
    for (const side of ["a", "b"] as const) {
      const r = pair[side];
      let organizationId = "";
      if (r.organization) {
        if (!organizations.has(r.organization)) {
          const values = organizationFormSchema.parse({ name: r.organization, nameNative: "", acronym: "", kind: "other", country: "", website: "", postalAddress: "", notes: "" });
          organizations.set(r.organization, (await createOrganization(officer, values)).id);
        }
        organizationId = organizations.get(r.organization)!;
      }
      const values = contactFormSchema.parse({
        kind: "person", honorific: "", firstName: "", lastName: "", fullName: r.fullName, nameNative: r.nameNative ?? "", title: r.title ?? "",
        organizationId, newOrganizationName: "", department: "", institutionType: "", country: r.country ?? "", postalAddress: "",
        webFormUrl: "", salutation: "", language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "",
        notes: "", doNotContact: false, doNotContactReason: "",
        emails: (r.emails ?? []).map((value, i) => ({ value, label: "", primary: i === 0 })),
        phones: (r.phones ?? []).map((value, i) => ({ value, label: "", primary: i === 0 })),
      });
      const { id } = await createContact(officer, values);
      loaded.set(id, { id, pair, side, record: r });
    }
  }
  return loaded;
}

export type Verdict = {
  pair: LabelledPair;
  suggested: boolean;
  /** Right: suggested and the same person, or not suggested and different people. */
  right: boolean;
  reasons: string[];
};
export type CrossPair = { a: Loaded; b: Loaded; same: boolean; reasons: string[] };
export type DuplicatesScore = {
  verdicts: Verdict[];
  /** Suggested pairs between records of different labelled pairs. */
  cross: CrossPair[];
  /** Listed last as sharing an e-mail or phone with unlike names (not suggested), and how many of them are one person. */
  sharedOnly: number;
  sharedOnlySame: number;
  suggested: number;
  suggestedSame: number;
  precision: number;
  labelledSame: number;
  labelledSameSuggested: number;
  recall: number;
};

/** Every suggested pair, read page after page as the duplicates screen does. */
async function allSuggestions(manager: Acting): Promise<DuplicatePair[]> {
  const out: DuplicatePair[] = [];
  for (let page = 1; ; page++) {
    const result = await listDuplicatePairs(manager, page);
    if (result.namesSkipped) throw new Error("Names were not compared (time limit): the score would be wrong");
    out.push(...result.rows);
    if (result.rows.length === 0 || page * result.pageSize >= result.total) return out;
  }
}

export async function scoreDuplicates(manager: Acting, loaded: Map<string, Loaded>): Promise<DuplicatesScore> {
  const listed = (await allSuggestions(manager)).filter((s) => loaded.has(s.a.id) && loaded.has(s.b.id));
  // The pairs listed last as "shared e-mail or phone, names unlike" are not put forward as
  // duplicates; they are counted apart.
  const suggestions = listed.filter((s) => s.confidence === "probable");
  const sharedOnly = listed.filter((s) => s.confidence === "shared");
  const same = (s: DuplicatePair) => loaded.get(s.a.id)!.record.person === loaded.get(s.b.id)!.record.person;
  const byPair = new Map<string, DuplicatePair>();
  const cross: CrossPair[] = [];
  for (const s of suggestions) {
    const a = loaded.get(s.a.id)!;
    const b = loaded.get(s.b.id)!;
    if (a.pair === b.pair) byPair.set(a.pair.id, s);
    else cross.push({ a, b, same: a.record.person === b.record.person, reasons: s.reasons.map((r) => r.text) });
  }
  const pairs = [...new Set([...loaded.values()].map((l) => l.pair))];
  const verdicts = pairs.map((pair) => {
    const s = byPair.get(pair.id);
    return { pair, suggested: !!s, right: !!s === (pair.label === "same"), reasons: s ? s.reasons.map((r) => r.text) : [] };
  });
  const suggestedSame = verdicts.filter((v) => v.suggested && v.pair.label === "same").length + cross.filter((c) => c.same).length;
  const labelledSame = pairs.filter((p) => p.label === "same").length;
  const labelledSameSuggested = verdicts.filter((v) => v.suggested && v.pair.label === "same").length;
  return {
    verdicts,
    cross,
    sharedOnly: sharedOnly.length,
    sharedOnlySame: sharedOnly.filter(same).length,
    suggested: suggestions.length,
    suggestedSame,
    precision: suggestions.length ? suggestedSame / suggestions.length : 1,
    labelledSame,
    labelledSameSuggested,
    recall: labelledSame ? labelledSameSuggested / labelledSame : 1,
  };
}

const brief = (r: LabelledSide) => [r.fullName, r.nameNative && `(${r.nameNative})`, r.title, r.organization, r.country].filter(Boolean).join(", ");

/** One line per labelled pair (and per suggestion across pairs), then the figures. */
export function scoreReport(score: DuplicatesScore, { onlyWrong = false } = {}): string {
  const lines: string[] = [];
  for (const v of score.verdicts) {
    if (onlyWrong && v.right) continue;
    const verdict = v.suggested ? (v.right ? "suggested, right" : "SUGGESTED, WRONG") : v.right ? "not suggested, right" : "MISSED";
    lines.push(`${v.pair.id} ${v.pair.label.padEnd(9)} ${verdict.padEnd(20)} ${v.pair.note}`);
    lines.push(`       ${brief(v.pair.a)}  ↔  ${brief(v.pair.b)}`);
    if (v.reasons.length) lines.push(`       why: ${v.reasons.join("; ")}`);
  }
  for (const c of score.cross) {
    if (onlyWrong && c.same) continue;
    lines.push(`${c.a.pair.id}.${c.a.side}–${c.b.pair.id}.${c.b.side} across pairs ${c.same ? "suggested, right" : "SUGGESTED, WRONG"}`);
    lines.push(`       ${brief(c.a.record)}  ↔  ${brief(c.b.record)}`);
    lines.push(`       why: ${c.reasons.join("; ")}`);
  }
  const f = (x: number) => x.toFixed(3);
  lines.push(
    `\nsuggested ${score.suggested} pairs, ${score.suggestedSame} of one person: precision ${f(score.precision)}; ` +
      `labelled-same pairs suggested ${score.labelledSameSuggested}/${score.labelledSame}: recall ${f(score.recall)}\n` +
      `listed apart as a shared e-mail or phone with unlike names (not suggested): ${score.sharedOnly}, of one person: ${score.sharedOnlySame}`,
  );
  return lines.join("\n");
}
