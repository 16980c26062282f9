// The look of every input, select and textarea (./input.tsx), apart so that a client component can
// style a plain element without bringing tailwind-merge (which ./input.tsx uses) along.
export const fieldClass =
  "block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 placeholder:text-slate-500 focus:border-blue-700 focus:outline-2 focus:outline-blue-700 aria-[invalid=true]:border-red-700 disabled:bg-slate-100";
