// File sizes for people: "1.2 MB > 1.0 MB", and exact bytes when rounding would make two sizes look equal.

export function formatSize(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}

function exact(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

/** Both sizes, rounded unless rounding would show them equal. */
export function formatSizes(a: number, b: number): [string, string] {
  const x = formatSize(a);
  const y = formatSize(b);
  return x === y && a !== b ? [exact(a), exact(b)] : [x, y];
}

/** "larger than --max-file-size (1.2 MB > 1.0 MB)" */
export function tooLarge(size: number, max: number): string {
  const [s, m] = formatSizes(size, max);
  return `larger than --max-file-size (${s} > ${m})`;
}
