// The heap kept near what it holds (the command line, the language server while it indexes). V8 lets garbage that lived through a few
// collections of the young generation (a document's comparison lasts a few milliseconds) pile up
// in the old generation until a limit set from the machine's memory, hundreds of megabytes above
// what the index needs: the peak memory of a run would be mostly garbage. A full collection when
// the heap has grown by a margin since the last one keeps it bounded, for a few tens of ms each.
import * as v8 from 'v8';
import * as vm from 'vm';

/** Growth of the heap (bytes) since the last collection that triggers the next one. */
const MARGIN = 32 * 1048576;

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

/** Collects when the heap grew by MARGIN since the last time (cheap to call often). */
export function keepHeapDown(force = false): void {
  const used = process.memoryUsage().heapUsed;
  if (!force && used < after + MARGIN) return;
  const gc = gcFunction();
  if (!gc) return;
  gc();
  after = process.memoryUsage().heapUsed;
}
