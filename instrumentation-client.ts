import { z } from "zod";

// Zod compiles object parsers with `new Function` wherever a page allows it, and probes for that
// by calling it once. The Content-Security-Policy forbids eval, so the probe would be reported as
// a violation on every page; the interpreted parsers give the same results.
z.config({ jitless: true });
