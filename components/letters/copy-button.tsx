"use client";

import { useState } from "react";
import { buttonVariants } from "@/components/ui/button-variants";

export function CopyButton({ text }: { text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="flex items-center gap-3">
      <button
        type="button"
        className={buttonVariants({ variant: "secondary" })}
        onClick={async () => {
          await navigator.clipboard.writeText(text);
          setCopied(true);
        }}
      >
        Copy the message
      </button>
      <span role="status" className="text-sm text-slate-700">
        {copied ? "Copied." : ""}
      </span>
    </div>
  );
}
