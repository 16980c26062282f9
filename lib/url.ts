// Builds a URL from the current search parameters with some replaced: filters and pages live in
// the URL, so every view can be bookmarked, shared and reloaded.
export type SearchParams = Record<string, string | string[] | undefined>;

export function hrefWith(path: string, params: SearchParams, overrides: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || key in overrides) continue;
    for (const v of Array.isArray(value) ? value : [value]) if (v !== "") query.append(key, v);
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== null && value !== undefined && value !== "") query.set(key, String(value));
  }
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

/** First value of a search parameter. */
export function param(params: SearchParams, key: string): string | undefined {
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * What a stored web address (event link, contact web form, organization website) must not contain:
 * C0 and C1 control characters and DEL (a CR/LF injects lines into calendar files and headers),
 * whitespace of any kind (tabs, no-break spaces, U+2028/2029 line and paragraph separators),
 * invisible format characters (zero-width, bidi overrides) and the backslash, which parsers read
 * differently ("https://a.example\@b.example" is a.example to a browser, b.example to others).
 */
const UNSAFE_URL_CHAR = /[\p{Cc}\p{Cf}\p{Z}\s\\]/u;

export type UrlProblem = "characters" | "scheme" | "credentials" | "address";

export const urlProblemMessages: Record<UrlProblem, string> = {
  characters: "A web address cannot contain spaces, tabs, line breaks or other control characters.",
  scheme: "Enter a web address starting with http:// or https://.",
  credentials: "Leave the user name and password (user:password@) out of the web address.",
  address: "Enter a full web address such as https://example.org/page.",
};

/**
 * The one rule for every web address the app stores or writes out: an absolute http(s) address
 * that `new URL` resolves, with a host name (a dot or an IPv6 literal: "http://intranet" is not
 * an address others can open), no credentials and no unsafe character (see above). Percent-encoded
 * characters ("%0d%0a") are fine: they stay encoded. Returns what is wrong, or null.
 */
export function urlProblem(value: string): UrlProblem | null {
  // What a person most often gets wrong first: text that is not an address at all ("not a url").
  if (!/^https?:\/\//i.test(value)) return "scheme";
  if (UNSAFE_URL_CHAR.test(value)) return "characters";
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "address";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "scheme";
  // Also an empty user part ("https://@a.example"): the authority is the host name alone.
  if (url.username !== "" || url.password !== "" || /^https?:\/\/[^/?#]*@/i.test(value)) return "credentials";
  return url.hostname.includes(".") || url.hostname.startsWith("[") ? null : "address";
}

/** True for a web address that passes {@link urlProblem}: safe to store, link to and write into a calendar. */
export function isSafeHttpUrl(value: string): boolean {
  return urlProblem(value) === null;
}
