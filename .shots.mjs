import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const [w, h, name] of [[1440, 900, 'desktop'], [1280, 720, 'laptop'], [390, 844, 'phone']]) {
  const page = await browser.newPage({ viewport: { width: w, height: h }, reducedMotion: 'reduce' });
  await page.goto('http://localhost:4307/?store=/data/example-evidence.json&event=south-shore-over-quota');
  await page.getByRole('heading', { level: 2, name: /Southern shore/ }).waitFor({ timeout: 60000 });
  await page.getByRole('region', { name: 'Event details' }).getByRole('region', { name: 'Disputed by' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/evidence-shots/${name}.png` });
  await page.close();
}
await browser.close();
