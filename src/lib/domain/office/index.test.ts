import { describe, expect, it } from 'vitest';
import { workingCalendar } from '../calendar/index.ts';
import { catalog, findService } from '../catalog/index.ts';
import { isStepRole } from './roles.ts';
import { ceremonySlots, isCeremonySlot } from './slots.ts';
import { availableActions, stepKinds, workflowPlan } from './workflow.ts';
import { officeActionShape } from './actions.ts';

const today = '2026-11-23';
const service = (id: string) => findService(id)!;

describe('workflowPlan', () => {
	it('knows the kind of every staff step of the catalogue', () => {
		for (const s of catalog)
			for (const step of s.steps.filter((st) => isStepRole(st.actor)))
				expect(stepKinds[step.id], `${s.id}/${step.id}`).toBeDefined();
	});

	it('follows the Almaty regulation for an office birth registration', () => {
		const plan = workflowPlan(service('birth-registration'), { requestKind: 'registration' }, 'portal', today);
		expect(plan.map((s) => [s.id, s.actor])).toEqual([
			['registration', 'office-clerk'],
			['resolution', 'head'],
			['review', 'responsible-officer'],
			['act-record', 'responsible-officer'],
			['signature', 'head'],
			['issue', 'office-clerk']
		]);
		expect(plan.map((s) => s.seq)).toEqual([0, 1, 2, 3, 4, 5]);
	});

	it('adds the PSC transfer (1 working day) and the hand-over at the PSC for the PSC channel', () => {
		const plan = workflowPlan(service('birth-registration'), { requestKind: 'registration' }, 'psc', today);
		expect(plan[0]).toMatchObject({ id: 'psc-transfer', actor: 'psc-operator', duration: { workingDays: 1 } });
		expect(plan.at(-1)).toMatchObject({ id: 'psc-handover', actor: 'psc-operator', duration: null });
	});

	it('uses the variant duration the answers call for', () => {
		const changes = workflowPlan(service('birth-registration'), { requestKind: 'changes' }, 'portal', today);
		expect(changes.find((s) => s.id === 'review')!.duration).toEqual({ calendarDays: 15 });
	});

	it('agrees a date for a divorce by mutual consent, not for one by court decision', () => {
		const divorce = service('divorce-registration');
		const mutual = workflowPlan(
			divorce,
			{ requestKind: 'registration', divorceGrounds: 'mutual-consent' },
			'portal',
			today
		);
		expect(mutual.map((s) => s.id)).toContain('date-setting');
		expect(mutual.findIndex((s) => s.id === 'date-setting')).toBe(mutual.findIndex((s) => s.id === 'act-record') - 1);
		const court = workflowPlan(
			divorce,
			{ requestKind: 'registration', divorceGrounds: 'court-decision' },
			'portal',
			today
		);
		expect(court.map((s) => s.id)).not.toContain('date-setting');
	});

	it('skips the date for changes to a marriage record', () => {
		const plan = workflowPlan(service('marriage-registration'), { requestKind: 'changes' }, 'portal', today);
		expect(plan.map((s) => s.id)).not.toContain('date-setting');
	});

	it('hands over a paper duplicate prepared by the officer', () => {
		const plan = workflowPlan(service('duplicate-certificate'), {}, 'portal', today);
		expect(plan.at(-1)).toMatchObject({ id: 'issue', kind: 'issue', duration: null });
	});

	it('gives automated services no staff step', () => {
		expect(workflowPlan(service('civil-status-reference'), {}, 'portal', today)).toEqual([]);
	});
});

describe('availableActions', () => {
	const birth = service('birth-registration');
	const state = { hold: null, extendedDays: 0, viaPsc: false } as const;
	it('offers the review decisions, and extension only while days are left', () => {
		expect(availableActions(birth, { ...state, kind: 'review' })).toEqual([
			'approve',
			'refuse',
			'request-documents',
			'extend'
		]);
		expect(availableActions(birth, { ...state, kind: 'review', extendedDays: 30 })).not.toContain('extend');
		expect(availableActions(service('adoption-registration'), { ...state, kind: 'review' })).not.toContain('extend');
	});
	it('while documents are awaited, offers only their receipt or a refusal', () => {
		expect(availableActions(birth, { ...state, kind: 'review', hold: 'documents_requested' })).toEqual([
			'documents-received',
			'refuse'
		]);
	});
	it('sends a PSC application back to the PSC, hands an office one over', () => {
		expect(availableActions(birth, { ...state, kind: 'issue' })).toEqual(['hand-over']);
		expect(availableActions(birth, { ...state, kind: 'issue', viaPsc: true })).toEqual(['send-to-psc']);
	});
});

describe('ceremony slots', () => {
	const calendar = workingCalendar();
	it('offers half-hourly times on working days from the earliest instant, skipping booked ones', () => {
		// Wednesday 16.12.2026 is Independence Day: the first slots are on Thursday 17.12 from 10:00 Almaty.
		const slots = ceremonySlots(calendar, new Date('2026-12-16T05:00:00Z'), new Set(['2026-12-17T05:00:00.000Z']), {
			limit: 3
		});
		expect(slots).toEqual([
			{ startsAt: '2026-12-17T05:30:00.000Z', solemn: false },
			{ startsAt: '2026-12-17T06:00:00.000Z', solemn: true },
			{ startsAt: '2026-12-17T06:30:00.000Z', solemn: false }
		]);
	});
	it('checks a chosen time against the rule', () => {
		const earliest = new Date('2026-12-16T05:00:00Z');
		expect(isCeremonySlot(calendar, new Date('2026-12-17T06:00:00Z'), earliest, true)).toBe(true);
		expect(isCeremonySlot(calendar, new Date('2026-12-17T06:00:00Z'), earliest, false)).toBe(false);
		expect(isCeremonySlot(calendar, new Date('2026-12-17T06:10:00Z'), earliest, false)).toBe(false);
		expect(isCeremonySlot(calendar, new Date('2026-12-19T05:00:00Z'), earliest, false)).toBe(false); // Saturday
		expect(isCeremonySlot(calendar, new Date('2026-12-15T05:00:00Z'), earliest, false)).toBe(false); // too early
	});
});

describe('officeActionShape', () => {
	it('requires a power of attorney for a representative, and a reasoned refusal', () => {
		const handOver = {
			action: 'hand-over',
			version: 3,
			recipient: 'representative',
			identityDocument: { type: 'identity-card', number: '045612378' }
		};
		expect(officeActionShape.safeParse(handOver).success).toBe(false);
		expect(
			officeActionShape.safeParse({
				...handOver,
				powerOfAttorney: { number: '1-2345', date: '01.11.2026', notary: 'Нотариус Сәрсенбаева А.' }
			}).success
		).toBe(true);
		expect(officeActionShape.safeParse({ action: 'refuse', version: 1, reason: 'жоқ' }).success).toBe(false);
		expect(
			officeActionShape.safeParse({ action: 'extend', version: 1, calendarDays: 31, reason: 'тексеру қажет' }).success
		).toBe(false);
		expect(officeActionShape.safeParse({ action: 'drop-table', version: 1 }).success).toBe(false);
	});
});
