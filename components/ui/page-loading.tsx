// The skeleton every loading.tsx shows while its page's data arrives: announced to screen
// readers by its label, shaped roughly like the page that will replace it.
const shapes = {
  page: ["h-8 w-64", "h-4 w-full", "h-4 w-5/6", "h-4 w-4/6"],
  list: ["h-8 w-48", "h-10 w-full", "h-4 w-full", "h-4 w-full", "h-4 w-5/6"],
  panel: ["h-8 w-48", "h-32 w-full", "h-4 w-full", "h-4 w-5/6"],
  source: ["h-8 w-72", "h-4 w-full", "h-48 w-full max-w-3xl"],
} as const;

export function PageLoading({ label = "Loading…", shape = "page" }: { label?: string; shape?: keyof typeof shapes }) {
  return (
    <div role="status" aria-live="polite" className="space-y-3">
      <span className="sr-only">{label}</span>
      {shapes[shape].map((size, i) => (
        <div key={i} className={`${size} animate-pulse rounded bg-slate-200`} />
      ))}
    </div>
  );
}
