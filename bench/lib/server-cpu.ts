import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** /proc/<pid>/stat: [ppid, CPU ms of the process, CPU ms of its children that ended and were reaped]. */
function stat(pid: number): [number, number, number] {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	const ms = (i: number) => Number(fields[i]) * 10; // clock ticks of 10 ms (USER_HZ 100)
	return [Number(fields[1]), ms(11) + ms(12), ms(13) + ms(14)];
}

/**
 * CPU ms each server process has used so far: wrangler itself (with any workerd it restarted and
 * reaped) and each of its children by pid — `wrangler dev` runs two workerd processes, its proxy
 * in front and the Worker with D1 behind, each on one thread, so the busier one bounds throughput.
 * Linux /proc only. Other load on the machine disturbs these far less than it does wall time.
 */
export function serverCpuMs(pid: number): Map<string, number> {
	const [, own, reaped] = stat(pid);
	const processes = new Map([['wrangler', own + reaped]]);
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const [ppid, cpu] = stat(Number(entry));
			const name = readFileSync(`/proc/${entry}/comm`, 'utf8').trim();
			if (ppid === pid && name === 'workerd') processes.set(`workerd ${entry}`, cpu);
		} catch {
			// gone meanwhile
		}
	}
	return processes;
}

/** CPU ms per unit each server process spent between `before` and now. */
export function cpuSince(pid: number, before: Map<string, number>, units: number): [string, number][] {
	return [...serverCpuMs(pid)].map(([process, ms]) => [process, (ms - (before.get(process) ?? 0)) / units]);
}

/** The `wrangler dev` process serving `port`, or null (e.g. another machine's server). */
export function wranglerPid(port: number): number | null {
	try {
		return Number(execFileSync('pgrep', ['-f', `cli.js dev .*--port ${port}`], { encoding: 'utf8' }).split('\n')[0]);
	} catch {
		return null;
	}
}
