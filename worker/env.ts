export interface Env {
	DB: D1Database;
	/** Electronic copies of documents (R2), keyed `attachments/<id>`. */
	ATTACHMENTS: R2Bucket;
	ASSETS: Fetcher;
	/** Budget of the check by number and IIN, per document number. */
	LOOKUP_RATE_LIMIT: RateLimit;
	/** JSON: year → МРП in tiyn. */
	MRP_BY_YEAR: string;
	/** Which payment gateway adapter takes state duties: "demo" is the built-in bank page. */
	PAYMENT_GATEWAY: string;
	/** JSON array of { department, privateJwk, notBefore, notAfter }: one signing key per department. */
	DEPARTMENT_KEYS: string;
	/** JSON array of retired public trust-list entries, kept so old certificates still verify. */
	RETIRED_KEYS?: string;
	PAYMENT_GATEWAY_SECRET: string;
	ACCESS_TOKEN_SECRET: string;
	/** The registry office that processes applications made on the web and at kiosks. */
	DEFAULT_REGISTRY_OFFICE: string;
	/**
	 * Certification authorities trusted for applicants' signatures: base64 DER or PEM certificates,
	 * self-signed roots as anchors plus their issuing CAs (NCA's in production).
	 */
	PKI_CA_CERTIFICATES?: string;
	/** Origin printed into barcodes; defaults to the request's origin. */
	PUBLIC_ORIGIN?: string;
}

export type AppEnv = { Bindings: Env };
