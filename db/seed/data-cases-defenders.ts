// People at risk named in the fixtures: human rights defenders, activists and the authors of the
// incoming appeals. Facts, dates and wording come from the fixtures only.
import type { CaseSeed } from "./types";

const ru = (name: string) => ({ name, script: "cyrillic" as const, language: "ru" });

const koshe = (key: string, name: string, native: string): CaseSeed => ({
  key,
  primaryName: name,
  nameNative: native,
  country: "KZ",
  status: "at_risk",
  summary:
    "One of the leaders of the peaceful opposition movement Koshe Partiyasy, which planned to apply for " +
    "registration in 2020. On 19 May 2020 the Prosecutor General's Office reported that the movement's " +
    "activities were banned and declared extremist by a court hearing held without the leaders' participation. " +
    "Co-author of the leaders' public appeal of May 2020.",
  tags: ["koshe-partiyasy", "peaceful-assembly"],
  variants: [ru(native)],
  history: [{ status: "at_risk", on: "2020-05-19", note: "Koshe Partiyasy banned and declared extremist" }],
  campaigns: ["elections-2021"],
});

export const defenderCaseSeeds: CaseSeed[] = [
  {
    key: "semenova",
    primaryName: "Elena Semenova",
    nameNative: "Елена Семенова",
    country: "KZ",
    status: "detained",
    charges: "Criminal case for 'spreading knowingly false information'.",
    summary:
      "Human rights defender from Pavlodar. In July 2018 she told MEPs in Strasbourg about torture in places of " +
      "confinement; after her return a criminal case was opened and on 20 July 2018 police took her from her home.",
    tags: ["human-rights-defender", "torture"],
    variants: [ru("Елена Семенова")],
    history: [{ status: "detained", on: "2018-07-20", note: "Detained at home in Pavlodar" }],
    campaigns: [],
  },
  {
    key: "jardemalie",
    primaryName: "Botagoz Jardemalie",
    nameNative: "Ботагоз Жардемали",
    country: "KZ",
    status: "in_exile",
    summary:
      "Lawyer and human rights defender, counsel of Mukhtar Ablyazov, granted political asylum in Belgium. On " +
      "1 October 2019, at Kazakhstan's mutual-assistance request, Belgian police searched her Brussels apartment " +
      "without a warrant and seized devices and privileged work documents.",
    tags: ["lawyer", "refugee", "belgium"],
    variants: [
      ru("Ботагоз Жардемали"),
      { name: "Bota Jardemalie", script: "latin" },
      { name: "Botagoz Jardemali", script: "latin", note: "spelling in the 2018 DCK report" },
    ],
    history: [{ status: "in_exile", on: "2019-10-01", note: "Apartment in Brussels searched at Kazakhstan's request" }],
    campaigns: ["yerimbetov"],
  },
  {
    key: "agadil",
    primaryName: "Dulat Agadil",
    nameNative: "Дулат Агадил",
    country: "KZ",
    status: "deceased",
    summary:
      "Human rights activist and blogger from the village of Talapker near Nur-Sultan, one of the best-known leaders " +
      "of the protest movement. Died in February 2020; the Foundation calls it a political killing and published a " +
      "list of persons to be sanctioned. At least 183 people were prosecuted for attending memorial ceremonies.",
    tags: ["human-rights-defender", "magnitsky"],
    variants: [ru("Дулат Агадил")],
    history: [],
    campaigns: ["magnitsky"],
  },
  {
    key: "mendigaziev",
    primaryName: "Barlyk Mendigaziev",
    country: "KZ",
    status: "at_risk",
    restricted: true,
    summary:
      "Human rights defender. On 21 December 2020 armed officers searched the houses and farms of his relatives " +
      "Eric and Kalyk Mendigaziev, officially over the theft of 10 horses, in what appears to be an attempt to " +
      "silence him.",
    tags: ["human-rights-defender", "relatives-harassed"],
    variants: [],
    history: [{ status: "at_risk", on: "2020-12-21", note: "Relatives' homes and farms searched" }],
    campaigns: ["elections-2021"],
  },
  { ...koshe("zheksebayev", "Askhat Zheksebayev", "Асхат Жексебаев"), restricted: true },
  koshe("sultanov", "Abaybek Sultanov", "Абайбек Султанов"),
  koshe("rakhimzhanov", "Noyan Rakhimzhanov", "Ноян Рахимжанов"),
  koshe("smagulov", "Bolat Smagulov", "Болат Смагулов"),
  koshe("klyshev", "Kairat Klyshev", "Кайрат Клышев"),
  {
    key: "marzec",
    primaryName: "Balli Marzec",
    country: "KZ",
    status: "at_risk",
    summary:
      "Leader of the Kazakhstan opposition abroad and, since 2002, President of the Polish association Wspólnota " +
      "Kazachska; a Polish citizen. Returned to Kazakhstan on 12 July 2017 for her mother's funeral despite warnings " +
      "that she could be in danger, and asked NGOs and the Polish authorities for support.",
    tags: ["opposition", "poland"],
    variants: [{ name: "Balli March", script: "latin", note: "signature of the July 2017 appeal" }],
    history: [{ status: "at_risk", on: "2017-07-12", note: "Returned to Kazakhstan" }],
    campaigns: [],
  },
];
