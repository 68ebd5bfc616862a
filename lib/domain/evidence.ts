/** Evidence files are accepted by what they are, not what they are called: the first bytes decide. */
export type EvidenceMime = 'application/pdf' | 'image/jpeg' | 'image/png';

const SIGNATURES: [EvidenceMime, number[]][] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

export function sniffEvidence(head: Uint8Array): EvidenceMime | null {
  for (const [mime, signature] of SIGNATURES) {
    if (signature.every((byte, i) => head[i] === byte)) return mime;
  }
  return null;
}

/** A safe download name: no path, no control characters, the extension matching the real type. */
export function evidenceFileName(original: string, mime: EvidenceMime): string {
  const ext = mime === 'application/pdf' ? 'pdf' : mime === 'image/png' ? 'png' : 'jpg';
  const base = (original.split(/[\\/]/).pop() ?? 'bukti')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '_')
    .slice(0, 80)
    .trim();
  return `${base || 'bukti'}.${ext}`;
}
