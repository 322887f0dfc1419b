// SPDX-License-Identifier: EUPL-1.2
import type { MetadataRoute } from "next";
import { buildRobots } from "@/lib/seo/robots";
import { publicBaseUrl } from "@/lib/env";

// PUBLIC_URL is read when the portal runs, not when it is built.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return buildRobots(publicBaseUrl());
}
