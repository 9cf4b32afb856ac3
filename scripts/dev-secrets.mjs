// Generates the Worker's secrets for local use: one ES256 signing key per issuing
// department, the payment gateway's HMAC secret and the access-token secret.
// In production the same names are set with `wrangler secret put` (see README).
// With a command (`npm run keys -- rotate ALA`, …) it rotates signing keys instead: scripts/signing-keys.mjs.
import { fileURLToPath } from 'node:url';
import { generateDepartmentKey, KeyRotationError } from '../worker/certificates/key-rotation.ts';
import { departments } from '../worker/seed/registry.ts';
import { runKeysCommand } from './signing-keys.mjs';
import { readVars, writeVars } from './vars-file.mjs';

const hex = (bytes) => Buffer.from(bytes).toString('hex');

/** A fresh ES256 key for each department, valid for three years from `now`. */
async function departmentKeys(list, now) {
	return Promise.all(list.map(({ code, kk, ru, en }) => generateDepartmentKey({ code, kk, ru, en }, now)));
}

export async function generateDevSecrets(now = new Date()) {
	return {
		DEPARTMENT_KEYS: JSON.stringify(await departmentKeys(departments, now)),
		RETIRED_KEYS: '[]',
		PAYMENT_GATEWAY_SECRET: hex(crypto.getRandomValues(new Uint8Array(32))),
		ACCESS_TOKEN_SECRET: hex(crypto.getRandomValues(new Uint8Array(32))),
		STAFF_TOKEN: hex(crypto.getRandomValues(new Uint8Array(16)))
	};
}

/** `npm run keys` without arguments: create .dev.vars, or add keys for departments that have none. */
async function ensureDevSecrets(file) {
	const secrets = readVars(file);
	if (!secrets) {
		writeVars(file, await generateDevSecrets());
		console.log('› generated dev signing keys and secrets into .dev.vars');
		return;
	}
	// A checkout that gained departments keeps its old keys (and so its issued certificates)
	// and gets keys for the new departments only.
	const keys = JSON.parse(secrets.DEPARTMENT_KEYS ?? '[]');
	const missing = departments.filter((d) => !keys.some((k) => k.department.code === d.code));
	if (missing.length) {
		secrets.DEPARTMENT_KEYS = JSON.stringify([...keys, ...(await departmentKeys(missing, new Date()))]);
		writeVars(file, secrets);
		console.log(`› added signing keys for ${missing.map((d) => d.code).join(', ')} to .dev.vars`);
	}
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const file = fileURLToPath(new URL('../.dev.vars', import.meta.url));
	const args = process.argv.slice(2);
	if (args.length === 0) await ensureDevSecrets(file);
	else {
		try {
			console.log(await runKeysCommand(args, { file }));
		} catch (error) {
			const badArguments = String(error?.code).startsWith('ERR_PARSE_ARGS');
			if (!(error instanceof KeyRotationError) && !badArguments) throw error;
			console.error(error.message);
			process.exitCode = 1;
		}
	}
}
