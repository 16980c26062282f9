// The one web-address rule (lib/url.ts) and every form, import and schema that stores a web
// address: a CR/LF, any other control character, whitespace, credentials or a non-http(s) scheme
// is refused before it reaches the database (and from there a calendar file or a link).
import { describe, expect, it } from "vitest";
import { contactFormSchema, type ContactFormInput } from "@/lib/contacts/schema";
import { eventFormSchema, type EventFormInput } from "@/lib/events/schema";
import { parseCsv } from "@/lib/import/csv/parse";
import { validateRows } from "@/lib/import/csv/validate";
import { reportImportSchema, type ReviewRow } from "@/lib/import/report/schema";
import { organizationFormSchema } from "@/lib/organizations/schema";
import { isSafeHttpUrl, urlProblem } from "./url";

const hostile = [
  "https://a.example/\r\nX",
  "https://a.example/\r\nATTENDEE:mailto:evil@x",
  "https://a.example/\nX",
  "https://a.example/\rX",
  "https://a.example/a\tb",
  "https://a.example/ b",
  "https://a.example/\u0000",
  "https://a.example/\u007f",
  "https://a.example/\u0085X",
  "https://a.example/\u2028X",
  "https://a.example/\u2029X",
  "https://a.example/\u00a0X",
  "https://a.example/\u202eX",
  "https://a.example/\u200bX",
];

describe("isSafeHttpUrl, the one web-address rule", () => {
  it("takes absolute http and https addresses, percent-encoded line breaks included", () => {
    for (const ok of [
      "https://a.example/",
      "http://a.example",
      "HTTPS://A.EXAMPLE/Path?q=1,2;3#frag",
      "https://a.example/%0d%0a",
      "https://a.example/?next=%0D%0AATTENDEE:x",
      "https://prokuror.gov.kz/ru/form",
      "https://пример.рф/страница",
      "http://192.0.2.1:8080/x",
      "https://[2001:db8::1]/",
    ]) expect(isSafeHttpUrl(ok), ok).toBe(true);
  });

  it("refuses control characters, whitespace and invisible characters anywhere", () => {
    for (const bad of hostile) {
      expect(isSafeHttpUrl(bad), JSON.stringify(bad)).toBe(false);
      expect(urlProblem(bad), JSON.stringify(bad)).toBe("characters");
    }
    expect(urlProblem("https://a.example\\@b.example/")).toBe("characters");
  });

  it("refuses other schemes, relative and scheme-less addresses, credentials and bare host names", () => {
    for (const [bad, problem] of [
      ["javascript:alert(1)", "scheme"],
      ["JavaScript://a.example/%0aalert(1)", "scheme"],
      ["data:text/html,<script>alert(1)</script>", "scheme"],
      ["ftp://a.example/file", "scheme"],
      ["mailto:someone@a.example", "scheme"],
      ["https:a.example", "scheme"],
      ["//a.example/x", "scheme"],
      ["www.a.example", "scheme"],
      ["https://user:pass@a.example/", "credentials"],
      ["https://user@a.example/", "credentials"],
      ["https://@a.example/", "credentials"],
      ["https://intranet/", "address"],
      ["https://", "address"],
      ["https://a.exa mple/", "characters"],
    ] as const) expect(urlProblem(bad), bad).toBe(problem);
  });
});

