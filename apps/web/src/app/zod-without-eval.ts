import { z } from 'zod';

// zod compiles object parsers with `new Function` when it may; the probe for that runs as each object
// schema is defined, and the Content-Security-Policy (no eval) reports it as a violation. Imported
// first by main.tsx, so every contract is defined after this.
z.config({ jitless: true });
