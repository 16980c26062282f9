import Link from "next/link";

export default function NotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold">Not found</h1>
      <p className="mt-2 text-sm text-slate-700">This record does not exist, or you may not see it.</p>
      <Link className="mt-4 inline-block text-blue-800 underline" href="/">
        Back to the start
      </Link>
    </div>
  );
}
