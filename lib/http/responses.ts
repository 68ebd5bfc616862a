/**
 * Responses of the route handlers that serve files (evidence, objection attachments, PDFs): private, never
 * cached, never sniffed, and sandboxed so a file cannot run script in the app's origin.
 */
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' } as const;

export function notFoundResponse(): Response {
  return new Response('Not found', { status: 404, headers: PRIVATE });
}

export function fileResponse(
  content: Uint8Array,
  file: { mime: string; name: string; inline?: boolean },
): Response {
  return new Response(new Uint8Array(content), {
    headers: {
      ...PRIVATE,
      'Content-Type': file.mime,
      'Content-Length': String(content.byteLength),
      'Content-Disposition': `${file.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      'Content-Security-Policy': "default-src 'none'; sandbox",
    },
  });
}
