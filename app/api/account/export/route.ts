// SPDX-License-Identifier: EUPL-1.2
import { getSessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { buildPersonalDataExport } from "@/lib/privacy/export";

export const dynamic = "force-dynamic";

/** Download of everything stored about the signed-in user, as JSON (GDPR Art. 15 and 20). */
export async function GET(): Promise<Response> {
  const user = await getSessionUser();
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers: { "cache-control": "no-store" } });
  const data = await buildPersonalDataExport(db, user.id);
  if (!data) return Response.json({ error: "unauthorized" }, { status: 401, headers: { "cache-control": "no-store" } });
  const day = data.exportedAt.slice(0, 10);
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="grenzpartner-data-${day}.json"`,
      "cache-control": "no-store",
    },
  });
}
