// Whole-process measurements of a command: wall time and peak resident memory.
//
// Peak RSS of a child is read, in order of preference:
//  1. GNU time (`/usr/bin/time -f "%e %M" -o FILE`): the kernel's ru_maxrss of the child as
//     reported by wait4(), exact and independent of sampling. Written to a file with -o so the
//     command's own stderr is left alone.
//  2. Otherwise (or when the run is killed at its time limit, so GNU time never reports),
//     /proc/<pid>/status VmHWM (the kernel's high-water mark of the RSS) polled every
//     5 ms while the child runs; since VmHWM only grows, the last sample before exit is the peak
//     up to the final few milliseconds. The command is spawned directly (no shell) so <pid> is
//     the process doing the work.
// Node's own process.resourceUsage() covers the calling process only, not its children, and
// spawnSync returns no rusage, which is why neither is used.
import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { performance } from 'perf_hooks';
import { StringDecoder } from 'string_decoder';

export interface ChildResult {
  seconds: number;
  /** Peak resident set size in MB, undefined if it could not be measured. */
  peakMb?: number;
  method: string;
  status: number | null;
  stdout: string;
  /** Bytes written to stdout (all of them, whether kept in `stdout` or not). */
  stdoutBytes: number;
  stderr: string;
  timedOut: boolean;
}

const GNU_TIME = '/usr/bin/time';

function hasGnuTime(): boolean {
  if (!fs.existsSync(GNU_TIME)) return false;
  const r = spawnSync(GNU_TIME, ['-f', '%M', 'true'], { encoding: 'utf8' });
  return r.status === 0 && /^\d+\s*$/m.test(r.stderr);
}

/**
 * Runs cmd to completion (or until timeoutS, when the whole process group is killed and
 * timedOut is set) and reports its wall time and peak RSS.
 */
export async function measureChild(cmd: string, args: string[], cwd: string, timeoutS = Infinity, keepStdout = true): Promise<ChildResult> {
  const gnu = hasGnuTime();
  const out = path.join(os.tmpdir(), `crosscheck-bench-time-${process.pid}.txt`);
  fs.rmSync(out, { force: true });
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = gnu
      ? spawn(GNU_TIME, ['-f', '%e %M', '-o', out, cmd, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
      : spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let timedOut = false;
    const killer = Number.isFinite(timeoutS)
      ? setTimeout(() => {
          timedOut = true;
          try {
            process.kill(-child.pid!, 'SIGKILL'); // the group: GNU time and the command under it
          } catch {
            // already gone
          }
        }, timeoutS * 1000)
      : undefined;
    let stdout = '';
    let stdoutBytes = 0;
    let stderr = '';
    const decoder = new StringDecoder('utf8');
    child.stdout.on('data', (d: Buffer) => {
      stdoutBytes += d.length;
      if (keepStdout) stdout += decoder.write(d);
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    // VmHWM of the working process (under GNU time: its child) is sampled in any case, so that a
    // run killed at the time limit still tells how much memory it had reached.
    let hwmKb = 0;
    let target = gnu ? 0 : child.pid!;
    const sample = () => {
      try {
        if (!target) target = Number(fs.readFileSync(`/proc/${child.pid}/task/${child.pid}/children`, 'utf8').trim().split(/\s+/)[0]) || 0;
        if (!target) return;
        const m = /VmHWM:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${target}/status`, 'utf8'));
        if (m) hwmKb = Math.max(hwmKb, Number(m[1]));
      } catch {
        // exited between samples
      }
    };
    const timer = setInterval(sample, gnu ? 50 : 5);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      const seconds = (performance.now() - t0) / 1000;
      if (gnu) {
        let kb = NaN;
        try {
          const line = fs.readFileSync(out, 'utf8').trim().split('\n').pop() ?? '';
          kb = Number(line.split(/\s+/)[1]);
        } catch {
          // killed before GNU time wrote its line
        }
        fs.rmSync(out, { force: true });
        if (Number.isFinite(kb)) resolve({ seconds, peakMb: kb / 1024, method: 'GNU time %M (wait4 ru_maxrss)', status, stdout, stdoutBytes, stderr, timedOut });
        else resolve({ seconds, peakMb: hwmKb ? hwmKb / 1024 : undefined, method: '/proc VmHWM sampled (killed before GNU time reported)', status, stdout, stdoutBytes, stderr, timedOut });
      } else resolve({ seconds, peakMb: hwmKb ? hwmKb / 1024 : undefined, method: '/proc VmHWM sampled every 5 ms', status, stdout, stdoutBytes, stderr, timedOut });
    });
  });
}
