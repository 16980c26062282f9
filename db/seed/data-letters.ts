// Sign-on letters, PACE written declarations and written questions from the news items, with the
// dates and counts the items give. Signatories are listed only where the item names them.
import type { letterKindEnum, letterStatusEnum, parliamentaryBodyEnum, signatoryStatusEnum } from "../schema";

export type LetterSeed = {
  key: string;
  kind: (typeof letterKindEnum.enumValues)[number];
  title: string;
  body: string;
  addressee: string;
  parliamentaryBody: (typeof parliamentaryBodyEnum.enumValues)[number];
  campaign?: string;
  targetSignatures?: number;
  reportedSignatures?: number;
  status: (typeof letterStatusEnum.enumValues)[number];
  deadline?: string;
  dispatchedOn?: string;
  replyReceivedOn?: string;
  replySummary?: string;
  referenceNumber?: string;
  /** when the letter was started; by default its earliest dated step (asked, signed, dispatched) */
  createdOn?: string;
  owner: "officer" | "manager";
  cases: string[];
  signatories: Array<{
    contact: string;
    status: (typeof signatoryStatusEnum.enumValues)[number];
    askedOn?: string;
    followedUpOn?: string;
    signedOn?: string;
    group?: string; // political group at the time, when it differs from the contact's current one
    note?: string;
  }>;
};

const signed = (contact: string, on?: string, group?: string) => ({ contact, status: "signed" as const, signedOn: on, group });
const pace = "pace" as const;
const ep = "european_parliament" as const;
const national = "national_parliament" as const;

