"use client";
// A client component on purpose: rendered on the server, the ~250 <option>s would travel twice
// with every page that has a country select (as HTML and again in the RSC payload) and cost the
// server about a third of a list page's time; here the payload names the component and the names
// come once with the page's JavaScript (lib/contacts/country-names.ts, a few KB).
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
