import { hmacHex, hmacHexMatches } from '../http/crypto.ts';

/**
 * The applicant's access token is an HMAC of the application id and its body hash, so a
 * retried submission (same id, same body) gets the same token back without storing it,
 * and nobody can derive it from the id alone.
 */
export function accessToken(secret: string, applicationId: string, bodyHash: string): Promise<string> {
	return hmacHex(secret, `${applicationId}.${bodyHash}`);
}

export function accessTokenMatches(
	secret: string,
	applicationId: string,
	bodyHash: string,
	token: string
): Promise<boolean> {
	return hmacHexMatches(secret, `${applicationId}.${bodyHash}`, token);
}
