// Shapes of the transcribed demo data (the data-*.ts modules); keys link records to each other.
import type { caseStatusEnum, contactKindEnum, organizationKindEnum, parliamentaryBodyEnum } from "../schema";

export type ContactSeed = {
  key: string;
  kind?: (typeof contactKindEnum.enumValues)[number];
  honorific?: string;
  firstName?: string;
  lastName?: string;
  fullName: string;
  nameNative?: string;
  title?: string;
  department?: string;
  org?: string; // organization key
  institutionType?: (typeof organizationKindEnum.enumValues)[number];
  country?: string;
  postalAddress?: string;
  emails?: string[]; // the first is primary
  phones?: Array<{ phone: string; label?: string }>;
  webFormUrl?: string;
  salutation?: string;
  language?: string;
  parliamentaryBody?: (typeof parliamentaryBodyEnum.enumValues)[number];
  delegation?: string;
  politicalGroup?: string;
  committees?: string[];
  tags?: string[];
  notes?: string;
  source: string;
  sourceRef?: string;
  externalId?: string;
};

export type CaseStatus = (typeof caseStatusEnum.enumValues)[number];

export type CaseSeed = {
  key: string;
  primaryName: string;
  nameNative?: string;
  country: string;
  status: CaseStatus;
  restricted?: boolean;
  charges?: string;
  summary: string;
  tags: string[];
  variants: Array<{ name: string; script: "latin" | "cyrillic"; language?: string; note?: string }>;
  history: Array<{ status: CaseStatus; on: string; note: string }>;
  campaigns: string[];
};
