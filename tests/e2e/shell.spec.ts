import { axeInBothSchemes } from './checks';
import { LOCALE_PREFIXES, PAGES, expect, test } from './fixtures';

test('home renders its heading in English with lang="en"', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Find your way down the mountain'
	);
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('backprop engine');
});

test('switching to Korean keeps the page, sets lang="ko" and survives a reload', async ({
	page
}) => {
	await page.goto('/guide');
	await page.getByRole('link', { name: '한국어' }).click();
	await expect(page).toHaveURL(/\/ko\/guide$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('안내서');
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('안내서');
	// The choice persists: an unprefixed address now opens in Korean too.
	await page.goto('/');
	await expect(page).toHaveURL(/\/ko$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('산을 내려가는 길을 찾아보세요');
	// And switching back to English sticks as well.
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/:\d+\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.goto('/guide');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Field guide');
});

test('a shared /ko/ link opens in Korean and its links stay in Korean', async ({ page }) => {
	await page.goto('/ko/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await page.getByRole('link', { name: '안내서부터 시작하기' }).click();
	await expect(page).toHaveURL(/\/ko\/guide$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('안내서');
});

test('a browser that prefers Korean gets Korean on its first visit', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'ko-KR' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page).toHaveURL(/\/ko$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await context.close();
});

for (const prefix of LOCALE_PREFIXES) {
	test(`unknown pages show the 404 page in the layout (${prefix || '/'})`, async ({ page }) => {
		const response = await page.goto(`${prefix}/no-such-trail`);
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			prefix ? '존재하지 않는 길입니다' : 'This trail does not exist'
		);
		await expect(page.getByRole('navigation', { name: prefix ? '주 메뉴' : 'Main' })).toBeVisible();
		await page
			.getByRole('link', { name: prefix ? '처음으로 돌아가기' : 'Back to the start' })
			.click();
		await expect(page).toHaveURL(prefix ? /\/ko$/ : /:\d+\/$/);
	});
}

test('formulas are rendered on the server with MathML for screen readers', async ({ request }) => {
	const html = await (await request.get('/guide')).text();
	expect(html).toContain('class="katex"');
	expect(html).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
	expect(html).not.toContain('cdn.');
});

test('the keyboard reaches a skip link first, and it moves focus to the content', async ({
	page
}) => {
	await page.goto('/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to main content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
});

test('dark mode follows the system', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await page.goto('/');
	const colours = () =>
		page.evaluate(() => {
			const style = getComputedStyle(document.body);
			return [style.backgroundColor, style.color];
		});
	expect(await colours()).toEqual(['rgb(247, 248, 246)', 'rgb(28, 35, 32)']);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect(await colours()).toEqual(['rgb(17, 22, 20)', 'rgb(230, 236, 233)']);
});

const everyPage = LOCALE_PREFIXES.flatMap((prefix) =>
	[...PAGES, '/no-such-trail'].map((path) => `${prefix}${path}`)
);

for (const path of everyPage) {
	test(`no horizontal scroll at 360 px, and no WCAG 2.2 A/AA violation: ${path}`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(path);
		await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
		await axeInBothSchemes(page, path);
	});
}
