// `npm run keys -- <command>`: the departments' signing keys in a vars file (.dev.vars unless
// --vars names another, e.g. the production copy an operator keeps offline). README, "Signing keys".
//
//   list                                 every key: department, kid, validity, what it does now
//   rotate <DEPT> [--from <ISO instant>]  add a newer key; the Worker signs with it from --from (default now)
//   retire <kid> [--at <ISO instant>]     move a superseded key to RETIRED_KEYS, valid for what it signed
//   retire <kid> --compromised            drop a leaked key from both lists (its certificates stop verifying)
//   export                               print { DEPARTMENT_KEYS, RETIRED_KEYS } for `wrangler secret bulk`
import { parseArgs } from 'node:util';
import {
	dropCompromisedKey,
	kidOf,
	KeyRotationError,
	retireDepartmentKey,
	rotateDepartmentKey
} from '../worker/certificates/key-rotation.ts';
import { departments } from '../worker/seed/registry.ts';
import { readVars, writeVars } from './vars-file.mjs';

const usage = `usage: npm run keys -- list | rotate <DEPT> [--from ISO] | retire <kid> [--at ISO] [--compromised] | export [--vars FILE]`;

function secretsOf(vars) {
	return { keys: JSON.parse(vars.DEPARTMENT_KEYS ?? '[]'), retired: JSON.parse(vars.RETIRED_KEYS || '[]') };
}

function withSecrets(vars, secrets) {
	return { ...vars, DEPARTMENT_KEYS: JSON.stringify(secrets.keys), RETIRED_KEYS: JSON.stringify(secrets.retired) };
}

/** The department's names from its current keys, or from the list of departments for a new one. */
function departmentOf(secrets, code) {
	const known = secrets.keys.find((k) => k.department.code === code)?.department;
	const seeded = departments.find((d) => d.code === code);
	if (known) return known;
	if (seeded) return { code, kk: seeded.kk, ru: seeded.ru, en: seeded.en };
	throw new KeyRotationError(`unknown department ${code}`);
}

function instant(text, name, fallback) {
	if (text === undefined) return fallback;
	const at = new Date(text);
	if (Number.isNaN(at.getTime())) throw new KeyRotationError(`--${name} is not an ISO instant: ${text}`);
	return at;
}

/** One line per key: what a verifier and the Worker make of it at `now`. */
async function listing(secrets, now) {
	const t = now.toISOString();
	const rows = [];
	for (const key of secrets.keys) {
		const newer = secrets.keys.some(
			(k) => k.department.code === key.department.code && k.notBefore > key.notBefore && k.notBefore <= t
		);
		const state = t < key.notBefore ? 'announced' : t >= key.notAfter ? 'expired' : newer ? 'superseded' : 'signing';
		rows.push([key.department.code, await kidOf(key), key.notBefore, key.notAfter, state]);
	}
	for (const key of secrets.retired) rows.push([key.department.code, key.kid, key.notBefore, key.notAfter, 'retired']);
	return rows
		.sort((a, b) => a[0].localeCompare(b[0]) || a[2].localeCompare(b[2]))
		.map((r) => r.join('  '))
		.join('\n');
}

/**
 * Runs one command against the vars file and returns what to print. Throws KeyRotationError
 * for a refusal (nothing is written then).
 */
export async function runKeysCommand(argv, { file, now = new Date() }) {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			vars: { type: 'string' },
			from: { type: 'string' },
			at: { type: 'string' },
			compromised: { type: 'boolean', default: false }
		}
	});
	const target = values.vars ?? file;
	const vars = readVars(target);
	if (!vars?.DEPARTMENT_KEYS) throw new KeyRotationError(`${target} holds no DEPARTMENT_KEYS (run npm run keys first)`);
	const secrets = secretsOf(vars);
	const [command, argument] = positionals;
	switch (command) {
		case 'list':
			return listing(secrets, now);
		case 'export':
			return JSON.stringify({ DEPARTMENT_KEYS: vars.DEPARTMENT_KEYS, RETIRED_KEYS: vars.RETIRED_KEYS || '[]' });
		case 'rotate': {
			if (!argument) throw new KeyRotationError(usage);
			const from = instant(values.from, 'from', now);
			const rotated = await rotateDepartmentKey(secrets, departmentOf(secrets, argument), from);
			writeVars(target, withSecrets(vars, rotated.secrets));
			return `added ${rotated.kid} for ${argument}, signing from ${rotated.added.notBefore} (restart the Worker; deploy the secrets in production)`;
		}
		case 'retire': {
			if (!argument) throw new KeyRotationError(usage);
			const at = instant(values.at, 'at', now);
			if (values.compromised) {
				writeVars(target, withSecrets(vars, await dropCompromisedKey(secrets, argument, at)));
				return `dropped ${argument}: certificates it signed no longer verify; issue them again`;
			}
			const retired = await retireDepartmentKey(secrets, argument, at);
			writeVars(target, withSecrets(vars, retired.secrets));
			return `retired ${argument}: it stays in the trust list for certificates issued ${retired.retired.notBefore} … ${retired.retired.notAfter}`;
		}
		default:
			throw new KeyRotationError(usage);
	}
}
