// The demo's present: the fixtures' history ends in 2021, so a newcomer's default views (the
// dashboard's last twelve months, My work) would show zeros. These records are dated from the
// day the demo data is loaded (`today`), in the same shapes as the historical ones, and say so in
// their text. Deterministic apart from that day: the keys, and so the ids, never change.
import type { ActivitySeed } from "./data-activities";
import type { AppealSeed } from "./data-appeals";
import type { EventSeed } from "./data-events";
import type { IncomingSeed } from "./data-incoming";
import type { LetterSeed } from "./data-letters";
import { plusDays } from "./time";

/** Guests of a recent event: invited (and sent the invitation that day, unless `notSent`), answered, came or not. */
export type RecentInvitation = {
  event: string;
  contact: string;
  invitedOn: string;
  /** on the guest list, the invitation not sent yet */
  notSent?: boolean;
  answer: "pending" | "accepted" | "declined" | "tentative";
  answeredOn?: string;
  attendance?: "attended" | "no_show";
};

export type RecentSeeds = {
  appeals: AppealSeed[];
  letters: LetterSeed[];
  events: EventSeed[];
  invitations: RecentInvitation[];
  activities: ActivitySeed[];
  incoming: IncomingSeed[];
};

const DEMO = "Demo record, dated relative to the day the demo data was loaded.";

