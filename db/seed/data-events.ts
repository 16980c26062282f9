// Events from the news items with their real dates, local times, rooms, venues and the venue's zone.
// `time` absent → the item gives the day only (an all-day event).
import type { eventForumEnum, eventKindEnum, eventRoleEnum, eventStatusEnum, eventTaskCategoryEnum } from "../schema";

export type EventSeed = {
  key: string;
  kind: (typeof eventKindEnum.enumValues)[number];
  forum: (typeof eventForumEnum.enumValues)[number];
  title: string;
  description: string;
  date?: string; // local date at the venue
  lastDate?: string; // last day of a multi-day event
  time?: [string, string | null]; // local start and end
  timeZone: string;
  venue?: string;
  room?: string;
  city?: string;
  country?: string;
  status: (typeof eventStatusEnum.enumValues)[number];
  report?: string;
  campaign?: string;
  cases?: string[];
  participants?: Array<{ contact: string; role: (typeof eventRoleEnum.enumValues)[number] }>;
  partners?: string[]; // organization keys
  tasks?: Array<{
    key: string;
    title: string;
    category: (typeof eventTaskCategoryEnum.enumValues)[number];
    dueOn?: string;
    doneOn?: string;
    owner?: "coordinator" | "manager"; // default: the coordinator
  }>;
};

