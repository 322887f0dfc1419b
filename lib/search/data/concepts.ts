// SPDX-License-Identifier: EUPL-1.2
import type { Concept } from "./concept-type";
import { MANUFACTURING_CONCEPTS } from "./concepts-manufacturing";
import { SERVICE_CONCEPTS } from "./concepts-services";

/** The trilingual concept dictionary: every entry names one thing in German, Czech and English. */
export const CONCEPTS: readonly Concept[] = [...MANUFACTURING_CONCEPTS, ...SERVICE_CONCEPTS];
