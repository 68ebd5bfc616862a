import { expect, test } from '@playwright/test';
import { DEMO, loginAndWait } from './fixtures';

test('the icon is served to anonymous visitors, under its own address and the classic one', async ({
  page,
  request,
}) => {
  for (const url of ['/icon.svg', '/favicon.ico']) {
    const res = await request.get(url, { maxRedirects: 0 });
    expect(res.status(), url).toBe(200);
    expect(res.headers()['content-type'], url).toContain('image/svg+xml');
  }
  // The login page's own <link rel="icon"> (with its cache-busting query) loads too.
  await page.goto('/login');
  const href = await page.locator('link[rel="icon"]').first().getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);
  expect((await request.get(href!, { maxRedirects: 0 })).status()).toBe(200);
});

test('every 404 page has exactly one <main>', async ({ page }) => {
  const mains = () => page.locator('main').count();
  await loginAndWait(page, DEMO.staffA);
  // notFound() inside the signed-in layout (an unknown SKP) and an address that matches no page at all.
  for (const url of ['/skp/999999999', '/reports/999999999', '/halaman-yang-tidak-ada']) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await mains(), url).toBe(1);
  }
});
