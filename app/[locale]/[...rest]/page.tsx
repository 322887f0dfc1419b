// SPDX-License-Identifier: EUPL-1.2
import { notFound } from "next/navigation";

// Any unknown path below a locale renders that locale's not-found page.
export default function CatchAllPage() {
  notFound();
}
