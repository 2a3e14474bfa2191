// The mountain in a real browser: winning the first level (and keeping it), falling off with a
// huge rate, replaying a shared link, playing with the keyboard alone and on a small touch screen,
// a canvas that really shows the terrain, and Korean.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The level is interactive once the mountain has booted (which needs hydration). */
async function openLevel(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.map[data-status="ready"]')).toBeVisible({ timeout: 20_000 });
}

async function setRate(page: Page, rate: string, name = 'Learning rate η') {
	const box = page.getByRole('textbox', { name, exact: true });
	await box.fill(rate);
	await box.press('Enter');
	await expect(box).toHaveValue(rate);
}

test('winning the first level gives stars, opens the next level, and survives a reload', async ({
	page
}) => {
	await openLevel(page, '/play/first-step');
	await setRate(page, '0.4');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const result = page.getByRole('region', { name: 'You reached the goal!' });
	await expect(result).toBeVisible({ timeout: 15_000 });
	await expect(result).toContainText('Goal reached in 3 steps.');
	await expect(result.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	await expect(result.getByText('Saved: this is your best run on this level.')).toBeVisible();
	await result.getByRole('link', { name: 'Next level: Tiny steps' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Tiny steps');
	await expect(page.getByText('This level is still locked')).toHaveCount(0);

	await page.goto('/play');
	const first = page.locator('li[data-level="first-step"]');
	await expect(first.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	const second = page.locator('li[data-level="too-timid"]');
	await expect(second.getByText('Locked')).toHaveCount(0);
	const third = page.locator('li[data-level="zigzag"]');
	await expect(third.getByText('Locked')).toBeVisible();
	await page.reload();
	await expect(
		page.locator('li[data-level="first-step"]').getByRole('img', { name: '3 of 3 stars' })
	).toBeVisible();
});

test('a huge learning rate falls off the mountain and says why', async ({ page }) => {
	await openLevel(page, '/play/first-step');
	await setRate(page, '1.2');
	await page.getByRole('button', { name: 'To the end' }).click();
	const result = page.getByRole('region', { name: 'Not there yet' });
	await expect(result).toBeVisible();
	await expect(result).toContainText('You fell off the mountain');
	await expect(result).toContainText('η·λ = 2.4 > 2');
});

test('a typo in the rate is refused with a message and the run keeps its last good value', async ({
	page
}) => {
	await openLevel(page, '/play/first-step');
	const box = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
	await box.fill('0.4.1');
	await box.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'That is not a number' })).toBeVisible();
	await box.fill('7');
	await box.press('Enter');
	await expect(page.getByRole('alert').filter({ hasText: 'from 0.01 to 1.5' })).toBeVisible();
});

/** The path table's text, once the run has ended. */
async function pathText(page: Page) {
	await page.getByText('Show the path as a table').click();
	return page.getByRole('table').innerText();
}

test('a share link replays the identical path', async ({ page, context }) => {
	await openLevel(page, '/play/first-step');
	await setRate(page, '0.1');
	await page.getByRole('button', { name: 'To the end' }).click();
	await expect(page.locator('.result')).toBeVisible();
	const original = await pathText(page);
	expect(original.split('\n').length).toBeGreaterThan(20);
	const link = page.url();
	expect(link).toContain('r=');

	const other = await context.newPage();
	await openLevel(other, link);
	await other.getByRole('button', { name: 'To the end' }).click();
	await expect(other.locator('.result')).toBeVisible();
	expect(await pathText(other)).toBe(original);
});

test('the whole first level can be played with the keyboard alone', async ({ page }) => {
	await openLevel(page, '/play/first-step');
	const box = page.getByRole('textbox', { name: 'Learning rate η', exact: true });
	for (let i = 0; i < 40 && !(await box.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(box).toBeFocused();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.type('0.45');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await page.keyboard.press('p');
	const result = page.getByRole('region', { name: 'You reached the goal!' });
	await expect(result).toBeVisible({ timeout: 15_000 });
	await expect(page.getByTestId('live-summary')).not.toBeEmpty();
});

test('a 360 px touch screen plays without horizontal scrolling', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await openLevel(page, '/play/first-step');
	const overflow = () =>
		page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await page.getByRole('textbox', { name: 'Learning rate η', exact: true }).fill('0.4');
	await page.getByRole('textbox', { name: 'Learning rate η', exact: true }).press('Enter');
	await page.getByRole('button', { name: 'To the end' }).tap();
	await expect(page.getByRole('region', { name: 'You reached the goal!' })).toBeVisible();
	const run = await page.getByRole('button', { name: 'Reset' }).boundingBox();
	expect(run!.height).toBeGreaterThanOrEqual(44);
	expect(await overflow()).toBeLessThanOrEqual(0);
	await context.close();
});

test('the canvas shows the terrain (it is not blank)', async ({ page }) => {
	await openLevel(page, '/play/sandbox');
	const shot = await page.locator('.map canvas').screenshot();
	const distinct = await page.evaluate(
		async (bytes) => {
			const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
			const bitmap = await createImageBitmap(blob);
			const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
			const context = canvas.getContext('2d')!;
			context.drawImage(bitmap, 0, 0);
			const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
			const colours = new Set<number>();
			for (let i = 0; i < data.length; i += 4 * 37)
				colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
			return colours.size;
		},
		[...shot]
	);
	expect(distinct).toBeGreaterThan(50);
});

test('a level plays in Korean', async ({ page }) => {
	await openLevel(page, '/ko/play/first-step');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('그릇 바닥으로');
	await setRate(page, '0.4', '학습률 η');
	await page.getByRole('button', { name: '끝까지' }).click();
	await expect(page.getByRole('region', { name: '목표에 도착했습니다!' })).toBeVisible();
	await expect(page.getByRole('img', { name: '별 3개 중 3개' }).first()).toBeVisible();
});

test('a race runs several optimizers on the same terrain and ranks them', async ({ page }) => {
	await openLevel(page, '/play/sandbox');
	await page.getByRole('button', { name: 'Race another optimizer' }).click();
	await page.getByRole('button', { name: 'Add a racer' }).click();
	await expect(page.getByRole('group', { name: /Racer \d/ })).toHaveCount(3);
	await page.getByRole('button', { name: 'To the end' }).click();
	const result = page.getByRole('region', { name: 'The run is over' });
	await expect(result).toBeVisible();
	await expect(result.getByRole('heading', { level: 3 })).toHaveCount(3);
	await expect(result.getByRole('heading', { level: 3 }).first()).toContainText('η =');
});

test('a forged share link is refused with its reasons and the level still plays', async ({
	page
}) => {
	await openLevel(page, '/play/first-step?v=1&seed=0&at=-3&r=gd;lr=99');
	const alert = page.getByRole('alert').filter({ hasText: 'could not be replayed' });
	await expect(alert).toContainText('lr: 99 is outside [0.01, 1.5]');
	await page.getByRole('button', { name: 'To the end' }).click();
	await expect(page.locator('.result')).toBeVisible();
});

test('progress exports to a file and imports into a fresh browser', async ({ page, browser }) => {
	await openLevel(page, '/play/first-step');
	await setRate(page, '0.4');
	await page.getByRole('button', { name: 'To the end' }).click();
	await expect(page.getByText('Saved: this is your best run on this level.')).toBeVisible();
	await page.goto('/play');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export progress' }).click();
	const file = await (await download).path();

	const fresh = await browser.newContext();
	const other = await fresh.newPage();
	await other.goto('/play');
	const first = other.locator('li[data-level="first-step"]');
	await expect(first.getByRole('img', { name: '0 of 3 stars' })).toBeVisible();
	await other.getByLabel('Import a progress file').setInputFiles(file);
	await expect(other.getByText('Imported. Levels with stars: 1.')).toBeVisible();
	await expect(first.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	await fresh.close();
});

test('where a level allows it, the keyboard moves the start and the run starts there', async ({
	page
}) => {
	await openLevel(page, '/play/four-valleys');
	const map = page.getByRole('application');
	await map.focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowUp');
	await expect(page).toHaveURL(/at=0\.2,0\.2/);
	await page.getByRole('button', { name: 'To the end' }).click();
	await expect(page.locator('.result')).toBeVisible();
	await page.getByText('Show the path as a table').click();
	await expect(page.getByRole('table').locator('tbody tr').first()).toContainText('0.2');
});
