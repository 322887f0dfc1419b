// SPDX-License-Identifier: EUPL-1.2
"use client";

import { Button } from "@/components/ui/button";

export function PrintButton({ label }: { label: string }) {
  return (
    <Button
      variant="secondary"
      type="button"
      onClick={() => window.print()}
    >
      {label}
    </Button>
  );
}
