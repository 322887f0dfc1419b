// SPDX-License-Identifier: EUPL-1.2
import type { Concept } from "./concept-type";
import cpv from "./cpv/cpv-vocabulary.json";
import { HAND_MADE_CONCEPTS } from "./hand-made-concepts";

/**
 * The trilingual concept dictionary: every entry names one thing in German, Czech and English.
 * The hand-made concepts come first and win; the long tail comes from the EU's procurement
 * vocabulary (scripts/build-cpv-vocabulary.ts), which leaves out what the hand-made layer names.
 */
export const CONCEPTS: readonly Concept[] = [...HAND_MADE_CONCEPTS, ...cpv.concepts];

/** German words of the procurement vocabulary, the parts German compounds may be split into. */
export const VOCABULARY_GERMAN_WORDS: readonly string[] = cpv.germanWords;
