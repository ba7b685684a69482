/** Bytes ↔ base64 for files that cross the bridge as JSON (PNG exports, imported CSVs). */
export function bytesToBase64(bytes: Uint8Array): string {
  // Chunks keep String.fromCharCode under the engine's argument limit for large files.
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

export function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
