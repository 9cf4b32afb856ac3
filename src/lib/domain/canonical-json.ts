/**
 * JSON with sorted keys and no whitespace, so equal bodies hash (and sign) equally whatever order
 * the client sent. For the values our bodies hold (strings, integers, arrays, objects) this is the
 * JSON Canonicalization Scheme of RFC 8785: keys sorted by UTF-16 code units, ECMAScript escaping.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}
