/**
 * What the kiosk health screen reads about this device: nothing personal, only counts, times,
 * sizes and versions.
 */
import { db } from '$lib/store/db.ts';
import { lastSyncKey, outboxState } from '$lib/store/outbox.svelte';

export interface KioskHealth {
	online: boolean;
	apiReachable: boolean;
	lastSyncAt: string | null;
	outbox: number;
	oldestQueuedAt: string | null;
	storage: { usage: number; quota: number } | null;
	serviceWorker: 'active' | 'waiting' | 'none';
}

async function apiAnswers(): Promise<boolean> {
	try {
		return (await fetch('/api/health', { cache: 'no-store' })).ok;
	} catch {
		return false;
	}
}

async function serviceWorkerState(): Promise<KioskHealth['serviceWorker']> {
	const registration = await navigator.serviceWorker?.getRegistration();
	if (registration?.waiting) return 'waiting';
	return registration?.active && navigator.serviceWorker.controller ? 'active' : 'none';
}

export async function readHealth(): Promise<KioskHealth> {
	const store = await db();
	const [outbox, oldest, estimate, apiReachable, serviceWorker] = await Promise.all([
		store.count('outbox'),
		store.transaction('outbox').store.index('byQueuedAt').openCursor(),
		navigator.storage?.estimate?.().catch(() => null) ?? null,
		apiAnswers(),
		serviceWorkerState()
	]);
	return {
		online: navigator.onLine,
		apiReachable,
		// Another tab's outbox may have synced: the stored time is the newest of all.
		lastSyncAt: localStorage.getItem(lastSyncKey) ?? outboxState.lastSyncAt,
		outbox,
		oldestQueuedAt: oldest?.value.queuedAt ?? null,
		storage: estimate?.quota ? { usage: estimate.usage ?? 0, quota: estimate.quota } : null,
		serviceWorker
	};
}
