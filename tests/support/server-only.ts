// Tests import server modules directly; the real package would refuse outside React Server Components.
export {};
