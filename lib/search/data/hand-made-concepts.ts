// SPDX-License-Identifier: EUPL-1.2
import type { Concept } from "./concept-type";
import { MANUFACTURING_CONCEPTS } from "./concepts-manufacturing";
import { SERVICE_CONCEPTS } from "./concepts-services";

/**
 * The hand-made layer of the concept dictionary: the common trades with the words companies
 * and buyers really use, tied to NACE classes. It is the precise layer and wins over the
 * vocabulary built from official classifications.
 */
export const HAND_MADE_CONCEPTS: readonly Concept[] = [...MANUFACTURING_CONCEPTS, ...SERVICE_CONCEPTS];
