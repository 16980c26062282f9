// People at risk named in the fixtures: prisoners, exiles and people facing extradition. Facts, dates
// and wording come from the news digest and the DCK-ban report only; where a day is not known no
// history row is invented (see data-cases-defenders.ts for the rest).
import type { CaseSeed } from "./types";

const ru = (name: string) => ({ name, script: "cyrillic" as const, language: "ru" });

export const prisonerCaseSeeds: CaseSeed[] = [
  {
    key: "yerimbetov",
    primaryName: "Iskander Yerimbetov",
    nameNative: "Искандер Еримбетов",
    country: "KZ",
    status: "released",
    charges: "Prosecuted in connection with the criminal case against Mukhtar Ablyazov.",
    summary:
      "Businessman, brother of the lawyer and political refugee Botagoz Jardemalie. Independent human rights " +
      "activists who visited him confirmed that he was tortured in detention while the special services pressed " +
      "him to make his sister return and testify against Ablyazov. The UN Working Group on Arbitrary Detention " +
      "found his detention arbitrary. Released on 30 December 2019; arrived in Geneva on a humanitarian visa on " +
      "4 July 2020.",
    tags: ["political-prisoner", "torture", "hostage-taking"],
    variants: [ru("Искандер Еримбетов")],
    history: [
      { status: "detained", on: "2017-12-13", note: "In detention when MEPs raised his case with the authorities" },
      { status: "imprisoned", on: "2018-11-08", note: "US Mission to the OSCE statement on mistreatment and trial irregularities" },
      { status: "released", on: "2019-12-30", note: "Released" },
    ],
    campaigns: ["yerimbetov"],
  },
  {
    key: "akhmetova",
    primaryName: "Zhanara Akhmetova",
    nameNative: "Жанара Ахметова",
    country: "KZ",
    status: "extradition_risk",
    summary:
      "Journalist, one of the leaders of the opposition movement Democratic Choice of Kazakhstan (DCK), seeking " +
      "asylum in Ukraine with her minor son. Arrested in Kyiv at Kazakhstan's request in October 2017 and released " +
      "in November 2017. On 14 May 2020 the Supreme Court of Ukraine reversed the decision granting her asylum; " +
      "she can be extradited at any time.",
    tags: ["dck", "journalist", "interpol-abuse", "ukraine"],
    variants: [ru("Жанара Ахметова")],
    history: [
      { status: "detained", on: "2017-10-21", note: "Detained in Kyiv at the request of Kazakhstan" },
      { status: "released", on: "2017-11-30", note: "Released from custody in November 2017 (day not recorded)" },
      { status: "extradition_risk", on: "2020-05-14", note: "Supreme Court of Ukraine reversed the asylum decision" },
    ],
    campaigns: ["dck-ban"],
  },
  {
    key: "ablyazov",
    primaryName: "Mukhtar Ablyazov",
    nameNative: "Мухтар Аблязов",
    country: "KZ",
    status: "in_exile",
    charges: "Prosecuted by Kazakhstan, Russia and Ukraine in the BTA Bank case.",
    summary:
      "Opposition politician, a founder of the renewed Democratic Choice of Kazakhstan (DCK). France's Conseil " +
      "d'État rejected Russia's extradition request as politically motivated on 9 December 2016. The National " +
      "Asylum Court of France granted him refugee status on 29 September 2020.",
    tags: ["dck", "extradition", "interpol-abuse"],
    variants: [ru("Мухтар Аблязов")],
    history: [
      { status: "extradition_risk", on: "2015-09-17", note: "French Prime Minister signed a decree ordering extradition to Russia" },
      { status: "in_exile", on: "2016-12-09", note: "Conseil d'État refused extradition as politically motivated" },
      { status: "in_exile", on: "2020-09-29", note: "Granted refugee status in France" },
    ],
    campaigns: ["dck-ban"],
  },
  {
    key: "tobylova",
    primaryName: "Akmaral Tobylova",
    country: "KZ",
    status: "house_arrest",
    charges: "Criminal charges under an article similar to Article 266 of the Criminal Code, for reading and discussing DCK materials.",
    summary:
      "Detained on 13 March 2018; she said she had only read information and discussed the DCK manifesto on social " +
      "networks. Being pregnant, she was placed under house arrest without phone or Internet. Amnesty International " +
      "recognised her as a prisoner of conscience.",
    tags: ["dck", "prisoner-of-conscience"],
    variants: [],
    history: [{ status: "house_arrest", on: "2018-03-13", note: "Detained; the court placed her under house arrest" }],
    campaigns: ["dck-ban"],
  },
  {
    key: "ashim",
    primaryName: "Ardak Ashim",
    nameNative: "Ардак Ашим",
    country: "KZ",
    status: "in_exile",
    charges: "Accused of 'incitement of social discord' over Facebook posts.",
    summary:
      "Activist and blogger from Shymkent. On 31 March 2018 she was interrogated and forcibly placed in a mental " +
      "hospital, a case of punitive psychiatry. On 15 March 2019 the State Migration Service of Ukraine refused " +
      "her refugee status.",
    tags: ["dck", "punitive-psychiatry", "ukraine"],
    variants: [ru("Ардак Ашим")],
    history: [
      { status: "detained", on: "2018-03-31", note: "Forcibly placed in a mental hospital" },
      { status: "in_exile", on: "2019-03-15", note: "Ukraine's Migration Service refused refugee status" },
    ],
    campaigns: ["dck-ban"],
  },
  {
    key: "tungishbayev",
    primaryName: "Muratbek Tungishbayev",
    nameNative: "Муратбек Тунгишбаев",
    country: "KZ",
    status: "detained",
    summary:
      "Opposition blogger. Detained in Bishkek by Kyrgyzstani security officers on 10 May 2018; a Kyrgyz court " +
      "authorised his extradition on 25 June 2018 and he was taken from the detention centre the next evening. " +
      "Denied timely medical care, he lost vision in one eye.",
    tags: ["extradition", "health", "kyrgyzstan"],
    variants: [ru("Муратбек Тунгишбаев")],
    history: [
      { status: "detained", on: "2018-05-10", note: "Detained in Bishkek" },
      { status: "extradition_risk", on: "2018-06-25", note: "Kyrgyz court authorised extradition to Kazakhstan" },
      { status: "detained", on: "2018-06-26", note: "Taken from the Bishkek detention centre by security officers" },
    ],
    campaigns: [],
  },
  {
    key: "kozlov",
    primaryName: "Vladimir Kozlov",
    nameNative: "Владимир Козлов",
    country: "KZ",
    status: "released",
    charges: "Convicted of 'inciting social discord'; 7 years and 6 months with confiscation of property (8 August 2012).",
    summary:
      "Leader of the opposition party Alga!. Sentenced on 8 August 2012; held in strict conditions and repeatedly " +
      "denied transfer and parole. The Kapshagai City Court ordered his conditional release on 4 August 2016.",
    tags: ["alga", "zhanaozen", "political-prisoner"],
    variants: [ru("Владимир Козлов"), { name: "V. Kozlov", script: "latin" }],
    history: [
      { status: "imprisoned", on: "2012-08-08", note: "Sentenced to 7 years 6 months" },
      { status: "released", on: "2016-08-04", note: "Kapshagai City Court ordered conditional release" },
    ],
    campaigns: [],
  },
  {
    key: "dzhakishev",
    primaryName: "Mukhtar Dzhakishev",
    nameNative: "Мухтар Джакишев",
    country: "KZ",
    status: "released",
    summary:
      "Political prisoner and torture victim, denied a fair and public trial; his health deteriorated in prison. " +
      "A court in Semey granted parole on 3 March 2020 and he was released on 19 March 2020.",
    tags: ["political-prisoner", "health"],
    variants: [ru("Мухтар Джакишев")],
    history: [
      { status: "imprisoned", on: "2017-10-11", note: "PACE members' letter on his unlawful detention" },
      { status: "released", on: "2020-03-19", note: "Released on parole" },
    ],
    campaigns: [],
  },
  {
    key: "tokmadi",
    primaryName: "Muratkhan Tokmadi",
    nameNative: "Муратхан Токмади",
    country: "KZ",
    status: "detained",
    summary:
      "Businessman arrested on 12 June 2017. Subjected to ill-treatment in detention, after which he publicly " +
      "'confessed' to a murder 'on the order of Ablyazov' 13 years earlier.",
    tags: ["torture", "bta-bank-case"],
    variants: [ru("Муратхан Токмади"), { name: "Murakthan Tokmadi", script: "latin", note: "spelling in a 2017 news item" }],
    history: [{ status: "detained", on: "2017-06-12", note: "Arrested" }],
    campaigns: [],
  },
];
