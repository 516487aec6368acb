import { z } from 'zod';

// Zod probes `new Function` to speed up parsing; under our CSP (no 'unsafe-eval') that probe is reported as
// a violation even though it is caught. The shared validators run fine without it.
z.config({ jitless: true });
