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
import type { EventSeed } from "./data-events";
import type { LetterSeed } from "./data-letters";
import { must, seedId } from "./ids";
import { at, day, office, plusDays } from "./time";

const earliest = (dates: Array<string | undefined>) => dates.filter((d): d is string => !!d).sort()[0];
const latest = (dates: Array<string | undefined>) => dates.filter((d): d is string => !!d).sort().at(-1);

/**
 * A letter's story dates: started on its earliest dated step, last changed on its latest; a letter
 * closed without being sent was closed on its deadline.
 */
function letterDates(l: LetterSeed): { createdAt: Date; updatedAt: Date } {
  const steps = [l.dispatchedOn, l.replyReceivedOn, ...l.signatories.flatMap((s) => [s.askedOn, s.followedUpOn, s.signedOn])];
  const first = l.createdOn ?? earliest(steps);
  if (!first) throw new Error(`Seed data: letter "${l.key}" has no date to be created on`);
  const closedOn = l.status === "closed" ? l.deadline : undefined;
  return { createdAt: office(first, "10:00"), updatedAt: office(latest([first, closedOn, ...steps])!, "17:00") };
}

export async function insertLetters({ tx, users, data }: SeedContext): Promise<void> {
  const letterSeeds = data.letters;
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
      ...letterDates(l),
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
        // On the pool from the day asked (or signed), else from the letter's start.
        const added = s.askedOn ?? s.signedOn;
        const last = latest([s.askedOn, s.followedUpOn, s.signedOn]);
        const { createdAt } = letterDates(l);
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
          createdAt: added ? office(added, "10:00") : createdAt,
          updatedAt: last ? office(last, "17:00") : createdAt,
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

/**
 * An event's story dates: entered four weeks before its first dated step (a task's due date or
 * the event itself; a demo convention, the fixtures do not say), last changed when it took place
 * or its last task was done, whichever is later; never after the day before seeding (`today`).
 */
function eventDates(e: EventSeed, today: string): { createdAt: Date; updatedAt: Date } {
  const steps = [e.date, ...(e.tasks ?? []).flatMap((t) => [t.dueOn, t.doneOn])];
  const first = earliest(steps);
  if (!first) throw new Error(`Seed data: event "${e.key}" has no date to be created on`);
  const yesterday = plusDays(today, -1);
  const created = earliest([plusDays(first, -28), yesterday])!;
  const done = latest([e.lastDate ?? e.date, ...(e.tasks ?? []).map((t) => t.doneOn)]);
  const updated = earliest([latest([created, done]), yesterday])!;
  return { createdAt: office(created, "10:00"), updatedAt: office(updated, "17:00") };
}

export async function insertEvents({ tx, users, data, today }: SeedContext): Promise<void> {
  const eventSeeds = data.events;
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
      ...eventDates(e, today),
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
        ownerId: users[t.owner ?? "coordinator"],
        dueOn: t.dueOn,
        doneAt: t.doneOn ? office(t.doneOn, "16:00") : null,
        createdAt: eventDates(e, today).createdAt,
        updatedAt: t.doneOn ? office(t.doneOn, "16:00") : eventDates(e, today).createdAt,
      })),
    ),
  );
  // The recent events' guests: sent, answered through their links (no token is kept in the
  // seed: the links were used), and checked in at the door of the events held. Those not sent
  // their invitation yet have no token either: it is created when the invitation goes out, so
  // no guessable token ever comes from seed data.
  await put(
    tx,
    invitations,
    data.recentInvitations.map((i) => {
      const answeredAt = i.answeredOn ? office(i.answeredOn, "14:00") : null;
      return {
        id: seedId(`invitation:${i.event}:${i.contact}`),
        eventId: ids.event(i.event),
        contactId: ids.contact(i.contact),
        invitedAt: office(i.invitedOn, "12:00"),
        channel: "email" as const,
        sentAt: i.notSent ? null : office(i.invitedOn, "12:00"),
        answer: i.answer,
        answeredAt,
        attendance: i.attendance ?? ("unknown" as const),
        createdById: users.coordinator,
        createdAt: office(i.invitedOn, "12:00"),
        updatedAt: answeredAt ?? office(i.invitedOn, "12:00"),
      };
    }),
  );
}

export async function insertActivities({ tx, users, data }: SeedContext): Promise<void> {
  const occurred = (a: (typeof data.activities)[number]) => at(a.on, a.time ?? "12:00", a.timeZone ?? "Europe/Brussels");
  await put(
    tx,
    activities,
    data.activities.map((a) => ({
      id: seedId(`activity:${a.key}`),
      contactId: ids.contact(a.contact),
      kind: a.kind,
      occurredAt: occurred(a),
      // Written down when it happened.
      createdAt: occurred(a),
      updatedAt: occurred(a),
      subject: a.subject,
      body: a.body ?? "",
      authorId: users[a.author],
      campaignId: a.campaign ? ids.campaign(a.campaign) : null,
      caseId: a.case ? ids.case(a.case) : null,
    })),
  );
}
