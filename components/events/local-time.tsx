"use client";

import { useSyncExternalStore } from "react";
import { formatEventWhen, offsetMinutes, resolveZone } from "@/lib/events/zoned";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

type Props = { startsAt: string; endsAt: string | null; allDay: boolean; timeZone: string; locale: string };

/**
 * The event's time in the reader's own zone, when it differs from the venue's. Users have no zone
 * setting: the browser's is used, so this renders on the client only (nothing on the server).
 */
export function LocalTime({ startsAt, endsAt, allDay, timeZone, locale }: Props) {
  const zone = useSyncExternalStore(subscribe, browserZone, () => null);
  if (!zone || allDay) return null;
  const start = new Date(startsAt);
  if (offsetMinutes(start, zone) === offsetMinutes(start, resolveZone(timeZone))) return null;
  const when = formatEventWhen({ startsAt: start, endsAt: endsAt ? new Date(endsAt) : null, allDay, timeZone: zone }, locale);
  return <span className="block text-xs text-slate-600">Your time: {when}</span>;
}
