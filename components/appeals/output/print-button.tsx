"use client";

import { buttonVariants } from "@/components/ui/button-variants";

/** Opens the browser's print dialog (a script file, not inline: the CSP allows no inline scripts). */
export function PrintButton() {
  return (
    <button type="button" className={buttonVariants()} onClick={() => window.print()}>
      Print
    </button>
  );
}