export function recentSeeds(today: string): RecentSeeds {
  const day = (n: number) => plusDays(today, n);

  const appeals: AppealSeed[] = [
    {
      key: "recent-detention-conditions", type: "urgent_appeal", status: "response_received", owner: "officer", cases: [],
      title: "Detention conditions of political prisoners in Kazakhstan",
      subject: "Urgent: access to medical care and lawyers for political prisoners",
      recipients: ["akorda"], submittedOn: day(-39), approvedOn: day(-38), sentOn: day(-37),
      versions: [
        { on: day(-40), author: "officer", body: `We urge you to ensure that political prisoners have access to independent medical care and to their lawyers. ${DEMO}` },
        { on: day(-39), author: "officer", body: `We urge you to ensure that political prisoners have access to independent medical care and to their lawyers without delay, and to allow independent monitors into places of detention. ${DEMO}` },
      ],
      reviews: [{ on: day(-38), decision: "approved" }],
      replies: [{ key: "akorda", on: day(-20), from: "Presidential Administration of the Republic of Kazakhstan", recipient: "akorda", summary: `Acknowledged receipt and forwarded the appeal to the General Prosecutor's Office. ${DEMO}` }],
    },
    {
      key: "recent-meps-briefing", type: "letter_of_concern", status: "sent", owner: "officer", cases: [],
      title: "Briefing for MEPs on politically motivated prosecutions",
      subject: "Kazakhstan: politically motivated prosecutions this year",
      recipients: ["austrevicius", "hautala", "benifei"], submittedOn: day(-72), approvedOn: day(-71), sentOn: day(-70),
      versions: [{ on: day(-75), author: "officer", body: `A briefing on the politically motivated prosecutions the Foundation has documented this year, with the cases we ask you to raise. ${DEMO}` }],
      reviews: [{ on: day(-71), decision: "approved" }],
      replies: [],
    },
    {
      key: "recent-open-letter", type: "open_letter", status: "response_received", owner: "manager", cases: [],
      title: "Open letter on the right to peaceful assembly",
      subject: "The right to peaceful assembly in Kazakhstan",
      recipients: ["akorda"], submittedOn: day(-147), approvedOn: day(-146), sentOn: day(-145),
      versions: [{ on: day(-150), author: "manager", body: `We call on the authorities to end the detention of peaceful protesters and to bring the law on assemblies in line with international standards. ${DEMO}` }],
      reviews: [{ on: day(-146), decision: "approved" }],
      replies: [{ key: "akorda", on: day(-130), from: "Presidential Administration of the Republic of Kazakhstan", recipient: "akorda", summary: `Replied that the law on assemblies is under review. ${DEMO}` }],
    },
    {
      key: "recent-in-review", type: "urgent_appeal", status: "in_review", owner: "officer", cases: [],
      title: "Release of activists detained after a peaceful picket",
      subject: "Urgent: activists detained after a peaceful picket",
      recipients: ["akorda"], submittedOn: day(-3),
      versions: [{ on: day(-5), author: "officer", body: `Several activists were detained after a peaceful picket. We urge their immediate release. ${DEMO}` }],
      reviews: [],
      replies: [],
    },
    {
      key: "recent-returned", type: "letter_of_concern", status: "draft", owner: "officer", cases: [],
      title: "Pressure on independent journalists",
      subject: "Summonses and searches targeting independent journalists",
      recipients: ["akorda"],
      versions: [{ on: day(-10), author: "officer", body: `Independent journalists have been summoned for questioning and their homes searched. ${DEMO}` }],
      reviews: [{ on: day(-8), decision: "returned", comment: "Name the outlets and the dates of the searches." }],
      replies: [],
    },
    {
      key: "recent-officer-draft", type: "letter_of_concern", status: "draft", owner: "officer", cases: [],
      title: "Travel bans on relatives of exiled activists",
      subject: "Travel bans imposed on relatives of activists living abroad",
      recipients: [],
      versions: [{ on: day(-12), author: "officer", body: `Relatives of activists living abroad report travel bans imposed without a court decision. ${DEMO}` }],
      reviews: [],
      replies: [],
    },
    {
      key: "recent-manager-draft", type: "statement", status: "draft", owner: "manager", cases: [],
      title: "Statement ahead of the human rights dialogue",
      subject: "What the EU should raise at the human rights dialogue with Kazakhstan",
      recipients: [],
      versions: [{ on: day(-2), author: "manager", body: `Our requests ahead of the EU–Kazakhstan human rights dialogue. ${DEMO}` }],
      reviews: [],
      replies: [],
    },
    {
      key: "recent-approved", type: "letter_of_concern", status: "approved", owner: "manager", cases: [],
      title: "Letter to the OSCE PA rapporteur on political prisoners",
      subject: "Political prisoners in Kazakhstan: an update for the rapporteur",
      recipients: ["karimi"], submittedOn: day(-5), approvedOn: day(-4),
      versions: [{ on: day(-6), author: "manager", body: `An update on the political prisoners the Foundation follows. ${DEMO}` }],
      reviews: [{ on: day(-4), decision: "approved" }],
      replies: [],
    },
  ];

  const letters: LetterSeed[] = [
    {
      key: "recent-ep-joint-letter", kind: "joint_letter", parliamentaryBody: "european_parliament", status: "collecting", owner: "officer", cases: [],
      title: "Joint letter: release of political prisoners in Kazakhstan",
      body: `MEPs ask the High Representative to raise the release of political prisoners with the authorities of Kazakhstan. ${DEMO}`,
      addressee: "EU High Representative for Foreign Affairs and Security Policy", targetSignatures: 15, deadline: day(21), createdOn: day(-25),
      signatories: [
        { contact: "austrevicius", status: "signed", askedOn: day(-20), signedOn: day(-12) },
        { contact: "hautala", status: "signed", askedOn: day(-20), signedOn: day(-6) },
        { contact: "benifei", status: "followed_up", askedOn: day(-20), followedUpOn: day(-7) },
        { contact: "zdechovsky", status: "asked", askedOn: day(-20) },
        { contact: "nienass", status: "to_ask" },
      ],
    },
    {
      key: "recent-pace-declaration", kind: "written_declaration", parliamentaryBody: "pace", status: "collecting", owner: "manager", cases: [],
      title: "Written declaration on political prisoners in Kazakhstan",
      body: `A written declaration for the coming PACE part-session. ${DEMO}`,
      addressee: "Authorities of the Republic of Kazakhstan", targetSignatures: 20, deadline: day(45), createdOn: day(-14),
      signatories: [
        { contact: "rampi", status: "signed", askedOn: day(-9), signedOn: day(-4) },
        { contact: "gattolin", status: "asked", askedOn: day(-9) },
      ],
    },
  ];

  const events: EventSeed[] = [
    {
      key: "recent-ep-side-event", kind: "side_event", forum: "european_parliament", status: "reported",
      title: "Political prisoners in Central Asia: what the EU can do",
      description: `Side-event at the European Parliament with MEPs and relatives of prisoners. ${DEMO}`,
      date: day(-50), time: ["12:30", "14:00"], timeZone: "Europe/Brussels", venue: "European Parliament", city: "Brussels", country: "BE",
      report: `About forty people attended; two MEPs asked for a follow-up letter. ${DEMO}`,
      tasks: [
        { key: "room", title: "Book a room at the European Parliament", category: "room_booking", dueOn: day(-80), doneOn: day(-82) },
        { key: "invites", title: "Invite MEPs", category: "communication", dueOn: day(-70), doneOn: day(-70) },
      ],
    },
    {
      key: "recent-webinar", kind: "webinar", forum: "online", status: "held",
      title: "Webinar: documenting politically motivated prosecutions",
      description: `Online training for partner organisations. ${DEMO}`,
      date: day(-120), time: ["11:00", "12:30"], timeZone: "Europe/Brussels",
    },
    {
      key: "recent-pace-side-event", kind: "side_event", forum: "pace_session", status: "invitations_sent",
      title: "Side-event: political prisoners in Kazakhstan",
      description: `Side-event during the coming PACE part-session. ${DEMO}`,
      date: day(18), time: ["13:00", "14:00"], timeZone: "Europe/Paris", venue: "Council of Europe, Palais de l'Europe", city: "Strasbourg", country: "FR",
      tasks: [
        { key: "room", title: "Book a room at the Palais de l'Europe", category: "room_booking", dueOn: day(-5), doneOn: day(-6) },
        { key: "reminder", title: "Send a reminder to the PACE members not yet answered", category: "communication", dueOn: day(-2) },
        { key: "speakers", title: "Confirm the speakers' list", category: "other", dueOn: day(-1), owner: "manager" },
        { key: "accreditation", title: "Accreditation for the part-session", category: "accreditation", dueOn: day(5) },
        { key: "interpretation", title: "Arrange English–French interpretation", category: "interpretation", dueOn: day(10), owner: "manager" },
      ],
    },
    // Still an idea: no date agreed with the co-host yet (a planned event has a date), five MEPs
    // on the guest list, no invitation sent.
    {
      key: "recent-online-discussion", kind: "webinar", forum: "online", status: "idea",
      title: "Online discussion: what the EU can do for political prisoners in Kazakhstan",
      description: `Online discussion to be co-hosted with an MEP; the date is to be agreed with the co-host. ${DEMO}`,
      timeZone: "Europe/Brussels",
      participants: [{ contact: "austrevicius", role: "co_host" }],
      tasks: [
        { key: "date", title: "Agree a date with the co-hosting MEP", category: "other", dueOn: day(7) },
        { key: "platform", title: "Set up the webinar platform and test the link", category: "av", dueOn: day(14) },
      ],
    },
    {
      key: "recent-press-briefing", kind: "press_conference", forum: "national_parliament", status: "planned",
      title: "Press briefing on the report on political prisoners",
      description: `Presentation of the Foundation's report to the press. ${DEMO}`,
      date: day(35), time: ["11:00", "12:00"], timeZone: "Europe/Rome", city: "Rome", country: "IT",
    },
  ];

  const guest = (event: string, contact: string, invitedOn: string, answer: RecentInvitation["answer"], answeredOn?: string, attendance?: RecentInvitation["attendance"]): RecentInvitation =>
    ({ event, contact, invitedOn, answer, answeredOn, attendance });
  const invitations: RecentInvitation[] = [
    guest("recent-ep-side-event", "austrevicius", day(-70), "accepted", day(-66), "attended"),
    guest("recent-ep-side-event", "hautala", day(-70), "accepted", day(-65), "attended"),
    guest("recent-ep-side-event", "benifei", day(-70), "accepted", day(-62), "no_show"),
    guest("recent-ep-side-event", "zdechovsky", day(-70), "declined", day(-64)),
    guest("recent-ep-side-event", "nienass", day(-70), "accepted", day(-60), "attended"),
    guest("recent-webinar", "karimi", day(-135), "accepted", day(-130), "attended"),
    guest("recent-webinar", "dittrich", day(-135), "tentative", day(-128)),
    guest("recent-pace-side-event", "rampi", day(-10), "accepted", day(-3)),
    guest("recent-pace-side-event", "gattolin", day(-10), "tentative", day(-2)),
    guest("recent-pace-side-event", "karimi", day(-10), "declined", day(-5)),
    guest("recent-pace-side-event", "dittrich", day(-10), "pending"),
    ...["sanchez-amor-mep", "nienass", "hautala", "zdechovsky", "benifei"].map(
      (contact): RecentInvitation => ({ event: "recent-online-discussion", contact, invitedOn: day(-6), notSent: true, answer: "pending" }),
    ),
  ];

  const activities: ActivitySeed[] = [
    { key: "recent-austrevicius-meeting", contact: "austrevicius", kind: "meeting", on: day(-12), time: "15:00", author: "coordinator",
      subject: "Meeting on the joint letter on political prisoners", body: DEMO },
    { key: "recent-hautala-email", contact: "hautala", kind: "email", on: day(-6), time: "10:30", author: "officer",
      subject: "Sent the joint letter's final text", body: DEMO },
    { key: "recent-rampi-call", contact: "rampi", kind: "call", on: day(-4), time: "11:00", author: "coordinator",
      subject: "Call about the PACE side-event", body: DEMO },
    { key: "recent-gattolin-note", contact: "gattolin", kind: "note", on: day(-9), author: "manager",
      subject: "Asked to sign the written declaration", body: DEMO },
  ];

  const incoming: IncomingSeed[] = [
    {
      key: "recent-family-request", senderName: "Relatives of a detained activist (demo sender)", receivedOn: day(-4), channel: "email", language: "en",
      originalText: `We ask for your help: our relative was detained after a peaceful picket and has not been allowed to see a lawyer. ${DEMO}`,
      requestSummary: "Relatives of a detained activist ask for help to get him access to a lawyer.",
      status: "new", assignedTo: "officer", dueOn: day(3),
    },
    {
      key: "recent-lawyer-request", senderName: "Defence lawyer of a blogger (demo sender)", receivedOn: day(-6), channel: "messenger", language: "en",
      originalText: `The trial of my client, a blogger charged over his posts, starts next month. We ask for trial monitoring. ${DEMO}`,
      requestSummary: "A defence lawyer asks for monitoring of a blogger's trial next month.",
      status: "under_review", assignedTo: "manager", dueOn: day(1),
    },
    {
      key: "recent-unassigned-request", senderName: "Civic activist (demo sender)", receivedOn: day(-2), channel: "web_form", language: "en",
      originalText: `I was summoned by the police after a post on social media. What can I do? ${DEMO}`,
      requestSummary: "An activist summoned over a social media post asks for advice.",
      status: "new",
    },
  ];

  return { appeals, letters, events, invitations, activities, incoming };
}
