// The chain-rule puzzles in a real browser: solving f = (x + y)z (CURRICULUM.md's reference
// numbers) with the mouse, the keyboard alone and in Korean; a wrong downstream gradient marked on
// its node with the right number in the explanation; hints, step-through and giving up; links with
// seeds; the "which derivative?" round; and every page axe-clean at 360 px in both colour schemes.
import type { Locator, Page } from '@playwright/test';
import { axe, axeInBothSchemes } from './checks';
import { expect, test } from './fixtures';

/** f = (x + y)z at x = −2, y = 5, z = −4 (CURRICULUM.md), by field label in either language. */
const XYZ: Record<string, string> = {
	'value of q': '3',
	'q의 값': '3',
	'value of f': '-12',
	'f의 값': '-12',
	'∂f/∂f': '1',
	'∂f/∂q': '-4',
	'∂f/∂z': '3',
	'local ∂f/∂q': '-4',
	'local ∂f/∂z': '3',
	'local ∂q/∂x': '1',
	'local ∂q/∂y': '1',
	'국소 미분 ∂f/∂q': '-4',
	'국소 미분 ∂f/∂z': '3',
	'국소 미분 ∂q/∂x': '1',
	'국소 미분 ∂q/∂y': '1',
	'∂f/∂x': '-4',
	'∂f/∂y': '-4'
};

async function open(page: Page, path: string) {
	await page.goto(path);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

const answers = (page: Page) => page.getByRole('form', { name: /Your answers|내 답/ });

/** The label of each input of the answer form, in order. */
async function labels(form: Locator): Promise<string[]> {
	return form
		.locator('input[type="text"]')
		.evaluateAll((inputs) =>
			inputs.map((input) => (input as HTMLInputElement).labels![0].textContent!.trim())
		);
}

async function fillXyz(page: Page) {
	const form = answers(page);
	const names = await labels(form);
	expect(names.length).toBeGreaterThan(5);
	const inputs = form.locator('input[type="text"]');
	for (const [i, name] of names.entries()) {
		expect(XYZ, `a value for "${name}"`).toHaveProperty([name]);
		await inputs.nth(i).fill(XYZ[name]);
	}
}

test('solving (x + y)z gives three stars that survive a reload', async ({ page }) => {
	await open(page, '/puzzles/circuits.xyz?seed=0');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('f = (x + y)·z');
	await expect(page.getByTestId('puzzle-graph')).toBeVisible();
	await fillXyz(page);
	await page.getByRole('button', { name: 'Check', exact: true }).click();
	const success = page.getByRole('region', { name: 'Solved!' });
	await expect(success).toBeVisible();
	await expect(success.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	await expect(success).toContainText('Saved in this browser');
	await expect(page.getByTestId('check-summary')).toHaveText('Every field is right!');
	await expect(success.getByRole('link', { name: /^Next puzzle: / })).toBeVisible();

	await open(page, '/puzzles');
	const entry = page.locator('li[data-puzzle="circuits.xyz"]');
	await expect(entry.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
	await page.reload();
	await expect(entry.getByRole('img', { name: '3 of 3 stars' })).toBeVisible();
});

test('a wrong downstream gradient marks its node and explains with the right number', async ({
	page
}) => {
	await open(page, '/puzzles/gates.mul?seed=0');
	// Read the given numbers off the table view, and work out the right answer here, independently.
	const table = page.getByTestId('graph-table');
	const value = async (name: string) =>
		Number(
			(
				await table
					.getByRole('row', { name: new RegExp(`^${name} `) })
					.locator('td')
					.nth(2)
					.innerText()
			)
				.trim()
				.replace('−', '-')
		);
	const [x, y, g] = [await value('x'), await value('y'), await value('g')];
	const right = g * y; // the mul gate sends x the upstream gradient times the *other* input
	const wrong = g * x; // the classic slip: its own value
	expect(wrong).not.toBe(right);
	const field = page.getByRole('textbox', { name: 'gradient f sends to x', exact: true });
	await field.fill(String(wrong));
	await field.press('Enter');
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	const item = page.locator('[data-key="d:3:0"]');
	await expect(item).toContainText('Wrong');
	const shown = String(Number(right.toPrecision(6)))
		.replace('-', '[-−]')
		.replace('.', '\\.');
	await expect(item.locator('.why')).toContainText(new RegExp(`(^|[^\\d.])${shown}(?!\\d|\\.\\d)`));
	// The node that sent it is marked, in the table (words) and in the picture (dashed, ✗).
	await expect(table.getByRole('row', { name: /^f / })).toContainText('has a wrong answer');
	await expect(page.locator('[data-testid="puzzle-graph"] [data-node="3"]')).toHaveAttribute(
		'data-status',
		'wrong'
	);
	// Fixing it clears the mark.
	await field.fill(String(right));
	await field.press('Enter');
	await expect(item).toContainText('Right');
});

test('the whole puzzle can be solved with the keyboard alone', async ({ page }) => {
	await open(page, '/puzzles/circuits.xyz');
	const first = answers(page).locator('input[type="text"]').first();
	for (let i = 0; i < 60 && !(await first.evaluate((el) => el === document.activeElement)); i++)
		await page.keyboard.press('Tab');
	await expect(first).toBeFocused();
	const count = await answers(page).locator('input[type="text"]').count();
	for (let k = 0; k < count; k++) {
		const name = await page.evaluate(() =>
			(document.activeElement as HTMLInputElement).labels![0].textContent!.trim()
		);
		await page.keyboard.type(XYZ[name]);
		if (k < count - 1) await page.keyboard.press('Tab');
	}
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { name: 'Solved!' })).toBeFocused();
});

test('a puzzle plays in Korean', async ({ page }) => {
	await open(page, '/ko/puzzles/circuits.xyz');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { name: '그래프' })).toBeVisible();
	await fillXyz(page);
	await page.getByRole('button', { name: '확인', exact: true }).click();
	const success = page.getByRole('region', { name: '풀었습니다!' });
	await expect(success.getByRole('img', { name: '별 3개 중 3개' })).toBeVisible();
	await open(page, '/ko/puzzles');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('연쇄 법칙 퍼즐');
});

