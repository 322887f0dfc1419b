// SPDX-License-Identifier: EUPL-1.2
import clsx, { type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names, and lets a caller's class win over a primitive's default of the same kind
 * (`px-3` replaces the button's `px-4`) instead of both landing in the markup and the stylesheet
 * order deciding.
 */
export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}
