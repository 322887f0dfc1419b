// SPDX-License-Identifier: EUPL-1.2
import { organizerExport } from "@/lib/events/export-response";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

/** Meeting outcomes as the participants reported them, as CSV for the organizer's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isRecordId(id)) return new Response("Not found", { status: 404 });
  return organizerExport(request, id, "outcomes");
}
