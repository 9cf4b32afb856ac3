import { notices, type NoticeKind } from '../../src/lib/domain/notices.ts';
import type { Lang, Text } from '../../src/lib/domain/text.ts';

/**
 * D1's only transaction is a batch, and a statement in it cannot branch on an earlier one
 * except through SQL. Audit rows therefore carry a guard; `afterChange` writes the row only
 * when the statement just before it changed a row, so a chain "UPDATE → event → notice"
 * is written whole by the request that made the change and not at all by a losing retry.
 */
export interface Guard {
	sql: string;
	params: (string | number | null)[];
}

export const afterChange: Guard = { sql: 'changes() = 1', params: [] };

/** The append-only audit trail entry of an application; `detail` must never hold personal data. */
export function eventStatement(
	db: D1Database,
	event: { applicationId: string; at: string; actor: string; kind: string; detail?: object; ip?: string | null },
	guard?: Guard
) {
	return db
		.prepare(
			`INSERT INTO application_events (application_id, at, actor, kind, detail, ip) SELECT ?, ?, ?, ?, ?, ? WHERE ${guard?.sql ?? '1'}`
		)
		.bind(
			event.applicationId,
			event.at,
			event.actor,
			event.kind,
			event.detail ? JSON.stringify(event.detail) : null,
			event.ip ?? null,
			...(guard?.params ?? [])
		);
}

/** A notice's text in the three languages, its parameters filled in per language. */
export function noticeMessage(kind: NoticeKind, params: Record<string, string | Text> = {}): Text {
	const fill = (lang: Lang) =>
		notices[kind][lang].replace(/\{(\w+)\}/g, (_, k: string) => {
			const value = params[k] ?? '';
			return typeof value === 'string' ? value : value[lang];
		});
	return { kk: fill('kk'), ru: fill('ru'), en: fill('en') };
}

/**
 * A notice to the applicant's cabinet, in the three languages; a parameter is one string for
 * every language (a number, a date) or its own text per language (a place, a list of documents).
 */
export function noticeStatement(
	db: D1Database,
	notice: { applicationId: string; at: string; kind: NoticeKind; params?: Record<string, string | Text> },
	guard?: Guard
) {
	const message = noticeMessage(notice.kind, notice.params);
	return db
		.prepare(
			`INSERT INTO notifications (application_id, at, kind, message) SELECT ?, ?, ?, ? WHERE ${guard?.sql ?? '1'}`
		)
		.bind(notice.applicationId, notice.at, notice.kind, JSON.stringify(message), ...(guard?.params ?? []));
}
