"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

/** Back to the page the user came from (the browser's history), e.g. from a not-found page. */
export function BackButton({ label = "Go back" }: { label?: string }) {
  const router = useRouter();
  return (
    <Button variant="secondary" onClick={() => router.back()}>
      {label}
    </Button>
  );
}
