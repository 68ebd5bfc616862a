import { chromium } from '@playwright/test';
const base = process.argv[2];
const out = '/tmp/final-shots';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const plan = [
  ['199004172015032002', 'id', 1366, ['/', '/reports/new', '/skp']],
  ['197811052005011003', 'id', 360, ['/', '/team/queue']],
  ['197811052005011003', 'en', 1366, ['/team', '/team/queue']],
  ['196805121994031002', 'id', 1366, ['/overview', '/']],
  ['196805121994031002', 'en', 360, ['/overview']],
];
for (const [nip, lang, width, paths] of plan) {
  const ctx = await browser.newContext({ viewport: { width, height: width > 1000 ? 768 : 740 }, locale: lang === 'id' ? 'id-ID' : 'en-US' });
  const page = await ctx.newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel(/NIP/).fill(nip);
  await page.getByLabel(/^(Kata sandi|Password)$/).fill('pariaman2026');
  await page.getByRole('button', { name: /^(Masuk|Log in)$/ }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  for (const p of paths) {
    await page.goto(`${base}${p}`);
    const sw = await page.evaluate(() => [document.documentElement.scrollWidth, innerWidth]);
    const file = `${out}/${nip.slice(0, 4)}-${lang}-${width}${p.replace(/\//g, '_')}.png`;
    await page.screenshot({ path: file, fullPage: false });
    console.log(file, sw);
  }
  await ctx.close();
}
await browser.close();
