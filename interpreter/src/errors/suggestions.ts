// "Did you mean" suggestions (Python/suggestions.c: _Py_CalculateSuggestions): for NameError and
// AttributeError in tracebacks, misspelt keywords in SyntaxErrors and unexpected keyword
// arguments.

// Python/suggestions.c: a Levenshtein distance on UTF-8 bytes where a case change costs 1 and any
// other edit 2, and the closest candidate within a third of the characters wins.
const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 0x41 && a <= 0x5a) a += 32;
  if (b >= 0x41 && b <= 0x5a) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

function levenshtein(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let aStart = 0;
  let aEnd = a.length;
  let bStart = 0;
  let bEnd = b.length;
  while (aStart < aEnd && bStart < bEnd && a[aStart] === b[bStart]) {
    aStart++;
    bStart++;
  }
  while (aStart < aEnd && bStart < bEnd && a[aEnd - 1] === b[bEnd - 1]) {
    aEnd--;
    bEnd--;
  }
  let x = a.subarray(aStart, aEnd);
  let y = b.subarray(bStart, bEnd);
  if (x.length === 0 || y.length === 0) return (x.length + y.length) * MOVE_COST;
  if (x.length > MAX_STRING_SIZE || y.length > MAX_STRING_SIZE) return maxCost + 1;
  if (y.length < x.length) [x, y] = [y, x];
  if ((y.length - x.length) * MOVE_COST > maxCost) return maxCost + 1;
  const buffer: number[] = [];
  for (let i = 0, tmp = MOVE_COST; i < x.length; i++, tmp += MOVE_COST) buffer[i] = tmp;
  let result = 0;
  for (let bi = 0; bi < y.length; bi++) {
    const code = y[bi]!;
    let distance = (result = bi * MOVE_COST);
    let minimum = Infinity;
    for (let i = 0; i < x.length; i++) {
      const substitute = distance + substitutionCost(code, x[i]!);
      distance = buffer[i]!;
      const insertDelete = Math.min(result, distance) + MOVE_COST;
      result = Math.min(insertDelete, substitute);
      buffer[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** _suggestions._generate_suggestions(candidates, name) (Python/suggestions.c: _Py_CalculateSuggestions). */
export function generateSuggestion(candidates: readonly string[], name: string): string | null {
  if (candidates.length >= 750) return null;
  const enc = new TextEncoder();
  const nameBytes = enc.encode(name);
  let best: string | null = null;
  let bestDistance = Number.MAX_SAFE_INTEGER;
  for (const item of candidates) {
    if (item === name) continue;
    const itemBytes = enc.encode(item);
    let maxDistance = Math.floor(((nameBytes.length + itemBytes.length + 3) * MOVE_COST) / 6);
    maxDistance = Math.min(maxDistance, bestDistance - 1);
    const d = levenshtein(nameBytes, itemBytes, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}
