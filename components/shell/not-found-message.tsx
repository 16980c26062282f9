import Link from "next/link";
import { Button } from "@/components/ui/button";
import { BackButton } from "./back-button";

/**
 * What a missing page or record says. A record the user may not see gets the same words as one
 * that does not exist, so the page tells nothing about it.
 */
export function NotFoundMessage({ signedIn }: { signedIn: boolean }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-lg font-semibold">Not found</h1>
      {/* The security journeys look for this sentence on pages that answer 200. */}
      <p className="mt-2 text-sm text-slate-700">This record does not exist, or you may not see it.</p>
      <p className="mt-1 text-sm text-slate-700">{signedIn ? "Check the address, or find the record through the search and the menu above." : "Check the address, or sign in first."}</p>
      <div className="mt-4 flex flex-wrap gap-2">
        <BackButton />
        <Button asChild>
          <Link href={signedIn ? "/" : "/login"}>{signedIn ? "Go to the start page" : "Sign in"}</Link>
        </Button>
      </div>
    </div>
  );
}
