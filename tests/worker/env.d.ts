import type { D1Migration } from 'cloudflare:test';
import type { Env as WorkerEnv } from '../../worker/env.ts';

declare global {
	namespace Cloudflare {
		interface Env extends WorkerEnv {
			TEST_MIGRATIONS: D1Migration[];
			/** JSON: the test CAs (certificate and PKCS#8, base64), the revoked serial, the CRL addresses. */
			TEST_PKI: string;
		}
	}
}
