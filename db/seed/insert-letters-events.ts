// Sign-on letters with signatories, events with people, partners, tasks and invitations, and the
// contacts' activities.
import { searchText } from "../../lib/search/search-text";
import {
  activities,
  eventCases,
  eventParticipants,
  eventPartners,
  eventTasks,
  events,
  invitations,
  letterCases,
  letterSignatories,
  letters,
} from "../schema";
import { contactsByKey, ids, put, type SeedContext } from "./context";
import { activitySeeds } from "./data-activities";
import { eventSeeds, invitationSeeds, type EventSeed } from "./data-events";
import { letterSeeds } from "./data-letters";
import { must, seedId } from "./ids";
import { at, day, office } from "./time";

export async function insertLetters({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    letters,
    letterSeeds.map((l) => ({
      id: ids.letter(l.key),
      kind: l.kind,
      title: l.title,
      body: l.body,
      addressee: l.addressee,
      parliamentaryBody: l.parliamentaryBody,
      campaignId: l.campaign ? ids.campaign(l.campaign) : null,
      targetSignatures: l.targetSignatures,
      reportedSignatures: l.reportedSignatures,
      status: l.status,
      deadline: l.deadline,
      dispatchedOn: l.dispatchedOn,
      replyReceivedOn: l.replyReceivedOn,
      replySummary: l.replySummary,
      referenceNumber: l.referenceNumber,
      ownerId: users[l.owner],
      createdById: users[l.owner],
      searchText: searchText.letter({ title: l.title, addressee: l.addressee ?? "", referenceNumber: l.referenceNumber ?? null }),
    })),
  );
  await put(
    tx,
    letterCases,
    letterSeeds.flatMap((l) => l.cases.map((k) => ({ letterId: ids.letter(l.key), caseId: ids.case(k) }))),
  );
  await put(
    tx,
    letterSignatories,
    letterSeeds.flatMap((l) =>
      l.signatories.map((s) => {
        const contact = must(contactsByKey, s.contact, "contact");
        const responded = s.status === "signed" || s.status === "agreed" || s.status === "declined";
        return {
          id: seedId(`letter-signatory:${l.key}:${s.contact}`),
          letterId: ids.letter(l.key),
          contactId: ids.contact(s.contact),
          status: s.status,
          askedOn: s.askedOn,
          followedUpOn: s.followedUpOn,
          respondedOn: responded ? s.signedOn : undefined,
          signedOn: s.signedOn,
          countrySnapshot: contact.delegation ?? contact.country,
          politicalGroupSnapshot: s.group ?? contact.politicalGroup,
          note: s.note,
        };
      }),
    ),
  );
}

/** Timed events from local wall-clock times; all-day ones from local midnight (end exclusive). */
function eventTimes(e: EventSeed): { startsAt: Date | null; endsAt: Date | null; allDay: boolean } {
  if (!e.date) return { startsAt: null, endsAt: null, allDay: false };
  if (e.time) {
    const [start, end] = e.time;
    return { startsAt: at(e.date, start, e.timeZone), endsAt: end ? at(e.date, end, e.timeZone) : null, allDay: false };
  }
  const last = new Date(`${e.lastDate ?? e.date}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() + 1);
  return { startsAt: day(e.date, e.timeZone), endsAt: day(last.toISOString().slice(0, 10), e.timeZone), allDay: true };
}

export async function insertEvents({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    events,
    eventSeeds.map((e) => ({
      id: ids.event(e.key),
      kind: e.kind,
      forum: e.forum,
      title: e.title,
      description: e.description,
      ...eventTimes(e),
      timeZone: e.timeZone,
      venue: e.venue,
      room: e.room,
      city: e.city,
      country: e.country,
      coordinatorId: users.coordinator,
      campaignId: e.campaign ? ids.campaign(e.campaign) : null,
      status: e.status,
      report: e.report,
      searchText: searchText.event({ title: e.title, venue: e.venue ?? null, city: e.city ?? null, description: e.description ?? "" }),
      createdById: users.coordinator,
    })),
  );
  await put(
    tx,
    eventParticipants,
    eventSeeds.flatMap((e) =>
      (e.participants ?? []).map((p) => ({ eventId: ids.event(e.key), contactId: ids.contact(p.contact), role: p.role })),
    ),
  );
  await put(
    tx,
    eventPartners,
    eventSeeds.flatMap((e) =>
      (e.partners ?? []).map((o) => ({ eventId: ids.event(e.key), organizationId: ids.organization(o) })),
    ),
  );
  await put(
    tx,
    eventCases,
    eventSeeds.flatMap((e) => (e.cases ?? []).map((k) => ({ eventId: ids.event(e.key), caseId: ids.case(k) }))),
  );
  await put(
    tx,
    eventTasks,
    eventSeeds.flatMap((e) =>
      (e.tasks ?? []).map((t) => ({
        id: seedId(`event-task:${e.key}:${t.key}`),
        eventId: ids.event(e.key),
        title: t.title,
        category: t.category,
        ownerId: users.coordinator,
        dueOn: t.dueOn,
        doneAt: t.doneOn ? office(t.doneOn, "16:00") : null,
      })),
    ),
  );
  // Not sent yet: the RSVP token (and its hash) is created when an invitation goes out, so no
  // guessable token ever comes from seed data.
  await put(
    tx,
    invitations,
    invitationSeeds.flatMap((i) =>
      i.contacts.map((c) => ({
        id: seedId(`invitation:${i.event}:${c}`),
        eventId: ids.event(i.event),
        contactId: ids.contact(c),
        invitedAt: office("2021-03-10", "12:00"),
        channel: "email" as const,
        createdById: users.coordinator,
      })),
    ),
  );
}

export async function insertActivities({ tx, users }: SeedContext): Promise<void> {
  await put(
    tx,
    activities,
    activitySeeds.map((a) => ({
      id: seedId(`activity:${a.key}`),
      contactId: ids.contact(a.contact),
      kind: a.kind,
      occurredAt: at(a.on, a.time ?? "12:00", a.timeZone ?? "Europe/Brussels"),
      subject: a.subject,
      body: a.body ?? "",
      authorId: users[a.author],
      campaignId: a.campaign ? ids.campaign(a.campaign) : null,
      caseId: a.case ? ids.case(a.case) : null,
    })),
  );
}
