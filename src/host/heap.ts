// The heap kept near what it holds (the command line, the language server while it indexes). V8 lets garbage that lived through a few
// collections of the young generation (a document's comparison lasts a few milliseconds) pile up
// in the old generation until a limit set from the machine's memory, hundreds of megabytes above
// what the index needs: the peak memory of a run would be mostly garbage. A full collection when
// the heap has grown by a margin since the last one keeps it bounded, for a few tens of ms each.
import * as v8 from 'v8';
import * as vm from 'vm';

/** Growth of the heap (bytes) since the last collection that triggers the next one. */
const MARGIN = 32 * 1048576;

/**
 * The margin while documents are compared, when all is read: the heap then holds the index and the
 * findings so far, and the run's peak memory is reached; collecting twice as often lowers that peak
 * by some 10 MB on 1,000 versions of a few stories, for a few percent of the run's time.
 */
export const COMPARING_MARGIN = 16 * 1048576;

let collect: (() => void) | undefined;
let after = 0;

function gcFunction(): (() => void) | undefined {
  if (collect) return collect;
  try {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as () => void;
  } catch {
    collect = undefined;
  }
  return collect;
}

/** Collects when the heap grew by `margin` since the last time (cheap to call often). */
export function keepHeapDown(force = false, margin = MARGIN): void {
  const used = process.memoryUsage().heapUsed;
  if (!force && used < after + margin) return;
  const gc = gcFunction();
  if (!gc) return;
  gc();
  after = process.memoryUsage().heapUsed;
}

/**
 * The young generation, capped at SEMI_SPACE_MB a semi-space. V8 doubles it (up to 16 MB a
 * semi-space, 32 MB of memory touched) while much of what is allocated survives, as when the
 * language model loads and while documents are indexed, and never gives it back while the
 * program allocates. Its largest size is fixed at start-up (--max-semi-space-size), but the factor
 * it grows by is read at each growth: it does not grow while the model loads (which survives
 * whatever the size), then may grow once, to the cap, and no more. Call it before the first file
 * and after each one: once capped, a call does nothing.
 */
const SEMI_SPACE_MB = 4;
let young: 'start' | 'loading' | 'growing' | 'capped' = 'start';

function semiSpace(): number {
  const ns = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  // space_size counts both semi-spaces.
  return ns ? ns.space_size / 2 / 1048576 : Infinity;
}

export function capYoungGeneration(): void {
  if (young === 'capped') return;
  try {
    if (young === 'start') {
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      young = 'loading';
    } else if (young === 'loading') {
      const factor = Math.floor(SEMI_SPACE_MB / semiSpace());
      v8.setFlagsFromString(`--semi-space-growth-factor=${Math.max(1, factor)}`);
      young = factor > 1 ? 'growing' : 'capped';
    } else if (semiSpace() >= SEMI_SPACE_MB) {
      v8.setFlagsFromString('--semi-space-growth-factor=1');
      young = 'capped';
    }
  } catch {
    young = 'capped';
  }
}
