// The three incoming appeals of the fixtures, logged and triaged.
import type { incomingChannelEnum, incomingStatusEnum } from "../schema";
import { appealKoshePartiyasy2020, appealReturn201707, appealStay201707 } from "./data-incoming-texts";

export type IncomingSeed = {
  key: string;
  senderContact?: string;
  senderName: string;
  receivedOn: string;
  channel: (typeof incomingChannelEnum.enumValues)[number];
  language: string;
  originalText: string;
  requestSummary: string;
  status: (typeof incomingStatusEnum.enumValues)[number];
  assignedTo?: "officer" | "manager";
  dueOn?: string;
  case?: string;
};

export const incomingSeeds: IncomingSeed[] = [
  {
    key: "return-2017-07",
    senderContact: "marzec",
    senderName: "Balli Marzec (signed Balli March)",
    receivedOn: "2017-07-11",
    channel: "other",
    language: "en",
    originalText: appealReturn201707,
    requestSummary:
      "Leader of the Kazakhstan opposition abroad, a Polish citizen, returns to Kazakhstan on 12 July 2017 for her " +
      "mother's funeral despite warnings that she may be in danger; asks NGOs and the Polish authorities for support.",
    status: "accepted",
    assignedTo: "officer",
    case: "marzec",
  },
  {
    key: "stay-2017-07",
    senderContact: "marzec",
    senderName: "Balli Marzec",
    receivedOn: "2017-07-31",
    channel: "other",
    language: "en",
    originalText: appealStay201707,
    requestSummary:
      "Wants to stay in Kazakhstan; has applied for a residence card without response; asks for a meeting at the " +
      "earliest possible time to present the opposition and discuss the human rights situation.",
    status: "new",
    case: "marzec",
  },
  {
    key: "koshe-partiyasy-2020",
    senderName: "Askhat Zheksebayev, Abaybek Sultanov, Noyan Rakhimzhanov, Bolat Smagulov, Kairat Klyshev (Koshe Partiyasy)",
    receivedOn: "2020-05-25",
    channel: "social_media",
    language: "en",
    originalText: appealKoshePartiyasy2020,
    requestSummary:
      "Leaders of the peaceful movement Koshe Partiyasy, banned and declared extremist by a secret court (reported " +
      "19 May 2020), fear they will be prevented from appealing; 13 activists were detained in Astana on 22 May " +
      "2020. They ask the international community to condemn the ban publicly and to monitor their activities.",
    status: "accepted",
    assignedTo: "officer",
    dueOn: "2020-06-05",
    case: "zheksebayev",
  },
];
