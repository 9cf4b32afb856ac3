// Fresh secrets per test run, generated the same way as the developer's .dev.vars.
import { generateDevSecrets } from '../../scripts/dev-secrets.mjs';

export const testSecrets = await generateDevSecrets();