export const letterSeeds: LetterSeed[] = [
  { key: "pace-wd-2017-10", kind: "written_declaration", parliamentaryBody: pace, status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Written declaration: end political oppression, injustice and torture in Kazakhstan",
    body: "Signed on 11 October 2017 by 26 members of PACE, calling for the immediate cessation of political oppression, injustice and torture in the Republic of Kazakhstan.",
    addressee: "Authorities of the Republic of Kazakhstan", reportedSignatures: 26, dispatchedOn: "2017-10-11" },
  { key: "pace-letter-2017-10", kind: "joint_letter", parliamentaryBody: pace, status: "dispatched", owner: "officer", cases: ["dzhakishev", "tokmadi"], signatories: [],
    title: "PACE members' letter on Mukhtar Dzhakishev and Muratkhan Tokmadi",
    body: "Joint letter of concern over the unlawful detention of two political prisoners, Mukhtar Dzhakishev and Muratkhan Tokmadi.",
    addressee: "President of Kazakhstan Nursultan Nazarbayev", dispatchedOn: "2017-10-11" },
  { key: "ep-letter-2017-12", kind: "joint_letter", parliamentaryBody: ep, campaign: "yerimbetov", status: "dispatched", owner: "officer", cases: ["yerimbetov"], signatories: [],
    title: "MEPs' letter to the authorities of Kazakhstan on politically motivated prosecutions",
    body: "A group of MEPs raised the human rights situation and individual politically motivated prosecutions, including the case of Iskander Yerimbetov.",
    addressee: "Highest authorities of the Republic of Kazakhstan", dispatchedOn: "2017-12-13" },
  { key: "pace-wd-2018-01", kind: "written_declaration", parliamentaryBody: pace, status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Written declaration: Kazakhstan must abide by the ICCPR",
    body: "Signed on 25 January 2018 (winter session) by 24 members, urging the authorities of Kazakhstan to abide by the country's commitments under the International Covenant on Civil and Political Rights, ratified in 2005.",
    addressee: "Authorities of the Republic of Kazakhstan", reportedSignatures: 24, dispatchedOn: "2018-01-25" },
  { key: "ep-wq-2018-03", kind: "written_question", parliamentaryBody: ep, status: "dispatched", owner: "officer", cases: [], signatories: [signed("zdechovsky", "2018-03-21")],
    title: "Written question on arbitrary detention and torture in Kazakhstan",
    body: "Submitted by MEP Tomáš Zdechovský after seven MEPs had appealed to President Nazarbayev about the human rights situation.",
    addressee: "EU Vice-President / High Representative", dispatchedOn: "2018-03-21" },
  { key: "pace-wd-2018-04", kind: "written_declaration", parliamentaryBody: pace, campaign: "dck-ban", status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Written declaration on attacks on civil liberties in Kazakhstan",
    body: "Signed on 25 April 2018 (spring session) by 29 members, expressing 'serious concern' about the attacks on civil liberties and calling for the cessation of blocking social media.",
    addressee: "Authorities of the Republic of Kazakhstan", targetSignatures: 25, reportedSignatures: 29, dispatchedOn: "2018-04-25" },
  { key: "pace-wd-2018-06", kind: "written_declaration", parliamentaryBody: pace, status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Written declaration on torture in detention and the right to peaceful assembly in Kazakhstan",
    body: "Signed by 22 members during the PACE summer session 2018, deploring torture in detention facilities, the lack of investigation of this systemic practice and severe violations of the right to peaceful assembly.",
    addressee: "Authorities of the Republic of Kazakhstan", reportedSignatures: 22, createdOn: "2018-06-25" }, // summer session: 25–29 June 2018
  { key: "ep-letter-2018-07", kind: "joint_letter", parliamentaryBody: ep, campaign: "dck-ban", status: "dispatched", owner: "officer", cases: [],
    title: "Open letter to President Nazarbayev on the shrinking space for civil liberties",
    body: "Eight MEPs decried the human rights situation in Kazakhstan and denounced the reduction of the space for civil liberties.",
    addressee: "President of Kazakhstan Nursultan Nazarbayev", dispatchedOn: "2018-07-12",
    signatories: [
      signed("stetina", "2018-07-12"), signed("austrevicius", "2018-07-12", "ALDE"), signed("kelam", "2018-07-12"),
      signed("klinz", "2018-07-12"), signed("gomes", "2018-07-12"), signed("hautala", "2018-07-12"),
      signed("mazuronis", "2018-07-12"), signed("nart", "2018-07-12"),
    ] },
  { key: "ep-letter-2019-02", kind: "joint_letter", parliamentaryBody: ep, status: "dispatched", owner: "officer", cases: [],
    title: "Letter to the High Representative on the removal of a judge in Kazakhstan",
    body: "Concerning the removal from office of Malik Kenzhaliyev, Chairman of the Aktau City Court, after he acquitted Aigul Akberdiyeva, a victim of political prosecution.",
    addressee: "Federica Mogherini, EU High Representative for Foreign Affairs and Security Policy", dispatchedOn: "2019-02-19",
    signatories: ["gomes", "lochbihler", "delvaux", "kelam", "brok", "lalonde", "benifei", "ward"].map((c) => signed(c, "2019-02-19")) },
  { key: "pace-wd-2019-04", kind: "written_declaration", parliamentaryBody: pace, campaign: "magnitsky", status: "dispatched", owner: "manager", cases: [],
    title: "Magnitsky laws sanctions must be imposed in response to political prosecution in Kazakhstan",
    body: "Tabled by André Gattolin, French senator and member of the French delegation to the Council of Europe; signed by 22 members during the PACE spring session 2019.",
    addressee: "", targetSignatures: 20, reportedSignatures: 22, createdOn: "2019-04-08", // spring session: 8–12 April 2019
    signatories: [{ contact: "gattolin", status: "signed", note: "Tabled the declaration" }] },
  { key: "pace-wd-682", kind: "written_declaration", parliamentaryBody: pace, status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Written Declaration No. 682", referenceNumber: "Written Declaration No. 682",
    body: "Signed by 32 members from various national delegations (e.g. Italy, France, United Kingdom, Germany, Portugal) during the PACE summer session, 24–28 June 2019, in Strasbourg.",
    addressee: "", reportedSignatures: 32, createdOn: "2019-06-24" },
  { key: "us-senators-2019-07", kind: "joint_letter", parliamentaryBody: national, campaign: "yerimbetov", status: "dispatched", owner: "manager", cases: ["yerimbetov"],
    title: "US senators' letter calling for the release of Iskander Yerimbetov",
    body: "Bipartisan letter of concern initiated by senators Marco Rubio and Robert Menendez and signed by seventeen senators.",
    addressee: "President of Kazakhstan Kassym-Jomart Tokayev", reportedSignatures: 17, dispatchedOn: "2019-07-29",
    signatories: [
      { ...signed("rubio", "2019-07-29"), note: "Initiator" }, { ...signed("menendez", "2019-07-29"), note: "Initiator" },
      signed("sanders", "2019-07-29"), signed("kaine", "2019-07-29"),
    ] },
  { key: "ep-letters-2020-10", kind: "joint_letter", parliamentaryBody: ep, campaign: "elections-2021", status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Two letters to President Tokayev on the worsening human rights trend",
    body: "Two letters signed by twenty-four MEPs representing 14 EU member states, in the context of the extremely worrying human rights trend in the country.",
    addressee: "President of Kazakhstan Kassym-Jomart Tokayev", targetSignatures: 20, reportedSignatures: 24, dispatchedOn: "2020-10-16" },
  { key: "it-letter-2020-11", kind: "joint_letter", parliamentaryBody: national, campaign: "elections-2021", status: "dispatched", owner: "officer", cases: [], signatories: [],
    title: "Italian parliamentarians' letter to President Tokayev before the election",
    body: "Six members of the Italian Parliament expressed deep concern about fundamental freedoms; the mass repression puts Kazakhstan's credibility and its aim of becoming a 'listening state' at stake before the parliamentary election.",
    addressee: "President of Kazakhstan Kassym-Jomart Tokayev", reportedSignatures: 6, dispatchedOn: "2020-11-25" },
  { key: "it-wq-2020-11", kind: "written_question", parliamentaryBody: national, campaign: "magnitsky", status: "dispatched", owner: "officer", cases: ["agadil"],
    title: "Written question on the Agadil case and individual sanctions",
    body: "Submitted by Senator Emma Bonino, focused on the killing of Dulat Agadil (named Zhanbolat Agadil in the news item) and on individual sanctions against violators of human rights in Kazakhstan.",
    addressee: "Luigi di Maio, Minister of Foreign Affairs and International Cooperation of Italy", dispatchedOn: "2020-11-25",
    signatories: [signed("bonino", "2020-11-25")] },
  { key: "ep-interpol-2015", kind: "joint_letter", parliamentaryBody: ep, status: "reply_received", owner: "officer", cases: [], signatories: [],
    title: "S&D MEPs' letter on the abuse of Interpol by Kazakhstan",
    body: "Letter from MEPs of the Progressive Alliance of Socialists and Democrats concerning mass-scale abuse of the Interpol system by the Kazakh authorities.",
    addressee: "Federica Mogherini, EU High Representative for Foreign Affairs and Security Policy",
    replySummary: "Federica Mogherini replied to the MEPs (reported in the news digest, 2015).",
    createdOn: "2015-01-01" }, // only the year is known
  // Its deadline passed with no signature on file and the news items report no letter sent: the
  // collection closed then (the goal "MEPs signing the letter…" stays 0 of 15, as it ended).
  { key: "ep-agadil-sanctions", kind: "joint_letter", parliamentaryBody: ep, campaign: "magnitsky", status: "closed", owner: "officer", cases: ["agadil"],
    title: "Joint letter: EU individual sanctions in the case of Dulat Agadil",
    body: "Asks the EU to impose individual sanctions on the persons listed in the Foundation's report on the case of Dulat Agadil, and recalls that at least 183 people were prosecuted for taking part in memorial ceremonies in his honour. Signature collection closed at the deadline of 15 April 2021; the news items do not report the letter being sent.",
    addressee: "EU High Representative for Foreign Affairs and Security Policy", targetSignatures: 15, deadline: "2021-04-15",
    signatories: [
      { contact: "austrevicius", status: "followed_up", askedOn: "2021-03-01", followedUpOn: "2021-03-08" },
      { contact: "sanchez-amor-mep", status: "asked", askedOn: "2021-03-01" },
      { contact: "nienass", status: "asked", askedOn: "2021-03-01" },
      { contact: "hautala", status: "to_ask" },
      { contact: "zdechovsky", status: "to_ask" },
      { contact: "benifei", status: "to_ask" },
    ] },
];
