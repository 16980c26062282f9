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
