import { countryOptions } from "@/lib/contacts/countries";

/** The <option>s of a country select: an empty choice, then every country by English name. */
export function CountryOptions({ emptyLabel = "—" }: { emptyLabel?: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {countryOptions.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </>
  );
}
