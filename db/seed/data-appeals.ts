// Outgoing appeals built on the fixtures, each in the status its story ended in (the one waiting
// for review now is a recent record, data-recent.ts). Their wording restates the
// report and news items; recipients are contacts (snapshotted on insert) or, for institutions not
// on file, a name only.
import type { appealStatusEnum, appealTypeEnum, dispatchChannelEnum } from "../schema";

type User = "officer" | "manager";

export type AppealSeed = {
  key: string;
  type: (typeof appealTypeEnum.enumValues)[number];
  title: string;
  subject: string;
  status: (typeof appealStatusEnum.enumValues)[number];
  campaign?: string;
  owner: User;
  cases: string[];
  /** contact keys, or "list:<key>" for every member of a list */
  recipients: string[];
  /** recipients without a contact record */
  namedRecipients?: Array<{ key: string; name: string; organization?: string }>;
  submittedOn?: string;
  approvedOn?: string;
  sentOn?: string;
  sentChannel?: (typeof dispatchChannelEnum.enumValues)[number]; // default: e-mail, else web form, else post
  closedOn?: string;
  versions: Array<{ on: string; author: User; body: string }>;
  reviews: Array<{ on: string; decision: "approved" | "returned"; comment?: string }>;
  replies: Array<{ key: string; on: string; from: string; recipient?: string; summary: string }>;
};

const dckBody = `The Open Dialog Foundation is deeply concerned by the decision of the Yesilskiy District Court in
Astana of 13 March 2018 to ban the opposition movement Democratic Choice of Kazakhstan (DCK) as
"extremist", issued behind closed doors and without a trial.

Since the ban, posts, comments and "likes" supporting the DCK are treated as crimes carrying prison terms of
2 to 17 years. Activists have been summoned to police stations and warned of criminal liability; people
walking with blue balloons on 21–22 March 2018 were stopped and had their data recorded; Akmaral Tobylova is
under house arrest and Ardak Ashim was forcibly placed in a mental hospital. Zhanara Akhmetova remains at
risk of extradition from Ukraine.

We call on you to:

1. urge the authorities of Kazakhstan to cancel the decision banning the DCK immediately;
2. demand an end to the politically motivated persecution of citizens for dissent;
3. consider including the leaders of the Ministry of Internal Affairs, the Local Police Service, the General
   Prosecutor's Office and the National Security Committee in Magnitsky sanctions lists.`;

