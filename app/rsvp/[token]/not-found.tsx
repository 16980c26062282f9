import type { Metadata } from "next";

// The same page for every link that does not work (malformed, unknown, reset, after the start,
// cancelled event): it says nothing about why, or about any event or guest.

export const metadata: Metadata = { title: { absolute: "Link not valid" }, robots: { index: false, follow: false } };

export default function InvalidRsvpLink() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold text-slate-900">This link is not valid</h1>
      <p className="mt-3 text-base text-slate-700">If you were invited to an event, please contact the person who invited you.</p>
    </main>
  );
}
