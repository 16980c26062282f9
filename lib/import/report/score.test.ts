// The scorer's rules on small hand cases: what counts as exact, how entries are paired, and how
// the e-mail and phone F1 count values. The same rules as the project's score-contacts.mjs tool.
import { describe, expect, it } from "vitest";
import { fold, matchEntries, score, scoreFiles, summaryLine, type ContactEntry } from "./score";

const entry = (e: Partial<ContactEntry>): ContactEntry => ({
  name: null, title: null, organization: null, address: null, emails: [], phones: [], urls: [], ...e,
});

describe("fold", () => {
  it("ignores case, accents, apostrophe forms and spaces", () => {
    expect(fold("  Ra’ad  Zeid ")).toBe(fold("ra'ad zeid"));
    expect(fold("Dunja Mijatović")).toBe("dunja mijatovic");
    expect(fold(null)).toBe("");
  });
});

describe("score", () => {
  it("counts an entry exact when name, e-mails, phone digits and URLs agree; title, address and salutation do not count", () => {
    const truth = [entry({ name: "Gizat Nurdauletov", title: "Prosecutor General", emails: ["GP@prokuror.kz"], phones: ["+7 (7172) 71-27-98"], salutation: "Dear Prosecutor General" })];
    const got = [entry({ name: "gizat nurdauletov", organization: "Office", address: "Astana", emails: ["gp@prokuror.kz"], phones: ["+7 7172 71 27 98"] })];
    const s = score(truth, got);
    expect(s).toMatchObject({ exact: 1, truth: 1, predicted: 1, recall: 1, precision: 1, emailF1: 1, phoneF1: 1 });
  });

  it("is not exact with a wrong name, a missing phone or an extra URL", () => {
    const truth = [entry({ name: "A B", emails: ["a@b.kz"], phones: ["+7 1"], urls: ["https://x.kz/form/"] })];
    expect(score(truth, [entry({ name: "Mr A B", emails: ["a@b.kz"], phones: ["+7 1"], urls: ["https://x.kz/form"] })]).exact).toBe(0);
    expect(score(truth, [entry({ name: "A B", emails: ["a@b.kz"], urls: ["https://x.kz/form"] })]).exact).toBe(0);
    expect(score(truth, [entry({ name: "A B", emails: ["a@b.kz"], phones: ["71"], urls: ["https://x.kz/form", "https://y.kz"] })]).exact).toBe(0);
    // A trailing slash and case do not matter in URLs; null and "" names are the same.
    expect(score(truth, [entry({ name: "a b", emails: ["a@b.kz"], phones: ["71"], urls: ["HTTPS://x.kz/form"] })]).exact).toBe(1);
    expect(score([entry({ organization: "Ministry" })], [entry({ name: "", organization: "Ministry" })]).exact).toBe(1);
  });

  it("pairs one-to-one, by e-mail before phone before URL before name, organization, title", () => {
    const truth = [
      entry({ name: "One", phones: ["+1 202 555 0100"] }),
      entry({ name: "Two", emails: ["two@x.org"] }),
      entry({ name: "Three", title: "Ombudsman" }),
    ];
    const got = [
      entry({ name: "Two", emails: ["two@x.org"], phones: ["+1 202 555 0100"] }),
      entry({ name: "One", phones: ["+1 202 555 0100"] }),
      entry({ name: "Someone", title: "Ombudsman" }),
    ];
    const pairs = matchEntries(truth, got);
    // "One" takes the first entry sharing its phone (the one that is really "Two"); "Two" then finds
    // nothing unused that shares a key: a greedy one-to-one match in truth order, as the shared
    // scorer does. "Three" pairs by title alone.
    expect(pairs.map((p) => p.predicted?.name ?? null)).toEqual(["Two", null, "Someone"]);
    expect(pairs.map((p) => p.exact)).toEqual([false, false, false]);
  });

  it("counts e-mail and phone values of matched pairs against all predicted and all truth values", () => {
    const truth = [
      entry({ name: "A", emails: ["a@x.org", "a2@x.org"], phones: ["+32 2 584 11 11"] }),
      entry({ name: "B", emails: ["b@x.org"] }),
    ];
    const got = [
      entry({ name: "A", emails: ["a@x.org"], phones: ["+32 2 584 11 11", "+32 2 584 11 12"] }),
      entry({ name: "Sender", emails: ["me@ngo.org"] }),
    ];
    const s = score(truth, got);
    expect(s.counts).toEqual({ email: [1, 2, 3], phone: [1, 2, 1] });
    expect(s.emailF1).toBeCloseTo(0.4);
    expect(s.phoneF1).toBeCloseTo(2 / 3);
    // "B" pairs with nothing it shares (no e-mail, phone, URL, name, organization or title in common).
    expect(s).toMatchObject({ exact: 0, truth: 2, predicted: 2, recall: 0, precision: 0 });
  });

  it("gives F1 1 when there is nothing to find and nothing found, and 0 recall on an empty prediction", () => {
    expect(score([], [])).toMatchObject({ recall: 0, precision: 0, emailF1: 1, phoneF1: 1 });
    expect(score([entry({ name: "A", emails: ["a@x.org"] })], [])).toMatchObject({ recall: 0, emailF1: 0, phoneF1: 1 });
  });
});

describe("scoreFiles", () => {
  it("sums the files' counts and never pairs across files", () => {
    const same = entry({ name: "Office", emails: ["gp@prokuror.kz"] });
    const { files, total } = scoreFiles([
      { file: "a.txt", truth: [same], predicted: [] },
      { file: "b.txt", truth: [same], predicted: [same] },
    ]);
    expect(files.map((f) => f.score.exact)).toEqual([0, 1]);
    expect(total).toMatchObject({ exact: 1, truth: 2, predicted: 1, recall: 0.5, precision: 1 });
    expect(total.counts.email).toEqual([1, 1, 2]);
    expect(summaryLine(total)).toBe(
      "exact=1/2 recall=0.500 precision=1.000 predicted=1 email_f1=0.667 phone_f1=1.000 email=1/1/2 phone=0/0/0",
    );
  });
});
