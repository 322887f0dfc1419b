// SPDX-License-Identifier: EUPL-1.2
"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-white px-4 py-2 font-medium text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50"
    >
      {label}
    </button>
  );
}
