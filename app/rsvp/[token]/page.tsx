import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RsvpForm } from "@/components/invitations/rsvp-form";
import { answerLabels } from "@/lib/invitations/schema";
import { rsvpView } from "@/lib/invitations/rsvp";
import { foundationName } from "./foundation";
import { answerRsvpAction } from "./actions";

// The guest's page: public, no session, outside the app's layout. It shows this guest's name,
// the event and their answer, nothing else. Every invalid link is the same 404 (not-found.tsx).

export const metadata: Metadata = {
  title: { absolute: "Your invitation" },
  robots: { index: false, follow: false, nocache: true },
  // The token is in the URL: no other site may receive it in a Referer header.
  referrer: "no-referrer",
};

export default async function RsvpPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const view = await rsvpView(token);
  if (!view) notFound();
  const place = [view.room, view.venue, view.city].filter(Boolean).join(", ");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-blue-900">{foundationName()}</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">{view.eventTitle}</h1>
      <dl className="mt-4 space-y-1 text-base text-slate-800">
        <div>
          <dt className="sr-only">When</dt>
          <dd>
            {view.date}
            {view.time && `, ${view.time} (${view.timeZone})`}
          </dd>
        </div>
        {place && (
          <div>
            <dt className="sr-only">Where</dt>
            <dd>{place}</dd>
          </div>
        )}
      </dl>
      <p className="mt-6 text-base text-slate-800">
        Invitation for <span className="font-semibold">{view.guestName}</span>
        {view.answer !== "pending" && (
          <>
            {" "}
            · your answer: <span className="font-semibold">{answerLabels[view.answer]}</span>
          </>
        )}
      </p>
      <div className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
        <RsvpForm token={token} answer={view.answer} note={view.answerNote} action={answerRsvpAction} />
      </div>
    </main>
  );
}
