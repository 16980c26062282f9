"use client";

import { Button } from "@/components/ui/button";

/** Opens the browser's print dialog (a script file, not inline: the CSP allows no inline scripts). */
export function PrintButton() {
  return <Button onClick={() => window.print()}>Print</Button>;
}
