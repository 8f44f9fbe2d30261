/** One line of a diff: kept (" "), removed ("-") or added ("+"). */
export interface DiffLine {
  kind: ' ' | '-' | '+';
  text: string;
}

/** The lines of `before` and `after`, as the fewest removals and additions (longest common subsequence). */
export function lineDiff(before: string, after: string): DiffLine[] {
  const a = before.replace(/\r\n/g, '\n').split('\n');
  const b = after.replace(/\r\n/g, '\n').split('\n');
  // lcs[i][j]: the longest common run of a[i..] and b[j..]. Guides are a few hundred lines at most.
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines: DiffLine[] = [];
  let [i, j] = [0, 0];
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ kind: ' ', text: a[i] });
      i++;
      j++;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push({ kind: '-', text: a[i++] });
    } else lines.push({ kind: '+', text: b[j++] });
  }
  return lines;
}

/** The changed lines with `context` kept lines around each change, unchanged stretches as "…". */
export function formatDiff(lines: DiffLine[], context = 2): string {
  const near = lines.map((_, at) =>
    lines.slice(Math.max(0, at - context), at + context + 1).some((l) => l.kind !== ' '),
  );
  const out: string[] = [];
  lines.forEach((line, at) => {
    if (near[at]) out.push(`${line.kind} ${line.text}`);
    else if (out.at(-1) !== '…') out.push('…');
  });
  return out.join('\n');
}