describe("every form with a web address refuses a CR/LF in it", () => {
  const event = (onlineUrl: string): EventFormInput => ({
    kind: "side_event", forum: "osce_pa_session", title: "Side-event", description: "", startDate: "2019-07-04", startTime: "12:30",
    endDate: "", endTime: "14:30", allDay: false, timeZone: "Europe/Luxembourg", venue: "", room: "", city: "", country: "", onlineUrl,
    capacity: "", coordinatorId: "", campaignId: "", caseIds: [],
  });
  const contact = (webFormUrl: string): ContactFormInput => ({
    kind: "person", honorific: "", firstName: "", lastName: "", fullName: "Zhanara Akhmetova", nameNative: "", title: "", organizationId: "",
    newOrganizationName: "", department: "", institutionType: "", country: "", postalAddress: "", webFormUrl, salutation: "",
    language: "", parliamentaryBody: "", delegation: "", politicalGroup: "", committees: "", tags: "", notes: "",
    doNotContact: false, doNotContactReason: "", emails: [], phones: [],
  });
  const organization = (website: string) => ({ name: "Prosecutor's Office", nameNative: "", acronym: "", kind: "law_enforcement", country: "", website, postalAddress: "", notes: "" });

  const forms = [
    { name: "event (onlineUrl)", field: "onlineUrl", parse: (url: string) => eventFormSchema.safeParse(event(url)) },
    { name: "contact (webFormUrl)", field: "webFormUrl", parse: (url: string) => contactFormSchema.safeParse(contact(url)) },
    { name: "organization (website)", field: "website", parse: (url: string) => organizationFormSchema.safeParse(organization(url)) },
  ];

  for (const form of forms) {
    it(`${form.name}: refuses injected lines, control characters and other schemes with a clear message`, () => {
      for (const bad of [...hostile, "javascript:alert(1)", "ftp://a.example/file", "https://user:pass@a.example/"]) {
        const result = form.parse(bad);
        expect(result.success, JSON.stringify(bad)).toBe(false);
        const messages = result.error?.flatten().fieldErrors as Record<string, string[] | undefined>;
        expect(messages[form.field]?.[0], JSON.stringify(bad)).toMatch(/web address/);
      }
      const crlf = form.parse("https://a.example/\r\nATTENDEE:mailto:evil@x");
      expect((crlf.error?.flatten().fieldErrors as Record<string, string[]>)[form.field]).toEqual([
        "A web address cannot contain spaces, tabs, line breaks or other control characters.",
      ]);
      expect((form.parse("javascript:alert(1)").error?.flatten().fieldErrors as Record<string, string[]>)[form.field]).toEqual([
        "Enter a web address starting with http:// or https://.",
      ]);
    });

    it(`${form.name}: keeps a good address, an encoded line break, and an empty field as null`, () => {
      const ok = form.parse("https://a.example/%0d%0a");
      expect(ok.success).toBe(true);
      expect((ok.data as Record<string, unknown>)[form.field]).toBe("https://a.example/%0d%0a");
      // Surrounding whitespace is trimmed away, not stored.
      expect((form.parse("  https://a.example/form \r\n").data as Record<string, unknown>)[form.field]).toBe("https://a.example/form");
      expect((form.parse("").data as Record<string, unknown>)[form.field]).toBeNull();
    });
  }
});

describe("imports use the same rule", () => {
  it("a CSV web form URL with a line break, a tab or another scheme is a row error", () => {
    const csv = [
      "Full name,Web form URL",
      "Good,https://a.example/form",
      '"Injected","https://a.example/\r\nATTENDEE:mailto:evil@x"',
      "Tabbed,https://a.example/a\tb",
      "Script,javascript:alert(1)",
      "Ftp,ftp://a.example/file",
      "Creds,https://user:pass@a.example/",
      "Encoded,https://a.example/%0d%0a",
    ].join("\r\n");
    const { valid, errors } = validateRows(parseCsv(csv), ["fullName", "webFormUrl"]);
    expect(valid.map((r) => [r.fullName, r.webFormUrl])).toEqual([["Good", "https://a.example/form"], ["Encoded", "https://a.example/%0d%0a"]]);
    expect(errors.map((e) => e.reason)).toEqual([
      "Web form URL must not contain spaces, tabs, line breaks or other control characters.",
      "Web form URL must not contain spaces, tabs, line breaks or other control characters.",
      "Web form URL must be a full address starting with http:// or https://.",
      "Web form URL must be a full address starting with http:// or https://.",
      "Web form URL must not contain a user name or password (user:password@).",
    ]);
  });

  it("a report row's web address must pass it too", () => {
    const row = (urls: string): ReviewRow => ({
      include: true, kind: "person", name: "Zhanara Akhmetova", title: "", organization: "", address: "", emails: "", phones: "", urls,
      duplicateId: "", duplicateName: "", duplicateReason: "", action: "new",
    });
    const parse = (urls: string) => reportImportSchema.safeParse({ reportName: "Report 2026", importKey: "00000000-0000-4000-8000-000000000000", rows: [row(urls)] });
    expect(parse("https://a.example/form, https://b.example/%0d%0a").data?.rows[0].urls).toEqual(["https://a.example/form", "https://b.example/%0d%0a"]);
    for (const bad of ["javascript:alert(1)", "ftp://a.example/", "https://a.example/\u0085X", "https://u:p@a.example/", "https://a.example/\u0000"]) {
      expect(parse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    // Split at whitespace, a line break ends one address; what follows is judged on its own.
    expect(parse("https://a.example/\r\nATTENDEE:mailto:evil@x").success).toBe(false);
  });
});
