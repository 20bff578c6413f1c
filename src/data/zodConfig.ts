/**
 * zod compiles object parsers with `new Function` unless told not to; the production build's CSP forbids
 * eval (src/security/csp.ts), so every parse in the browser runs jitless. Imported first by main.tsx, before
 * any schema parses (jitless also skips zod's eval probe, which a strict policy would report as a violation).
 */
import * as z from 'zod/mini';

z.config({ jitless: true });
