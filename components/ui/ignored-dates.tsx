// Says which dates of the address a list ignored (lib/dates.ts: not a real day, or outside
// 1900–2100), so a filter that silently vanished is not mistaken for one that matched nothing.
export function IgnoredDates({ labels, kind = "date" }: { labels: string[]; kind?: "date" | "month" }) {
  if (labels.length === 0) return null;
  const names = labels.map((l) => `“${l}”`).join(" and ");
  return (
    <p role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
      {kind === "month"
        ? "Ignored the month in the address: give a month between 1900 and 2100."
        : `Ignored the ${names} date${labels.length > 1 ? "s" : ""} in the address: give a real day between 1900 and 2100.`}
    </p>
  );
}
