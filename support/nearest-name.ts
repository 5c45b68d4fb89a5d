/**
 * "Did you mean …?": the known name closest to a misspelt one, when it is close enough to be what was meant
 * (an edit distance of at most 2, or a third of the name), or when one starts with the other ("duration" for
 * "durationMinutes"). Case does not count.
 */
export function nearestName(word: string, known: readonly string[]): string | undefined {
  const typed = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed, name.toLowerCase());
    if (!best || distance < best.distance) best = { name, distance };
  }
  if (best && best.distance <= Math.max(2, Math.floor(best.name.length / 3))) return best.name;
  return typed.length >= 4 ? known.find((name) => name.toLowerCase().startsWith(typed)) : undefined;
}

/** The phrase to append to an error: `: did you mean "x"?`, or nothing. */
export function didYouMean(word: string, known: readonly string[]): string {
  const near = nearestName(word, known);
  return near ? ` (did you mean "${near}"?)` : '';
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
