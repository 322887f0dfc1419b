// SPDX-License-Identifier: EUPL-1.2
import { getSearchEngine } from "@/lib/search";
import { handleSearchRequest, searchPreflightResponse } from "@/lib/search/api";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return handleSearchRequest(request, getSearchEngine);
}

export function OPTIONS() {
  return searchPreflightResponse();
}
