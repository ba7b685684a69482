import { z } from 'zod';

/**
 * zod compiles fast parsers with `new Function` and probes for it. Under our CSP (no eval) the
 * probe fails and the browser reports a CSP violation on every start. Jitless mode never probes.
 * This module must be imported before any schema is created: main.tsx imports it first.
 */
z.config({ jitless: true });
