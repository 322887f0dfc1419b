// SPDX-License-Identifier: EUPL-1.2
// Tests import server modules directly; the real package would refuse outside React Server Components.
export {};