export const appealSeeds: AppealSeed[] = [
  {
    key: "mogherini-2015", type: "open_letter", status: "response_received", owner: "officer", cases: [],
    title: "Open letter to the High Representative on human rights in Kazakhstan",
    subject: "The critical situation of human rights in Kazakhstan",
    recipients: ["mogherini"], approvedOn: "2015-02-02", sentOn: "2015-02-02",
    versions: [{ on: "2015-01-30", author: "officer", body: "Open letter drawing the High Representative's attention to the critical situation of human rights in Kazakhstan." }],
    reviews: [{ on: "2015-02-02", decision: "approved" }],
    replies: [{ key: "eeas", on: "2015-03-11", from: "European External Action Service", recipient: "mogherini", summary: "The EEAS replied on behalf of the High Representative to the Foundation's letter of February 2015 (reported in the news digest in March 2015; exact date of receipt not recorded)." }],
  },
  {
    key: "dck-ban-2018", type: "letter_of_concern", status: "sent", owner: "officer", campaign: "dck-ban",
    cases: ["akhmetova", "tobylova", "ashim"],
    title: "Cancel the ban on the DCK and stop persecuting dissent",
    subject: "Kazakhstan: ban on the Democratic Choice of Kazakhstan and persecution of its supporters",
    recipients: ["list:dck-report"], submittedOn: "2018-04-03", approvedOn: "2018-04-04", sentOn: "2018-04-04",
    versions: [
      { on: "2018-04-02", author: "officer", body: dckBody.split("\n\nWe call on you to:")[0] },
      { on: "2018-04-03", author: "officer", body: dckBody },
    ],
    reviews: [
      { on: "2018-04-03", decision: "returned", comment: "Add the concrete requests from the report's conclusions, including Magnitsky sanctions." },
      { on: "2018-04-04", decision: "approved" },
    ],
    replies: [],
  },
  {
    // The news digest: on 26 May 2020 the appeal went to the three recipients (signed by seven
    // MEPs). The review steps are the demo's: first draft returned, rewritten, resubmitted, then
    // approved on the day it went out (approval days are not recorded). No reply is reported.
    key: "akhmetova-2020", type: "urgent_appeal", status: "sent", owner: "officer", campaign: "dck-ban", cases: ["akhmetova"],
    title: "Halt the extradition of Zhanara Akhmetova",
    subject: "Urgent: Zhanara Akhmetova and her son at risk of extradition to Kazakhstan",
    recipients: ["zelensky", "venediktova", "sokoliuk"], submittedOn: "2020-05-21", approvedOn: "2020-05-26", sentOn: "2020-05-26",
    versions: [
      { on: "2020-05-19", author: "officer", body: "Kazakhstani journalist Zhanara Akhmetova, one of the leaders of the DCK, can be extradited from Ukraine at any time. We urge you to reconsider her asylum application and to halt her extradition." },
      { on: "2020-05-20", author: "officer", body: "On 14 May 2020 the Supreme Court of Ukraine, acting as a last instance court and without her attorney present, reversed the decision granting asylum to Kazakhstani journalist Zhanara Akhmetova and her 12-year-old son. If extradited, she faces torture and an unfair trial. We urge you to reconsider her asylum application and to halt her extradition." },
    ],
    reviews: [
      { on: "2020-05-20", decision: "returned", comment: "Cite the Supreme Court decision of 14 May 2020 and mention her son." },
      { on: "2020-05-26", decision: "approved" },
    ],
    replies: [],
  },
  {
    key: "mendigaziev-2020", type: "letter_of_concern", status: "draft", owner: "officer", campaign: "elections-2021", cases: ["mendigaziev"],
    title: "Harassment of the relatives of Barlyk Mendigaziev",
    subject: "Searches of the Mendigaziev family's homes and farms on 21 December 2020",
    recipients: ["akorda"],
    versions: [{ on: "2020-12-23", author: "officer", body: "On 21 December 2020 armed officers searched the houses and farms of Eric and Kalyk Mendigaziev, officially over the theft of 10 horses. We are concerned that this operation is an attempt to silence their relative, human rights defender Barlyk Mendigaziev." }],
    reviews: [],
    replies: [],
  },
  {
    key: "elections-statement-2021", type: "statement", status: "approved", owner: "manager", campaign: "elections-2021", cases: [],
    title: "Kazakhstan's parliamentary election of 10 January 2021",
    subject: "Electoral fraud, obstruction of independent observers and mass arbitrary arrests",
    recipients: [], submittedOn: "2021-01-11", approvedOn: "2021-01-11",
    versions: [{ on: "2021-01-11", author: "manager", body: "Kazakhstan failed to meet OSCE standards for democratic elections: the observation mission points to a lack of competition, limits on voters' fundamental rights and freedoms, and a politicised Central Electoral Commission. Before the vote the authorities restricted observers' rights, banned online donations to NGOs and tried to cut citizens off from the internet; at least 28 political prisoners and 95 ongoing politically motivated prosecutions were recorded since June 2020." }],
    reviews: [{ on: "2021-01-11", decision: "approved" }],
    replies: [],
  },
  {
    key: "kozlov-inquiry-2013", type: "letter_of_concern", status: "closed", owner: "officer", cases: ["kozlov"],
    title: "Official inquiry on Vladimir Kozlov's health condition",
    subject: "Health condition of Vladimir Kozlov in Penal Colony EC-164/3",
    recipients: [],
    namedRecipients: [
      { key: "gpo", name: "General Prosecutor's Office of the Republic of Kazakhstan", organization: "General Prosecutor's Office of the Republic of Kazakhstan" },
      { key: "colony", name: "Management of Penal Colony EC-164/3" },
    ],
    closedOn: "2013-04-26",
    // Sent in the month the replies were reported (April 2013; exact dates not recorded).
    versions: [{ on: "2013-04-01", author: "officer", body: "Inquiry about the health condition of the opposition politician Vladimir Kozlov and the medical care available to him in the colony." }],
    reviews: [],
    replies: [
      { key: "gpo", on: "2013-04-26", from: "General Prosecutor's Office of the Republic of Kazakhstan", recipient: "gpo", summary: "Replied to the Foundation's inquiry (reported in April 2013; exact date of receipt not recorded)." },
      { key: "colony", on: "2013-04-26", from: "Management of Penal Colony EC-164/3", recipient: "colony", summary: "Replied to the Foundation's inquiry (reported in April 2013; exact date of receipt not recorded)." },
    ],
  },
];
