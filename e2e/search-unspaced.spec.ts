import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { details, eventCount, eventList, listButton } from './helpers/app';

/**
 * Search in scripts written without spaces between words: a Chinese word in the middle of
 * a sentence is found, counted and marked, as a word at its start is.
 */

const STORE_PATH = '/test-stores/chinese-summaries.json';
const STORE = {
  format: 'sourceline/1',
  title: '中华人民共和国成立',
  language: 'zh',
  sources: [{ id: 'people-daily', title: '人民日报', language: 'zh', published: '1949-10-02' }],
  actors: [
    { id: 'mao-zedong', name: '毛泽东', kind: 'person' },
    { id: 'zhou-enlai', name: '周恩来', kind: 'person' },
  ],
  events: [
    {
      id: 'founding-ceremony',
      title: '开国大典',
      start: '1949-10-01',
      actors: ['mao-zedong'],
      summary: '毛泽东在天安门宣布中华人民共和国成立。',
    },
    {
      id: 'geneva-conference',
      title: '日内瓦会议',
      start: '1954-04-26',
      actors: ['zhou-enlai'],
      summary: '周恩来率领代表团出席会议。',
    },
    {
      id: 'un-seat',
      title: 'The People’s Republic takes China’s seat at the United Nations',
      start: '1971-10-25',
      actors: ['zhou-enlai'],
    },
  ],
};

async function openChineseStore(page: Page) {
  // By path: a glob would also match the page's own address, whose query names the store.
  await page.route(
    (url) => url.pathname === STORE_PATH,
    (route) => route.fulfill({ body: JSON.stringify(STORE), contentType: 'application/json' }),
  );
  await page.goto(`/?store=${STORE_PATH}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORE.title);
}

test('a Chinese word in the middle of a summary is found, counted and marked', async ({ page }) => {
  await openChineseStore(page);
  await expect(eventCount(page)).toHaveText('3 events');
  await page.getByRole('searchbox', { name: 'Search events' }).fill('天安门');

  await expect(
    page.getByRole('region', { name: 'Events', exact: true }).getByText('1 match for “天安门”'),
  ).toBeVisible();
  await expect(eventCount(page)).toHaveText('1 of 3 events');
  const items = eventList(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText('开国大典');

  // The details mark the word, in the middle of the summary.
  await listButton(page, '开国大典').click();
  await expect(details(page).locator('mark')).toHaveText(['天安门']);
  await expect(details(page).getByText('毛泽东在天安门宣布中华人民共和国成立。')).toBeVisible();
});
