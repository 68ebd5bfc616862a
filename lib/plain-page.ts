import { createTranslator } from 'next-intl';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locale';

/**
 * A whole HTML page without React, the database or scripts: for answers given before or instead of the
 * app (a refused request in proxy.ts, the database being unreachable). Text from the catalogues.
 */

type ErrorKey = keyof typeof id.errors;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function plainPage(
  request: { headers: Headers; cookies: { get(name: string): { value: string } | undefined } },
  status: number,
  body: ErrorKey,
  link?: { href: string; label: ErrorKey },
  params: Record<string, string | number> = {},
): Response {
  const lang = negotiateLocale(
    request.cookies.get(LOCALE_COOKIE)?.value,
    request.headers.get('accept-language'),
  );
  // Formatted by next-intl: in the build the catalogues arrive precompiled (next.config.ts).
  const translate = createTranslator({
    locale: lang,
    messages: lang === 'en' ? en : id,
    namespace: 'errors',
  });
  const t = (key: ErrorKey) => translate(key, params);
  const html = `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('title'))}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#0f172a}
div{border-left:4px solid #b91c1c;background:#fef2f2;padding:1rem}a{color:#065f46}</style></head>
<body><main id="main"><div role="alert"><h1>${escapeHtml(t('title'))}</h1><p>${escapeHtml(t(body))}</p>${
    link ? `<p><a href="${escapeHtml(link.href)}">${escapeHtml(t(link.label))}</a></p>` : ''
  }</div></main></body></html>`;
  return new Response(html, {
    status,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      ...(status === 503 ? { 'Retry-After': '5' } : {}),
    },
  });
}
