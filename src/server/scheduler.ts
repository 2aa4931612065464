// The scheduler: when work happens. Edits wait for a quiet moment (a burst of typing costs one
// check, not one per keystroke); every change bumps `generation` and starts one settle loop, whose
// passes stop at their next yield when a newer change arrives, so only the latest text is ever
// published. It also counts handlers still running, so "idle" means nothing is left to do.

/** Quiet time after the last keystroke before a document is checked again. */
export const RECHECK_DELAY = 300;
/** Upper bound while typing continues, so diagnostics still move during long bursts. */
const RECHECK_MAX_WAIT = 1500;

export interface SchedulerHooks {
  /** One pass over what is to publish; stops early (returns) once `current()` is false. */
  pass(current: () => boolean): Promise<void>;
  /** The loop ended, or a handler finished: tell the client (state changes always go out). */
  settled(): void;
  /** False while the workspace is read for the first time or again (indexing). */
  ready(): boolean;
  log(what: string, e: unknown): void;
}

export class Scheduler {
  private readonly timers = new Map<string, { timer: NodeJS.Timeout; first: number }>();
  private gen = 0;
  private dirty = false;
  private settling = false;
  /** Async handlers still running (file reads after an event): not idle until they finish. */
  private busy = 0;

  constructor(private readonly hooks: SchedulerHooks) {}

  get generation(): number {
    return this.gen;
  }

  /** Runs `fn` after RECHECK_DELAY of quiet for `key` (at most RECHECK_MAX_WAIT after the first call). */
  debounce(key: string, fn: () => void, delay = RECHECK_DELAY): void {
    const prev = this.timers.get(key);
    const first = prev?.first ?? Date.now();
    if (prev) clearTimeout(prev.timer);
    const wait = Math.max(0, Math.min(delay, first + RECHECK_MAX_WAIT - Date.now()));
    const timer = setTimeout(() => {
      this.timers.delete(key);
      fn();
      if (this.idle()) this.hooks.settled(); // nothing changed after all: release waiters
    }, wait);
    this.timers.set(key, { timer, first });
  }

  /** Drops the pending run for `key`, if any. */
  cancel(key: string): void {
    const pending = this.timers.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.timers.delete(key);
  }

  cancelAll(): void {
    for (const { timer } of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }

  /** Something changed: publish again once the event loop is free. */
  republish(): void {
    this.gen++;
    this.dirty = true;
    if (!this.settling) {
      this.settling = true;
      setImmediate(() => void this.settle());
    }
  }

  private async settle(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false;
        const gen = this.gen;
        await this.hooks.pass(() => gen === this.gen);
      }
    } catch (e) {
      this.hooks.log('publishing diagnostics failed', e);
    } finally {
      this.settling = false;
      this.hooks.settled();
    }
  }

  /** Runs a handler that may await; idle waiters are held until it is done. */
  async run(fn: () => void | Promise<void>): Promise<void> {
    this.busy++;
    try {
      await fn();
    } finally {
      this.busy--;
      if (this.idle()) this.hooks.settled();
    }
  }

  idle(): boolean {
    return this.hooks.ready() && !this.settling && !this.dirty && this.busy === 0 && this.timers.size === 0;
  }
}
