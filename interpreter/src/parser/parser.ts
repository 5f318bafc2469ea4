// Placeholder until the PEG parser lands.
import type { ParseOptions, ParseResult } from './index.ts';
export function parse(_source: string, _options: ParseOptions = {}): ParseResult {
  throw new Error('parser not implemented yet');
}
