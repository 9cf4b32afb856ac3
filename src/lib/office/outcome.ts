/** A step's outcome in words, for the office's plan and the applicant's status page alike. */
import { t } from '$lib/i18n/index.svelte';

const known = new Set(['done', 'refused', 'handed_over']);

export function outcomeText(step: { outcome: string | null; startedAt: string | null; doneAt: string | null }): string {
	if (step.outcome && known.has(step.outcome))
		return t(`step.outcome.${step.outcome as 'done' | 'refused' | 'handed_over'}`);
	if (step.outcome) return step.outcome;
	if (step.doneAt) return t('step.outcome.done');
	return step.startedAt ? t('step.outcome.running') : t('step.notStarted');
}
