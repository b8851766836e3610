import { z } from 'zod'

// zod probes eval (new Function) the first time an object schema parses, and the CSP forbids
// eval. Imported first by main.tsx: imports run before the importing module's body, so a
// z.config() call in main.tsx itself came after schemas built while importing the app.
z.config({ jitless: true })
