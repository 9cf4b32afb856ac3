/**
 * The kiosk's idle clock: after `idleSeconds` without a touch, key or input it warns and counts
 * `warningSeconds` down, then expires (the shell wipes the visitor's data). Only an explicit
 * "I'm still here" ends a warning: a stray touch on the dialog's backdrop must not, and a visitor
 * tapping "finish now" must not be kept by the same tap. Plain TS, no DOM: the shell feeds it
 * events, the tests a fake clock.
 */
export type IdlePhase = { kind: 'active' } | { kind: 'warning'; remaining: number } | { kind: 'expired' };

export interface IdleTimes {
	idleSeconds: number;
	warningSeconds: number;
}

export class IdleClock {
	#phase: IdlePhase = { kind: 'active' };
	#lastActivity = 0;
	#warningEndsAt = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	constructor(
		private readonly times: IdleTimes,
		private readonly onPhase: (phase: IdlePhase) => void,
		private readonly now: () => number = () => performance.now()
	) {}

	get phase(): IdlePhase {
		return this.#phase;
	}

	start(): void {
		this.#lastActivity = this.now();
		this.#set({ kind: 'active' });
		this.#schedule(this.times.idleSeconds * 1000);
	}

	/** A touch, key or input. Cheap enough for every event: the timer is not re-armed here. */
	activity(): void {
		if (this.#phase.kind === 'active') this.#lastActivity = this.now();
	}

	/** "I'm still here": the warning ends and the idle period starts again. */
	stillHere(): void {
		if (this.#phase.kind === 'warning') this.start();
	}

	stop(): void {
		clearTimeout(this.#timer);
		this.#timer = undefined;
	}

	#schedule(delay: number): void {
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.#tick(), Math.max(0, delay));
	}

	#tick(): void {
		const now = this.now();
		if (this.#phase.kind === 'active') {
			const left = this.#lastActivity + this.times.idleSeconds * 1000 - now;
			if (left > 0) return this.#schedule(left); // someone touched the screen meanwhile
			if (this.times.warningSeconds <= 0) return this.#expire();
			this.#warningEndsAt = now + this.times.warningSeconds * 1000;
			this.#set({ kind: 'warning', remaining: this.times.warningSeconds });
			return this.#schedule(1000);
		}
		if (this.#phase.kind === 'warning') {
			const left = this.#warningEndsAt - now;
			if (left <= 0) return this.#expire();
			this.#set({ kind: 'warning', remaining: Math.ceil(left / 1000) });
			// Wake on the next whole second of the countdown, so a late timer does not drift.
			this.#schedule(left - (Math.ceil(left / 1000) - 1) * 1000);
		}
	}

	#expire(): void {
		this.stop();
		this.#set({ kind: 'expired' });
	}

	#set(phase: IdlePhase): void {
		this.#phase = phase;
		this.onPhase(phase);
	}
}
