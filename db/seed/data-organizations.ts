// Institutions and partner organizations named in the fixtures.
import type { organizationKindEnum } from "../schema";

export type OrganizationKind = (typeof organizationKindEnum.enumValues)[number];

export type OrganizationSeed = {
  key: string;
  name: string;
  nameNative?: string;
  acronym?: string;
  kind: OrganizationKind;
  country?: string;
  postalAddress?: string;
  website?: string;
  source: string;
};

const report = "report:dck-ban-2018";
const news = "news:kazakhstan-2011-2021";

export const organizationSeeds: OrganizationSeed[] = [
  // Kazakhstan (addressees of the DCK-ban report)
  { key: "kz-gpo", name: "General Prosecutor's Office of the Republic of Kazakhstan", kind: "law_enforcement", country: "KZ", postalAddress: "010000, Astana, 14 Mangilik Yel", website: "http://prokuror.gov.kz", source: report },
  { key: "kz-mia", name: "Ministry of Internal Affairs of the Republic of Kazakhstan", acronym: "MIA", kind: "law_enforcement", country: "KZ", postalAddress: "010000, Astana, 1 Prospekt Tauelsizdik", source: report },
  { key: "kz-nsc", name: "National Security Committee of the Republic of Kazakhstan", acronym: "NSC", kind: "law_enforcement", country: "KZ", postalAddress: "010000, Astana, 31/33 Kenesary Street", source: report },
  { key: "kz-akorda", name: "Administration of the President of the Republic of Kazakhstan", kind: "government", country: "KZ", postalAddress: "010000, Astana city, 6 Mangilik El Street, Government House", source: report },
  { key: "kz-ombudsman", name: "Ombudsman in the Republic of Kazakhstan", kind: "government", country: "KZ", postalAddress: "010000, Astana, Left Bank, The House of Ministries", source: report },
  { key: "kz-mic", name: "Ministry of Information and Communication of Kazakhstan", kind: "government", country: "KZ", postalAddress: "Astana 010000, 8 Mangilik El str., House of Ministries entrance 14", source: report },
  { key: "kz-moj", name: "Ministry of Justice of Kazakhstan", kind: "government", country: "KZ", postalAddress: "010000, Astana, Left Bank, Mangilik El street 8, House of Ministries", source: report },
  // European and international institutions
  { key: "ep", name: "European Parliament", acronym: "EP", kind: "parliament", postalAddress: "1047 Brussels, Belgium, Rue Wiertz / Wiertzstraat 60", source: report },
  { key: "ec", name: "European Commission", acronym: "EC", kind: "intergovernmental", postalAddress: "1049 Brussels, Belgium, Rue de la Loi / Wetstraat 200", source: report },
  { key: "euco", name: "European Council", kind: "intergovernmental", postalAddress: "1048 Brussels, Rue de la Loi / Wetstraat 175", source: report },
  { key: "eeas", name: "European External Action Service", acronym: "EEAS", kind: "intergovernmental", source: report },
  { key: "osce-pa", name: "OSCE Parliamentary Assembly", acronym: "OSCE PA", kind: "parliament", postalAddress: "1070 Vienna, Austria, Neustiftgasse 3/8", source: report },
  { key: "coe", name: "Council of Europe", acronym: "CoE", kind: "intergovernmental", source: report },
  { key: "pace", name: "Parliamentary Assembly of the Council of Europe", acronym: "PACE", kind: "parliament", source: report },
  { key: "ohchr", name: "Office of the United Nations High Commissioner for Human Rights", acronym: "OHCHR", kind: "un_mechanism", postalAddress: "Palais des Nations, CH-1211 Geneva 10, Switzerland", source: report },
  { key: "wgad", name: "UN Working Group on Arbitrary Detention", acronym: "WGAD", kind: "un_mechanism", postalAddress: "United Nations Office at Geneva, 8-14, avenue de la Paix, 1211 Geneva 10, Switzerland", source: report },
  { key: "us-state", name: "US Department of State", kind: "government", country: "US", source: report },
  { key: "us-house", name: "The United States House of Representatives", kind: "parliament", country: "US", postalAddress: "Washington, DC 20515", website: "http://www.house.gov", source: report },
  { key: "ca-pmo", name: "Office of the Prime Minister of Canada", kind: "government", country: "CA", postalAddress: "ON K1A 0A2, Ottawa, 80 Wellington Street", source: report },
  { key: "ca-commons", name: "House of Commons of Canada", kind: "parliament", country: "CA", postalAddress: "Ottawa, Ontario, Canada, K1A 0A6", source: report },
  // Named in the news items
  { key: "us-senate", name: "United States Senate", kind: "parliament", country: "US", source: news },
  { key: "it-senate", name: "Italian Senate", nameNative: "Senato della Repubblica", kind: "parliament", country: "IT", source: news },
  { key: "it-chamber", name: "Italian Chamber of Deputies", nameNative: "Camera dei deputati", kind: "parliament", country: "IT", source: news },
  { key: "ua-president", name: "Office of the President of Ukraine", kind: "government", country: "UA", source: news },
  { key: "ua-gpo", name: "Prosecutor General's Office of Ukraine", kind: "law_enforcement", country: "UA", source: news },
  { key: "ua-migration", name: "State Migration Service of Ukraine", kind: "government", country: "UA", source: news },
  { key: "fidu", name: "Italian Federation for Human Rights", nameNative: "Federazione Italiana Diritti Umani", acronym: "FIDU", kind: "ngo", country: "IT", source: news },
  { key: "nrptt", name: "Nonviolent Radical Party, Transnational and Transparty", acronym: "NRPTT", kind: "other", source: news },
  { key: "ccl", name: "Center for Civil Liberties", acronym: "CCL", kind: "ngo", country: "UA", source: news },
  { key: "qaharman", name: "Qaharman Human Rights Initiative", kind: "ngo", country: "KZ", source: news },
  { key: "destination-justice", name: "Destination Justice", kind: "ngo", source: news },
  { key: "wspolnota", name: "Wspólnota Kazachska", nameNative: "Stowarzyszenie „Wspólnota Kazachska”", kind: "ngo", country: "PL", source: "appeal:return-2017-07" },
];
