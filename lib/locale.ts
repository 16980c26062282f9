import "server-only";
import { headers } from "next/headers";

/** The reader's preferred locale from Accept-Language, if Intl knows it. */
export async function getLocale(): Promise<string> {
  const header = (await headers()).get("accept-language") ?? "";
  const first = header.split(",")[0]?.split(";")[0]?.trim();
  try {
    return first ? Intl.DateTimeFormat.supportedLocalesOf([first])[0] ?? "en-GB" : "en-GB";
  } catch {
    return "en-GB";
  }
}
