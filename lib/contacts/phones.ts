// Phone numbers: kept as the user wrote them (contact_phones.phone: "8 (7172) 71-71-71",
// "+32(0)2 28 45503 (Brussels)", "+1 202 224 3121 ext. 5"), with their E.164 form beside it
// (contact_phones.phone_e164: "+77172717171") for matching, duplicates and tel: links. Parsed with
// libphonenumber-js (its "min" metadata: valid means the right length and leading digits for the
// country, which is all matching needs). Pure: no database, usable by the seed and the scripts.
import { sql, type SQL } from "drizzle-orm";
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";

export type PhoneColumns = { phone: string; phoneE164: string | null };

/** Longer than any number with its label and extension: not worth parsing. */
const MAX_PARSED_LENGTH = 200;

function regionOf(countryCode: string | null | undefined): CountryCode | undefined {
  const code = countryCode?.trim().toUpperCase();
  return code && isSupportedCountry(code) ? code : undefined;
}

function e164Of(text: string, region: CountryCode | undefined): string | null {
  const number = parsePhoneNumberFromString(text, region);
  return number?.isValid() ? number.number : null;
}

/**
 * The E.164 form of a number as written, or null when it cannot be read as one valid number (too
 * short, letters, two numbers in one field): such a number is kept as written, never refused.
 * Without a country code the contact's country (ISO 3166-1 alpha-2) is the default region, so
 * "8 (7172) 71-71-71" of a contact in KZ is +77172717171; "(0)" after the country code, labels
 * ("Fax +7 …", "tel: …") and extensions ("ext. 123", "доб. 12": not part of E.164) are read past.
 */
export function phoneE164(phone: string, countryCode?: string | null): string | null {
  const text = phone.trim();
  if (!text || text.length > MAX_PARSED_LENGTH) return null;
  const region = regionOf(countryCode);
  const found = e164Of(text, region);
  if (found) return found;
  // "00" is the international prefix of most of the world, but not of every default region (it is
  // "8~10" in Kazakhstan, "011" in the US) nor of none: "0032 2 284 21 11" is still +3222842111.
  const idd = /^([^\d+]*)00\s*([1-9])/.exec(text);
  return idd ? e164Of(`+${text.slice(idd[0].length - 1)}`, region) : null;
}

/** The columns of a contact_phones row for a number as written: every writer goes through here. */
export function phoneColumns(phone: string, countryCode?: string | null): PhoneColumns {
  return { phone, phoneE164: phoneE164(phone, countryCode) };
}

const digitsOf = (phone: string) => phone.replace(/\D/g, "");

/**
 * Whether two stored numbers are the same: their E.164 forms when both have one; otherwise (one
 * could not be parsed) the same digits, or the same last 9 when both have 9 or more (a country
 * code or trunk prefix apart: "+7 701 …" and "8 701 …"). Imports and merges drop a number the
 * contact already has by this rule; samePhoneSql below is its SQL twin, and listDuplicatePairs
 * (lib/contacts/duplicates.ts) applies it as two joins.
 */
export function samePhone(a: PhoneColumns, b: PhoneColumns): boolean {
  if (a.phoneE164 && b.phoneE164) return a.phoneE164 === b.phoneE164;
  const x = digitsOf(a.phone);
  const y = digitsOf(b.phone);
  return x !== "" && (x === y || (x.length >= 9 && y.length >= 9 && x.slice(-9) === y.slice(-9)));
}

/** samePhone in SQL, for two contact_phones rows by their aliases ("s", "p"). */
export function samePhoneSql(a: string, b: string): SQL {
  if (![a, b].every((alias) => /^[a-z_][a-z0-9_]*$/.test(alias))) throw new Error("samePhoneSql takes table aliases");
  const [x, y] = [a, b].map((alias) => ({ e164: sql.raw(`${alias}.phone_e164`), digits: sql`regexp_replace(${sql.raw(`${alias}.phone`)}, '[^0-9]', '', 'g')` }));
  return sql`(CASE WHEN ${x.e164} IS NOT NULL AND ${y.e164} IS NOT NULL THEN ${x.e164} = ${y.e164}
    ELSE ${x.digits} <> '' AND (${x.digits} = ${y.digits} OR (length(${x.digits}) >= 9 AND length(${y.digits}) >= 9 AND right(${x.digits}, 9) = right(${y.digits}, 9))) END)`;
}

/** The href of a phone link: the E.164 form when there is one, else the digits as written. */
export function telHref(phone: string, phoneE164: string | null | undefined): string {
  return `tel:${phoneE164 || phone.replace(/[^\d+]/g, "")}`;
}