test('a hint costs a star and says so; giving up shows the worked solution', async ({ page }) => {
	await open(page, '/puzzles/circuits.xyz');
	await page.getByRole('button', { name: 'Hint' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Hint for' })).toContainText('at most 2');
	await expect(page.getByRole('img', { name: '2 of 3 stars' })).toBeVisible();
	// The hint is about the first field, and focus goes there.
	await expect(answers(page).locator('input[type="text"]').first()).toBeFocused();

	await page.getByRole('button', { name: 'Show me this node' }).click();
	const steps = page.getByTestId('step-through');
	await expect(steps.getByRole('heading')).toContainText('Step 1 of');
	await expect(page.locator('[data-testid="puzzle-graph"] .current')).toHaveCount(1);
	await steps.getByRole('button', { name: 'Next node' }).click();
	await expect(steps.getByRole('heading')).toContainText('Step 2 of');
	await expect(page.getByRole('img', { name: '1 of 3 stars' })).toBeVisible();

	await page.getByRole('button', { name: 'Give up' }).click();
	await page.getByRole('button', { name: 'Yes, show the solution' }).click();
	const solution = page.getByTestId('worked-solution');
	await expect(solution.getByRole('heading', { name: 'Worked solution' })).toBeFocused();
	await expect(solution.getByRole('listitem')).toHaveCount(
		await answers(page).locator('input[type="text"]').count()
	);
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeDisabled();
});

test('a seed in the link replays the same puzzle; a bad seed says so and uses seed 0', async ({
	page
}) => {
	await open(page, '/puzzles/circuits.xyz?seed=12345');
	const values = () =>
		page.getByTestId('graph-table').locator('tbody td:nth-child(4)').allInnerTexts();
	const first = await values();
	await open(page, '/puzzles/circuits.xyz?seed=12345');
	expect(await values()).toEqual(first);
	await open(page, '/puzzles/circuits.xyz?seed=banana');
	await expect(page.getByRole('status').filter({ hasText: 'banana' })).toContainText('seed 0');
	await expect(page.getByText('Seed 0:')).toBeVisible();
	expect((await values()).slice(0, 3)).toEqual(['−2', '5', '−4']);
});

/** Where every box, edge and line of text of the puzzle's graph is drawn. */
const geometry = (page: Page) =>
	page
		.getByTestId('puzzle-graph')
		.evaluate((svg) => [
			svg.getAttribute('viewBox'),
			...[...svg.querySelectorAll('path, rect, text')].map((el) =>
				[
					...['d', 'x', 'y', 'width', 'height'].map((a) => el.getAttribute(a)),
					el.textContent
				].join()
			)
		]);

test("the server's graph layout is used as the page hydrates; a link to another puzzle lays it out the same", async ({
	page
}) => {
	// dagre (the layout code) is the only script with this name of its ranking algorithm in it.
	const layoutCode: string[] = [];
	page.on('response', async (response) => {
		if (!response.url().endsWith('.js')) return;
		const body = await response.text().catch(() => '');
		if (body.includes('network-simplex')) layoutCode.push(response.url());
	});
	await open(page, '/puzzles/circuits.neuron-gates');
	await expect(page.getByTestId('puzzle-graph')).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(layoutCode).toEqual([]);
	const served = await geometry(page);

	await open(page, '/puzzles/gates.add');
	await page.getByRole('link', { name: 'All puzzles' }).click();
	await page.getByRole('link', { name: 'The sigmoid neuron, gate by gate' }).click();
	await expect(page).toHaveURL(/\/puzzles\/circuits\.neuron-gates$/);
	await expect(page.getByTestId('puzzle-graph')).toBeVisible();
	expect(layoutCode).toHaveLength(1);
	expect(await geometry(page)).toEqual(served);
});

test('an unknown puzzle is a 404 page', async ({ page }) => {
	const response = await page.goto('/puzzles/no.such-puzzle');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This trail does not exist');
});

test('the endless generator opens a new graph with its seed in the link', async ({ page }) => {
	await open(page, '/puzzles');
	const seed = page.getByRole('textbox', { name: 'Seed' });
	await seed.fill('-3');
	await seed.press('Enter');
	await expect(page.getByRole('alert')).toContainText('whole number');
	await seed.fill('77');
	await page.getByRole('button', { name: 'Open this graph' }).click();
	await expect(page).toHaveURL(/\/puzzles\/generated\.[^?]+\?seed=77$/);
	await expect(page.getByTestId('puzzle-graph')).toBeVisible();
	await open(page, '/puzzles');
	await page.getByRole('button', { name: 'New graph' }).click();
	await expect(page).toHaveURL(/\/puzzles\/generated\.[^?]+(\?seed=\d+)?$/);
	await expect(page.getByTestId('puzzle-graph')).toBeVisible();
});

test('which derivative: a choice is explained at once', async ({ page }) => {
	await open(page, '/puzzles/which-derivative');
	const question = page.getByTestId('which-question').first();
	const options = question.getByRole('radio');
	expect(await options.count()).toBeGreaterThanOrEqual(3);
	await expect(question.locator('.katex').first()).toBeVisible();
	await options.first().check();
	await question.getByRole('button', { name: 'Check' }).click();
	await expect(
		question.getByText(/^[✓✗] (Right\.|Not this one: the right answer is \([a-z]\)\.)$/)
	).toBeVisible();
	await expect(question.getByText('the right one')).toHaveCount(1);
	await expect(options.first()).toBeDisabled();
	await expect(page.getByText(/1 answered/)).toBeVisible();
});

test('which derivative works with the keyboard and in Korean', async ({ page }) => {
	await open(page, '/ko/puzzles/which-derivative');
	const question = page.getByTestId('which-question').first();
	await question.getByRole('radio').first().focus();
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(
		question.getByText(/^[✓✗] (맞았습니다\.|이것이 아닙니다\. 정답은 \([a-z]\)입니다\.)$/)
	).toBeVisible();
});

test('a matrix puzzle is a grid of inputs, checked entry by entry against dW = Xᵀ·dY', async ({
	page
}) => {
	await open(page, '/puzzles/matrix.linear-2x2');
	const grid = async (name: string) =>
		(await page
			.locator(`[data-matrix="${name}"] tbody tr`)
			.evaluateAll((rows) =>
				rows.map((row) =>
					[...row.querySelectorAll('td')].map((td) => Number(td.innerText.trim().replace('−', '-')))
				)
			)) as number[][];
	const [X, dY] = [await grid('X'), await grid('dY')];
	// dW[i][j] = Σₙ X[n][i]·dY[n][j], worked out here from the numbers on the page.
	const dW = (i: number, j: number) => X.reduce((sum, row, n) => sum + row[i] * dY[n][j], 0);
	const cell = (label: string) => page.getByRole('textbox', { name: label, exact: true });
	await cell('dW[0][0]').fill(String(dW(0, 0)));
	await cell('dW[0][1]').fill(String(dW(0, 1) + 5));
	await cell('dW[0][1]').press('Enter');
	await expect(page.locator('[data-key="dW:0:0"]')).toContainText('Right');
	await expect(page.locator('[data-key="dW:0:1"]')).toContainText('Wrong');
	await expect(cell('dW[0][1]')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.locator('[data-matrix="dW"] .why li')).toHaveCount(1);
	await expect(page.locator('[data-matrix="dW"] .why li')).toContainText('dW[0][1]');
});

const PUZZLE_PAGES = ['/puzzles', '/puzzles/circuits.xyz', '/puzzles/which-derivative'];
/** Every other kind of puzzle page, checked in English. */
const MORE_PAGES = [
	'/puzzles/gates.copy',
	'/puzzles/network.two-layer',
	'/puzzles/matrix.linear-2x3',
	'/puzzles/gradcheck.choose-h',
	'/puzzles/gradcheck.centred',
	'/puzzles/generated.5?seed=3'
];

for (const prefix of ['', '/ko']) {
	for (const path of prefix ? PUZZLE_PAGES : [...PUZZLE_PAGES, ...MORE_PAGES]) {
		test(`axe-clean and no sideways scroll at 360 px: ${prefix}${path}`, async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.emulateMedia({ colorScheme: 'light' });
			await open(page, `${prefix}${path}`);
			await axeInBothSchemes(page, `${prefix}${path}`);
		});
	}
}

test('after a wrong check and on success, the page stays axe-clean', async ({ page }) => {
	await open(page, '/puzzles/circuits.xyz');
	const inputs = answers(page).locator('input[type="text"]');
	await inputs.first().fill('7');
	await inputs.nth(1).fill('abc');
	await inputs.first().press('Enter');
	await page.getByRole('button', { name: 'Show as a table' }).click();
	await page.getByRole('button', { name: 'Show me this node' }).click();
	await axe(page, 'after a wrong check');
	await fillXyz(page);
	await inputs.first().press('Enter');
	await expect(page.getByRole('region', { name: 'Solved!' })).toBeVisible();
	await axe(page, 'solved');
});

test('on a 360 px touch screen every control is at least 44 px tall', async ({ browser }) => {
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	await open(page, '/puzzles/circuits.xyz');
	const controls = page.locator('main').locator('button, input[type="text"], select');
	const count = await controls.count();
	expect(count).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		const box = await controls.nth(i).boundingBox();
		if (box)
			expect(
				box.height,
				await controls.nth(i).evaluate((el) => el.outerHTML.slice(0, 80))
			).toBeGreaterThanOrEqual(44);
	}
	const inputs = answers(page).locator('input[type="text"]');
	await inputs.first().tap();
	await expect(inputs.first()).toBeFocused();
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBeLessThanOrEqual(0);
	await context.close();
});
