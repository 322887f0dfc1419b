// SPDX-License-Identifier: EUPL-1.2
import { NextResponse } from "next/server";
import { healthAnswer } from "@/lib/health/answer";
import { clientAddress } from "@/lib/http/client-address";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const { httpStatus, body } = await healthAnswer({
    address: clientAddress(request.headers),
    authorization: request.headers.get("authorization"),
  });
  return NextResponse.json(body, { status: httpStatus, headers: { "Cache-Control": "no-store" } });
}
