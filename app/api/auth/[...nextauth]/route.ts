// SPDX-License-Identifier: EUPL-1.2
import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { rejectedCallbackUrl } from "@/lib/auth/callback-url-guard";
import { authOptions } from "@/lib/auth/options";

const nextAuth = NextAuth(authOptions);

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: Context): Promise<Response> {
  const rejected = rejectedCallbackUrl(request.nextUrl.searchParams, request.cookies.getAll(), request.nextUrl.origin);
  if (!rejected) return nextAuth(request, context);
  const headers = new Headers({ "cache-control": "no-store" });
  if (rejected.cookie) {
    const secure = rejected.cookie.startsWith("__Secure-") ? "; Secure" : "";
    headers.append("set-cookie", `${rejected.cookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure}`);
  }
  return Response.json({ error: "invalid callbackUrl" }, { status: 400, headers });
}

export { handler as GET, handler as POST };
