// SPDX-License-Identifier: EUPL-1.2
import type { Metadata } from "next";
import type { ReactNode } from "react";

// An event's registration form, agenda, meetings and participant list belong to its participants;
// search engines index the public event page only.
export const metadata: Metadata = { robots: { index: false } };

export default function EventParticipantLayout({ children }: { children: ReactNode }) {
  return children;
}
