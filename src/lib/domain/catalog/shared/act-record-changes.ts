import type { FieldDefinition } from '../../fields/types.ts';
import type { Text } from '../../text.ts';
import type { Condition, DocumentRequirement, ServiceDefinition, ServiceStep } from '../types.ts';

/**
 * «…, оның ішінде азаматтық хал актілері жазбаларына өзгерістер, толықтырулар мен түзетулер енгізу»:
 * the Almaty registration services (regulations 1, 2, 4, 5, 7, 8, 9 of resolution No. 4/646) also
 * make changes, additions and corrections to an existing act record. Each asks first what is
 * applied for (`requestKind`: 'registration' | 'changes'); the changes branch then asks the act
 * record (its number and date) and what must change, and takes the certificate and the supporting
 * documents.
 *
 * Pure data builders: each call returns new objects (`registration` and `changes` are shared
 * conditions). Texts that differ per service are parameters; citations (`source`) are always the
 * service's own.
 */

type Page = ServiceDefinition['pages'][number];

/** The registration itself was chosen. */
export const registration: Condition = { field: 'requestKind', equals: 'registration' };
/** Changes, additions or corrections to an existing act record were chosen. */
export const changes: Condition = { field: 'requestKind', equals: 'changes' };

/**
 * The first choice. `registration` names what the service registers; `changes` defaults to
 * «… an existing act record», `changesHint` to correcting a misspelling in the record.
 */
export function requestKindField(o: {
	registration: Text;
	changes?: Text;
	changesHint?: Text;
	source: string;
}): FieldDefinition {
	return {
		id: 'requestKind',
		type: 'choice',
		label: { kk: 'Не сұрайсыз?', ru: 'Что вы просите?', en: 'What are you applying for?' },
		options: [
			{ value: 'registration', label: o.registration },
			{
				value: 'changes',
				label: o.changes ?? {
					kk: 'Бар акт жазбасына өзгерістер, толықтырулар немесе түзетулер енгізу',
					ru: 'Внесение изменений, дополнений или исправлений в существующую актовую запись',
					en: 'Changes, additions or corrections to an existing act record'
				},
				hint: o.changesHint ?? {
					kk: 'Мысалы, акт жазбасында қате жазылған әріпті түзету',
					ru: 'Например, исправить ошибку в написании в актовой записи',
					en: 'For example, correcting a misspelling in the record'
				}
			}
		],
		source: o.source
	};
}

/** The page of the first choice (second page, after the IIN). */
export function requestKindPage(): Page {
	return {
		id: 'request-kind',
		title: { kk: 'Өтініш түрі', ru: 'Вид заявления', en: 'Type of application' },
		fields: ['requestKind']
	};
}

/**
 * The review term of a change to a record, 15 calendar days: an entry of the review step's `variants`,
 * e.g. `variants: [changesReviewTerm(source)]`.
 */
export function changesReviewTerm(source: string): NonNullable<ServiceStep['variants']>[number] {
	return { when: changes, duration: { calendarDays: 15 }, source };
}

/**
 * The questions of the changes branch: `actRecordNumber` (`label` and `hint` default to the plain act
 * record number «shown on the certificate»), `actRecordDate` (the hint's example date) and
 * `changesRequested` (the hint's example of a change).
 */
export function changesFields(o: {
	actRecordNumber: { label?: Text; hint?: Text; source: string };
	actRecordDate: { example: string; source: string };
	changesRequested: { hint: Text; source: string };
}): FieldDefinition[] {
	const { example } = o.actRecordDate;
	return [
		{
			id: 'actRecordNumber',
			type: 'actRecordNumber',
			label: o.actRecordNumber.label ?? {
				kk: 'Акт жазбасының нөмірі',
				ru: 'Номер актовой записи',
				en: 'Act record number'
			},
			hint: o.actRecordNumber.hint ?? {
				kk: 'Куәлікте «Акт жазбасы №» деп көрсетілген, мысалы 10-101-09-0000007 немесе 123',
				ru: 'Указан в свидетельстве как «Актовая запись №», например 10-101-09-0000007 или 123',
				en: 'Shown on the certificate as «Act record No.», for example 10-101-09-0000007 or 123'
			},
			source: o.actRecordNumber.source
		},
		{
			id: 'actRecordDate',
			type: 'date',
			notInFuture: true,
			label: { kk: 'Акт жазбасының күні', ru: 'Дата актовой записи', en: 'Date of the act record' },
			hint: { kk: `Мысалы, ${example}`, ru: `Например, ${example}`, en: `For example, ${example}` },
			source: o.actRecordDate.source
		},
		{
			id: 'changesRequested',
			type: 'text',
			label: {
				kk: 'Нені өзгерту, толықтыру немесе түзету керек және неге?',
				ru: 'Что нужно изменить, дополнить или исправить и почему?',
				en: 'What must be changed, added or corrected, and why?'
			},
			hint: o.changesRequested.hint,
			source: o.changesRequested.source
		}
	];
}

/** The two pages of the changes branch, asked only for `changes`: the record, then what must change. */
export function changesPages(): Page[] {
	return [
		{
			id: 'changes-record',
			title: {
				kk: 'Өзгертілетін акт жазбасы',
				ru: 'Актовая запись, в которую вносятся изменения',
				en: 'The act record to be changed'
			},
			fields: ['actRecordNumber', 'actRecordDate'],
			when: changes
		},
		{
			id: 'changes-what',
			title: { kk: 'Не өзгереді', ru: 'Что изменить', en: 'What must change' },
			fields: ['changesRequested'],
			when: changes
		}
	];
}

/** The usual example of documents supporting a change (birth, marriage, paternity records). */
export const spellingOrCourtDecisionHint: Text = {
	kk: 'Мысалы, дұрыс жазылған жеке куәлік немесе сот шешімі',
	ru: 'Например, удостоверение личности с правильным написанием или решение суда',
	en: 'For example, an identity card with the correct spelling, or a court decision'
};

/**
 * The documents of the changes branch, required only for `changes`: the `certificate` issued from the
 * record (up to 2 files) and the documents supporting the change (up to 10; `supportingHint` only where
 * the service gives one). `source` cites both.
 */
export function changesDocuments(o: {
	certificate: Text;
	supportingHint?: Text;
	source: string;
}): DocumentRequirement[] {
	return [
		{ id: 'record-certificate', name: o.certificate, when: changes, maxFiles: 2, source: o.source },
		{
			id: 'supporting-documents',
			name: {
				kk: 'Өзгерісті негіздейтін құжаттар',
				ru: 'Документы, подтверждающие основание изменения',
				en: 'Documents supporting the change'
			},
			...(o.supportingHint ? { hint: o.supportingHint } : {}),
			when: changes,
			maxFiles: 10,
			source: o.source
		}
	];
}
