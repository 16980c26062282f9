"use client";

import { useRouter } from "next/navigation";
import { useSyncExternalStore } from "react";
import { useForm, useWatch } from "react-hook-form";
import { CountryOptions } from "@/components/contacts/country-options";
import { ActionFailure } from "@/components/ui/action-failure";
import { PlainButton as Button, PlainInput as Input, PlainSelect as Select, PlainTextarea as Textarea } from "@/components/ui/plain-controls";
import { useSaveRecord } from "@/components/ui/save-record";
import { Field } from "@/components/ui/field";
import type { ServerAction } from "@/lib/action";
import { eventForumLabels, eventForums, eventKindLabels, eventKinds } from "@/lib/events/labels";
import type { EventFormInput, EventFormValues } from "@/lib/events/schema";
import { startsInPast } from "@/lib/events/past-start";
import { commonTimeZones } from "@/lib/events/zoned";
import { EnumOptions } from "@/components/ui/enum-options";
import { lazyZodResolver } from "@/components/ui/lazy-resolver";

// zod and the schema arrive with the first validation (see lazyZodResolver), not with the page.
const resolver = lazyZodResolver(() => import("@/lib/events/schema").then((m) => m.eventFormSchema));

type Option = { id: string; name: string };
type Props = {
  event?: { id: string; version: number; values: EventFormInput };
  campaigns: Option[];
  cases: Option[];
  coordinators: Option[];
  /** the coordinator of a new event: the user creating it */
  defaultCoordinatorId: string;
  /** createEventAction for a new event, updateEventAction for an existing one */
  action: ServerAction<{ id: string }>;
};

const empty = (coordinatorId: string): EventFormInput => ({
  kind: "side_event", forum: "pace_session", title: "", description: "", startDate: "", startTime: "", endDate: "", endTime: "", allDay: false,
  timeZone: "Europe/Brussels", venue: "", room: "", city: "", country: "", onlineUrl: "", capacity: "", coordinatorId, campaignId: "", caseIds: [],
});

// The current minute, in the browser only: the server renders no warning and the browser adds it
// after hydration, so the two never disagree about what "now" is.
const noSubscription = () => () => {};
const currentMinute = () => Math.floor(Date.now() / 60_000);
const useCurrentMinute = () => useSyncExternalStore(noSubscription, currentMinute, () => null);

export function EventForm({ event, campaigns, cases, coordinators, defaultCoordinatorId, action }: Props) {
  const router = useRouter();
  const form = useForm<EventFormInput, unknown, EventFormValues>({ resolver, defaultValues: event?.values ?? empty(defaultCoordinatorId) });
  const { register, handleSubmit, formState, control } = form;
  const { failure, save, currentHref } = useSaveRecord(form, action, event, "/events");
  const errors = formState.errors;
  const allDay = useWatch({ control, name: "allDay" });
  const [startDate, startTime, timeZone] = useWatch({ control, name: ["startDate", "startTime", "timeZone"] });
  const minute = useCurrentMinute();
  const past = minute !== null && startsInPast({ startDate, startTime, allDay, timeZone }, new Date(minute * 60_000));

  return (
    <form method="post" onSubmit={handleSubmit(save)} noValidate className="max-w-4xl space-y-5">
      <ActionFailure failure={failure} currentHref={currentHref} />
      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="kind" label="Kind" required error={errors.kind?.message}>
          <Select {...register("kind")}>
            <EnumOptions values={eventKinds} labels={eventKindLabels} />
          </Select>
        </Field>
        <Field id="forum" label="Forum" required error={errors.forum?.message}>
          <Select {...register("forum")}>
            <EnumOptions values={eventForums} labels={eventForumLabels} />
          </Select>
        </Field>
      </div>
      <Field id="title" label="Title" required error={errors.title?.message}>
        <Input {...register("title")} autoComplete="off" />
      </Field>
      <Field id="description" label="Description" error={errors.description?.message}>
        <Textarea rows={4} {...register("description")} />
      </Field>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">When, in the venue&apos;s time zone</legend>
        <Field id="timeZone" label="Time zone of the venue" required hint="An IANA zone, e.g. Europe/Luxembourg. Strasbourg keeps Paris time (Europe/Paris)." error={errors.timeZone?.message}>
          <Input list="time-zones" autoComplete="off" {...register("timeZone")} />
        </Field>
        <datalist id="time-zones">
          {commonTimeZones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
        <div className="flex items-center gap-2">
          <input id="allDay" type="checkbox" className="h-4 w-4" {...register("allDay")} />
          <label htmlFor="allDay" className="text-sm text-slate-800">
            All day (dates only)
          </label>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="startDate" label={allDay ? "First day" : "Start date"} hint="Leave empty while the date is not fixed." error={errors.startDate?.message}>
            <Input type="date" {...register("startDate")} />
          </Field>
          {!allDay && (
            <Field id="startTime" label="Start time" error={errors.startTime?.message}>
              <Input type="time" {...register("startTime")} />
            </Field>
          )}
          <Field id="endDate" label={allDay ? "Last day" : "End date"} hint="Empty: the same day." error={errors.endDate?.message}>
            <Input type="date" {...register("endDate")} />
          </Field>
          {!allDay && (
            <Field id="endTime" label="End time" error={errors.endTime?.message}>
              <Input type="time" {...register("endTime")} />
            </Field>
          )}
        </div>
        {/* A warning, not a refusal: events are also logged after they took place. */}
        <p role="status" className={past ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" : "sr-only"}>
          {past ? "This start is in the past. That is fine for an event being logged after it took place; otherwise check the date." : ""}
        </p>
      </fieldset>

      <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">Where</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="venue" label="Venue" error={errors.venue?.message}>
            <Input {...register("venue")} autoComplete="off" />
          </Field>
          <Field id="room" label="Room" error={errors.room?.message}>
            <Input {...register("room")} autoComplete="off" />
          </Field>
          <Field id="city" label="City" error={errors.city?.message}>
            <Input {...register("city")} autoComplete="off" />
          </Field>
          <Field id="country" label="Country" error={errors.country?.message}>
            <Select {...register("country")}>
              <CountryOptions />
            </Select>
          </Field>
          <Field id="onlineUrl" label="Online link" error={errors.onlineUrl?.message}>
            <Input type="url" {...register("onlineUrl")} autoComplete="off" />
          </Field>
          <Field id="capacity" label="Capacity (seats)" error={errors.capacity?.message}>
            <Input inputMode="numeric" {...register("capacity")} autoComplete="off" />
          </Field>
        </div>
      </fieldset>

      <div className="grid gap-5 sm:grid-cols-2">
        <Field id="coordinatorId" label="Coordinator" error={errors.coordinatorId?.message}>
          <Select {...register("coordinatorId")}>
            <option value="">Nobody yet</option>
            {coordinators.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="campaignId" label="Campaign" error={errors.campaignId?.message}>
          <Select {...register("campaignId")}>
            <option value="">None</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="caseIds" label="Cases" hint="Hold Ctrl (⌘ on a Mac) to choose several." error={errors.caseIds?.message}>
        <Select multiple className="h-32" {...register("caseIds")}>
          {cases.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <p className="text-sm text-slate-600">Co-hosts, speakers, the moderator and partner organizations are added on the event&apos;s page.</p>
      <div className="flex gap-2">
        <Button type="submit" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? "Saving…" : event ? "Save changes" : "Create event"}
        </Button>
        <Button variant="secondary" onClick={() => router.back()}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
