// SPDX-License-Identifier: EUPL-1.2
import { getSessionUser } from "@/lib/auth/session";
import { attachmentDisposition } from "@/lib/enquiries/attachment";
import { attachmentForReader } from "@/lib/enquiries/queries";
import { isRecordId } from "@/lib/validation/ids";

export const dynamic = "force-dynamic";

// Outsiders and signed-out visitors get the same answer as for a message that does not exist.
const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });

/**
 * Downloads the file of an enquiry message for members of the two companies in the thread.
 * Always as a download, with the type found by content when it was uploaded, and with headers
 * that keep a browser from rendering or sniffing it as a page of this site.
 */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ messageId: string }> },
): Promise<Response> {
  const { messageId } = await params;
  if (!isRecordId(messageId)) return notFound();
  const user = await getSessionUser();
  if (!user) return notFound();
  const file = await attachmentForReader(user, messageId);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      "content-type": file.contentType,
      "content-length": String(file.data.length),
      "content-disposition": attachmentDisposition(file.fileName),
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cache-control": "private, no-store",
    },
  });
}
