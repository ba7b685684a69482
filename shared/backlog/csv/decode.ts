/**
 * Turning the bytes of a chosen file into text for `parseCsvText`. Exports are UTF-8 (with or
 * without a byte order mark), but Excel on Windows still saves "CSV" in the ANSI code page and
 * "Unicode text" in UTF-16: reading those as UTF-8 would turn every "é" into "�". The
 * `TextDecoder` used here exists in browsers, workers and Node alike.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  let broken = 0;
  let wellFormed = 0;
  for (let i = 0; i < utf8.length; i += 1) {
    const code = utf8.charCodeAt(i);
    if (code === 0xfffd) broken += 1;
    else if (code > 0x7f) wellFormed += 1;
  }
  // A UTF-8 file with the odd damaged character stays UTF-8 (re-reading it as ANSI would
  // garble every other accent); a file whose non-ASCII bytes are mostly invalid UTF-8 is ANSI.
  if (broken === 0 || wellFormed > broken * 10) return utf8;
  return new TextDecoder('windows-1252').decode(bytes);
}
