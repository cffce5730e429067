/**
 * What the benchmark reads of a process (its own or a server's) from Linux's /proc, and how it
 * stops a server it spawned.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

const statusField = (pid: number | 'self', field: 'VmRSS' | 'VmHWM'): number =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;

/** Resident set size now, in bytes. */
export const rss = (pid: number | 'self'): number => statusField(pid, 'VmRSS');

/** Peak resident set size so far, in bytes. */
export const peakRss = (pid: number): number => statusField(pid, 'VmHWM');

/** CPU seconds (user + system) used so far. */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime, in clock ticks of 10 ms.
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** SIGTERM, and SIGKILL if it has not exited 10 s later; resolves once it exited. */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}
