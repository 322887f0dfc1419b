import { organizerExport } from "@/lib/events/export-response";

export const dynamic = "force-dynamic";

/** The meeting plan of an event as CSV (UTF-8 with BOM, semicolons) for the organizer's staff. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return organizerExport(request, (await params).id, "meetings");
}
