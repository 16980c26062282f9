// Contact timeline entries: what the news items record these people doing with the foundation.
import type { activityKindEnum } from "../schema";

export type ActivitySeed = {
  key: string;
  contact: string;
  kind: (typeof activityKindEnum.enumValues)[number];
  on: string; // local date
  time?: string;
  timeZone?: string;
  subject: string;
  body?: string;
  author: "officer" | "coordinator" | "manager";
  campaign?: string;
  case?: string;
};

export const activitySeeds: ActivitySeed[] = [
  { key: "sanchez-amor-letters", contact: "sanchez-amor-osce", kind: "note", on: "2018-02-23", author: "officer",
    subject: "Signed two letters, one to President Nazarbayev",
    body: "As Chair of the OSCE PA General Committee on Democracy, Human Rights and Humanitarian Questions." },
  { key: "austrevicius-open-letter", contact: "austrevicius", kind: "note", on: "2018-07-12", author: "officer", campaign: "dck-ban",
    subject: "Signed the open letter to President Nazarbayev",
    body: "One of eight MEPs denouncing the reduction of the space for civil liberties in Kazakhstan." },
  { key: "rampi-side-event", contact: "rampi", kind: "meeting", on: "2019-06-25", author: "coordinator",
    subject: "PACE side-event on post-election scenarios, on his initiative" },
  { key: "quartapelle-rome", contact: "quartapelle", kind: "meeting", on: "2019-07-24", author: "coordinator", campaign: "magnitsky",
    subject: "Hosted the event \"Towards a Global Magnitsky Act\" at the Chamber of Deputies" },
  { key: "karimi-side-event", contact: "karimi", kind: "meeting", on: "2020-02-20", author: "coordinator",
    subject: "Co-hosted the side-event at the OSCE PA Winter Meeting" },
  { key: "dittrich-side-event", contact: "dittrich", kind: "meeting", on: "2020-02-20", author: "coordinator",
    subject: "Co-hosted the side-event at the OSCE PA Winter Meeting" },
  { key: "rampi-press", contact: "rampi", kind: "meeting", on: "2020-07-29", author: "coordinator",
    subject: "Press conference \"The Authoritarian Epidemic\" at the Italian Senate, on his initiative" },
  { key: "bonino-wq", contact: "bonino", kind: "note", on: "2020-11-25", author: "officer", campaign: "magnitsky", case: "agadil",
    subject: "Submitted a written question on the Agadil case and individual sanctions",
    body: "Addressed to Luigi di Maio, Minister of Foreign Affairs and International Cooperation." },
  { key: "austrevicius-online-event", contact: "austrevicius", kind: "email", on: "2021-03-09", time: "11:00", author: "coordinator",
    subject: "Online event on the EU response: co-hosting confirmed",
    body: "Co-hosts the online event \"Addressing human rights abuses in Kazakhstan: a need for the EU response\". Date to be confirmed." },
];
