// Showing bytes as text in reports: UTF-8 where valid, `\xNN` for bytes that are not, and
// control characters other than newline and tab escaped so a terminal shows them.

const fatal = new TextDecoder('utf-8', { fatal: true });

function escapeControls(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f]/g, (c) => (c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

/** Decodes for display; `lossless` is false when some bytes were not valid UTF-8. */
export function displayText(bytes: Uint8Array): { text: string; lossless: boolean } {
  try {
    return { text: escapeControls(fatal.decode(bytes)), lossless: true };
  } catch {
    // fall through to the byte-by-byte path
  }
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      out += escapeControls(String.fromCharCode(b));
      i++;
      continue;
    }
    const len = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 0;
    if (len && i + len <= bytes.length) {
      try {
        out += fatal.decode(bytes.subarray(i, i + len));
        i += len;
        continue;
      } catch {
        // invalid sequence
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i++;
  }
  return { text: out, lossless: false };
}
