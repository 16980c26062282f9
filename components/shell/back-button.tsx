"use client";
import { useRouter } from "next/navigation";
import { buttonVariants } from "@/components/ui/button-variants";

/** Back to the page the user came from (the browser's history), e.g. from a not-found page. */
export function BackButton({ label = "Go back" }: { label?: string }) {
  const router = useRouter();
  return (
    <button type="button" className={buttonVariants({ variant: "secondary" })} onClick={() => router.back()}>
      {label}
    </button>
  );
}
