// Campaigns around the fixtures' material, owned by the manager.
import type { campaignGoalMetricEnum, campaignStatusEnum } from "../schema";

type Role = "manager" | "officer" | "coordinator";

export type CampaignSeed = {
  key: string;
  name: string;
  summary: string;
  description: string;
  status: (typeof campaignStatusEnum.enumValues)[number];
  startsOn?: string;
  endsOn?: string;
  goals: Array<{
    key: string;
    metric: (typeof campaignGoalMetricEnum.enumValues)[number];
    label: string;
    target: number;
    dueOn?: string;
  }>;
  members: Array<{ user: Role; role: string }>;
};

export const campaignSeeds: CampaignSeed[] = [
  {
    key: "yerimbetov",
    name: "Free Iskander Yerimbetov",
    summary: "Release of businessman Iskander Yerimbetov, held and tortured to pressure his sister, lawyer Botagoz Jardemalie.",
    description:
      "Letters by MEPs (December 2017) and US senators (July 2019), the UN Working Group on Arbitrary Detention's " +
      "finding that his detention was arbitrary, and the US Mission to the OSCE statement of 8 November 2018. " +
      "He was released on 30 December 2019 and reached Geneva on 4 July 2020.",
    status: "completed",
    startsOn: "2017-12-13",
    endsOn: "2020-07-04",
    goals: [
      { key: "released", metric: "cases_released", label: "Iskander Yerimbetov released", target: 1 },
      { key: "letters", metric: "signatures", label: "Parliamentarians signing letters for his release", target: 17 },
    ],
    members: [
      { user: "manager", role: "lead" },
      { user: "officer", role: "member" },
    ],
  },
  {
    key: "magnitsky",
    name: "Magnitsky sanctions for Kazakhstan",
    summary: "Individual sanctions on officials responsible for political persecution in Kazakhstan.",
    description:
      "Push for Magnitsky legislation in Italy and at EU level and for its use against those responsible for " +
      "persecution in Kazakhstan: PACE written declaration (spring 2019), side-events and conferences in Strasbourg " +
      "and Rome, and the list of persons to be sanctioned in the case of Dulat Agadil.",
    status: "active",
    startsOn: "2019-03-28",
    goals: [
      { key: "events", metric: "events_held", label: "Events on Magnitsky legislation", target: 4, dueOn: "2021-12-31" },
      { key: "pace-wd", metric: "signatures", label: "PACE members signing the Magnitsky written declaration", target: 20, dueOn: "2019-04-12" },
      { key: "letter", metric: "signatures", label: "MEPs signing the letter on sanctions in the Agadil case", target: 15, dueOn: "2021-04-15" },
    ],
    members: [
      { user: "manager", role: "lead" },
      { user: "officer", role: "member" },
      { user: "coordinator", role: "events" },
    ],
  },
  {
    key: "elections-2021",
    name: "January 2021 elections in Kazakhstan",
    summary: "Attention to repression around the parliamentary election of 10 January 2021.",
    description:
      "Since June 2020 at least 28 political prisoners and 95 ongoing politically motivated prosecutions. Letters " +
      "by 24 MEPs from 14 member states (16 October 2020) and by Italian parliamentarians (25 November 2020) to " +
      "President Tokayev; a statement on the election; the European Parliament's urgency resolution of " +
      "11 February 2021.",
    status: "completed",
    startsOn: "2020-10-16",
    endsOn: "2021-02-11",
    goals: [
      { key: "meps", metric: "signatures", label: "MEPs signing letters to President Tokayev", target: 20, dueOn: "2020-10-16" },
      { key: "statement", metric: "appeals_sent", label: "Post-election statement published", target: 1, dueOn: "2021-01-12" },
      { key: "resolution", metric: "other", label: "European Parliament urgency resolution on Kazakhstan", target: 1, dueOn: "2021-02-11" },
    ],
    members: [
      { user: "manager", role: "lead" },
      { user: "officer", role: "member" },
    ],
  },
  {
    key: "dck-ban",
    name: "DCK ban: stop the persecution of its supporters",
    summary: "Cancel the March 2018 ban of the Democratic Choice of Kazakhstan and stop prosecuting dissent as 'extremism'.",
    description:
      "On 13 March 2018 the Yesilskiy District Court in Astana banned the DCK behind closed doors; posts, comments and " +
      "'likes' became grounds for prison terms of up to 17 years. The report on the ban asks EU, UN, PACE and OSCE PA " +
      "bodies and democratic governments to condemn the persecution and to add the officials responsible to " +
      "Magnitsky lists.",
    status: "active",
    startsOn: "2018-03-13",
    goals: [
      { key: "addressees", metric: "appeals_sent", label: "Report addressees reached", target: 26, dueOn: "2018-04-30" },
      { key: "pace-wd", metric: "signatures", label: "PACE members signing the April 2018 declaration", target: 25, dueOn: "2018-04-27" },
    ],
    members: [
      { user: "manager", role: "lead" },
      { user: "officer", role: "member" },
    ],
  },
];
