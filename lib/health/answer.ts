// SPDX-License-Identifier: EUPL-1.2
import "server-only";
import { mayReadHealthDetails, type HealthRequester } from "./access";
import { getHealth, type Health } from "./check";

export type PublicHealth = Pick<Health, "status">;

export interface HealthAnswer {
  /** 503 only when this instance cannot serve pages: a load balancer should skip it then. */
  httpStatus: 200 | 503;
  body: Health | PublicHealth;
}

/**
 * The health check as a given requester may see it. Search trouble answers 200 with "degraded":
 * every instance shares the same engine and outbox, so taking instances out of rotation for it
 * would only turn stale search results into an outage.
 */
export async function healthAnswer(requester: HealthRequester): Promise<HealthAnswer> {
  const health = await getHealth();
  return {
    httpStatus: health.ready ? 200 : 503,
    body: mayReadHealthDetails(requester) ? health : { status: health.status },
  };
}
