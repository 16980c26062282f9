import { describe, expect, it } from "vitest";
import { pageCase, pageContact, pageEvent, pageInvitationEvent, pageUser } from "./page-records";
import { detailRead } from "./record-gate";

const id = "55cab712-0bea-5cd1-b6bf-b8ba15881c60";

describe("detailRead", () => {
  it("finds the record a detail page and its sub-pages show", () => {
    expect(detailRead(`/cases/${id}`)).toEqual({ read: pageCase, id });
    expect(detailRead(`/cases/${id}/edit`)).toEqual({ read: pageCase, id });
    expect(detailRead(`/contacts/${id}`)).toEqual({ read: pageContact, id });
    expect(detailRead(`/admin/users/${id}`)).toEqual({ read: pageUser, id });
    // The event's own page reads the full event; its invitation pages the lighter one they use.
    expect(detailRead(`/events/${id}`)).toEqual({ read: pageEvent, id });
    expect(detailRead(`/events/${id}/`)).toEqual({ read: pageEvent, id });
    expect(detailRead(`/events/${id}/check-in/sheet`)).toEqual({ read: pageInvitationEvent, id });
  });

  it("leaves every other page alone", () => {
    for (const path of ["/", "/cases", "/cases/", "/cases/new", "/contacts/import", "/events/feed.ics", "/casesx/" + id, "/admin/audit", "/search"]) {
      expect(detailRead(path), path).toBeNull();
    }
  });
});