export const eventSeeds: EventSeed[] = [
  { key: "interpol-hdim-2017", kind: "side_event", forum: "osce_hdim", status: "held",
    title: "Reform of the INTERPOL: don't let it be stopped halfway",
    description: "Debate held with Destination Justice on the occasion of the OSCE HDIM 2017.",
    date: "2017-09-15", timeZone: "Europe/Warsaw", venue: "National Stadium (PGE Narodowy)", city: "Warsaw", country: "PL",
    partners: ["destination-justice"] },
  { key: "lawyers-ep-2018", kind: "conference", forum: "european_parliament", status: "reported",
    title: "Persecution and protection of lawyers",
    description: "Event on the persecution and protection of lawyers, with selected cases from Moldova, Azerbaijan, Turkey, Ukraine, Russia and Kazakhstan.",
    date: "2018-02-20", time: ["15:30", "17:00"], timeZone: "Europe/Brussels", venue: "European Parliament", room: "A5G305", city: "Brussels", country: "BE",
    report: "First of two events on the persecution of lawyers in February 2018 (Brussels, 20 February; Vienna, 23 February)." },
  { key: "lawyers-osce-pa-2018", kind: "side_event", forum: "osce_pa_session", status: "reported",
    title: "Persecution and protection of lawyers (OSCE PA Winter Meeting)",
    description: "Event on the persecution and protection of lawyers at the OSCE Parliamentary Assembly Winter Meeting.",
    date: "2018-02-23", time: ["12:30", "14:00"], timeZone: "Europe/Vienna", venue: "Hofburg Congress Centre", room: "531", city: "Vienna", country: "AT",
    report: "Second of two events on the persecution of lawyers in February 2018." },
  { key: "magnitsky-senate-2019", kind: "conference", forum: "national_parliament", status: "held", campaign: "magnitsky",
    title: "International conference on the application of the Magnitsky law",
    description: "Organised by FIDU, ODF, the Nonviolent Radical Party, Transnational and Transparty and the EU–Russian Expert Group on Combating Transborder Corruption.",
    date: "2019-03-28", timeZone: "Europe/Rome", venue: "Italian Senate", city: "Rome", country: "IT",
    partners: ["fidu", "nrptt"] },
  { key: "magnitsky-pace-2019", kind: "side_event", forum: "pace_session", status: "reported", campaign: "magnitsky",
    title: "Side-event on the application of the Magnitsky law",
    description: "On the occasion of the PACE spring session 2019, with the Italian Federation for Human Rights.",
    date: "2019-04-09", time: ["13:00", "14:00"], timeZone: "Europe/Paris", venue: "Council of Europe, Palais de l'Europe", room: "Room 14 (ground floor)", city: "Strasbourg", country: "FR",
    partners: ["fidu"],
    report: "Held during the PACE spring session, when 22 members signed the written declaration on Magnitsky sanctions for Kazakhstan.",
    tasks: [
      { key: "room", title: "Book room 14 (ground floor), Palais de l'Europe", category: "room_booking", dueOn: "2019-03-15", doneOn: "2019-03-12" },
      { key: "invites", title: "Invite PACE members and permanent representations", category: "communication", dueOn: "2019-03-29", doneOn: "2019-03-28" },
    ] },
  { key: "mission-washington-2019", kind: "mission", forum: "other", status: "held", campaign: "yerimbetov", cases: ["yerimbetov"],
    title: "Advocacy mission to Washington D.C.",
    description: "An ODF delegation joined Jared Genser (with his team) and Zhamilya Yerimbetova for a three-day mission in the capital.",
    date: "2019-06-12", lastDate: "2019-06-14", timeZone: "America/New_York", city: "Washington, D.C.", country: "US" },
  { key: "post-elections-pace-2019", kind: "side_event", forum: "pace_session", status: "held",
    title: "Post-elections scenarios in Ukraine, Moldova and Kazakhstan. Between political uncertainty and regime consolidation",
    description: "Hosted upon the initiative of PACE member Roberto Rampi (Italy; SOC) with the Italian Federation for Human Rights.",
    date: "2019-06-25", timeZone: "Europe/Paris", venue: "Council of Europe, Palais de l'Europe", city: "Strasbourg", country: "FR",
    participants: [{ contact: "rampi", role: "co_host" }], partners: ["fidu"] },
  { key: "post-elections-osce-pa-2019", kind: "side_event", forum: "osce_pa_session", status: "reported",
    title: "Post-elections scenarios in Ukraine, Moldova and Kazakhstan",
    description: "Side-event at the 28th OSCE PA Annual Session bringing together CSOs and members of PACE who took part in election and human rights observation missions, to discuss the attitude of the new and old ruling elites towards the challenges of the future.",
    date: "2019-07-04", time: ["12:30", "14:30"], timeZone: "Europe/Luxembourg", venue: "European Convention Centre", room: "Room E (Level 1)", city: "Luxembourg", country: "LU",
    partners: ["fidu"],
    report: "Organised with the Italian Federation for Human Rights at the European Convention Centre during the 28th OSCE PA Annual Session.",
    tasks: [
      { key: "room", title: "Book room E (Level 1) at the European Convention Centre", category: "room_booking", dueOn: "2019-06-07", doneOn: "2019-06-05" },
      { key: "accreditation", title: "Accreditation for the OSCE PA Annual Session", category: "accreditation", dueOn: "2019-06-21", doneOn: "2019-06-19" },
      { key: "invites", title: "Send invitations to OSCE PA delegations", category: "communication", dueOn: "2019-06-24", doneOn: "2019-06-24" },
    ] },
  { key: "magnitsky-rome-2019", kind: "conference", forum: "national_parliament", status: "held", campaign: "magnitsky",
    title: "Human Rights protection and sanctions: towards a Global Magnitsky Act",
    description: "Organised by ODF and FIDU, hosted by Deputy Lia Quartapelle (Democratic Party).",
    date: "2019-07-24", timeZone: "Europe/Rome", venue: "Chamber of Deputies", room: "Conference room", city: "Rome", country: "IT",
    participants: [{ contact: "quartapelle", role: "co_host" }], partners: ["fidu"] },
  { key: "china-hdim-2019", kind: "side_event", forum: "osce_hdim", status: "held",
    title: "Suppressing Civil Society in China: Role Model for OSCE Authoritarian Members?",
    description: "Co-organised by the Italian Federation for Human Rights and the Open Dialogue Foundation during the OSCE Human Dimension Implementation Meeting.",
    date: "2019-09-18", time: ["08:15", null], timeZone: "Europe/Warsaw", room: "Meeting Room 1", city: "Warsaw", country: "PL",
    partners: ["fidu"] },
  { key: "dissent-osce-pa-2020", kind: "side_event", forum: "osce_pa_session", status: "held",
    title: "New and Old Ways of Suppressing Dissent in the OSCE Area: Protecting Political Refugees from Legal and Technological Abuse",
    description: "Hosted with members of the Dutch Delegation, Farah Karimi and Boris Dittrich, on the occasion of the 19th Winter Meeting of the OSCE Parliamentary Assembly.",
    date: "2020-02-20", timeZone: "Europe/Vienna", city: "Vienna", country: "AT",
    participants: [{ contact: "karimi", role: "co_host" }, { contact: "dittrich", role: "co_host" }] },
  { key: "covid-press-2020", kind: "press_conference", forum: "national_parliament", status: "reported",
    title: "The Authoritarian Epidemic: Safeguarding Human Rights in Times of COVID-19",
    description: "Press conference upon the initiative of Senator Roberto Rampi, with the Italian Federation for Human Rights.",
    date: "2020-07-29", timeZone: "Europe/Rome", venue: "Italian Senate", room: "Sala Caduti di Nassirya", city: "Rome", country: "IT",
    participants: [{ contact: "rampi", role: "co_host" }], partners: ["fidu"],
    report: "ODF and FIDU's first real-life event after the lockdown." },
  // The news item is the invitation and gives no date; the Foundation's own account of the
  // discussion dates it 25 March 2021 (no hours given: an all-day entry). Its preparation tasks
  // were done by then, on their due dates (a demo convention, the items do not say).
  { key: "eu-response-online-2021", kind: "webinar", forum: "online", status: "held",
    title: "Addressing human rights abuses in Kazakhstan: a need for the EU response",
    description: "Online event co-hosted by MEP Petras Auštrevičius (Renew Europe; Lithuania) in cooperation with ODF, held on 25 March 2021.",
    date: "2021-03-25", timeZone: "Europe/Brussels",
    participants: [{ contact: "austrevicius", role: "co_host" }],
    tasks: [
      { key: "platform", title: "Set up the webinar platform and test the link", category: "av", dueOn: "2021-03-19", doneOn: "2021-03-19" },
      { key: "interpretation", title: "Arrange English–Russian interpretation", category: "interpretation", dueOn: "2021-03-22", doneOn: "2021-03-22" },
      { key: "invites", title: "Send invitations to MEPs", category: "communication", dueOn: "2021-03-15", doneOn: "2021-03-15" },
    ] },
];
// Past events' guest lists are not in the fixtures; the event still being organised, with its
// guests not yet sent their invitations, is a recent record (data-recent.ts).
