import { expect, test } from './fixtures';

test('the lab reads the CURRICULUM circuit (x + y)·z exactly', async ({ page }) => {
	await page.goto('/lab?f=(x%2By)*z&at=x:-2,y:5,z:-4');
	await expect(page.getByTestId('value')).toHaveText('−12');
	// The gradient (−4, −4, 3) is rendered by KaTeX; its MathML carries the numbers.
	const gradient = page.locator('dd', { has: page.locator('.katex') }).first();
	await expect(gradient).toContainText('−4');
	await expect(gradient).toContainText('3');
	await expect(page.getByTestId('verdict')).toContainText('Not a stationary point');
});

test('a minimum is classified by the Hessian’s eigenvalues 5 ± √2', async ({ page }) => {
	await page.goto('/lab?f=2*x%5E2%2B3*y%5E2-x*y&at=x:0,y:0');
	await expect(page.getByTestId('eigenvalues')).toHaveText('3.5858, 6.4142');
	await expect(page.getByTestId('verdict')).toHaveText(
		'The gradient is zero and every eigenvalue is positive: a minimum.'
	);
});

test('a typo gets a clear message pointing at it, and the page keeps working', async ({ page }) => {
	await page.goto('/lab');
	const input = page.getByLabel('Function', { exact: true });
	await input.fill('x^2 + 3y');
	await expect(page.getByRole('alert')).toContainText('There is a problem at character 8');
	await expect(page.getByRole('alert')).toContainText("write '*'");
	await expect(input).toHaveAttribute('aria-invalid', 'true');
	await input.fill('x^2 + 3*y');
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expect(page.getByTestId('value')).toHaveText('4');
});

test('the landscape is computed in a worker, drawn, and follows clicks', async ({ page }) => {
	await page.goto('/lab?f=(x-1)%5E2%2B(y%2B2)%5E2&at=x:3,y:3&r=-4,4');
	const picture = page.getByRole('img', { name: /Landscape of the function/ });
	await expect(picture).toHaveAttribute('aria-label', /Lowest value on the map: 0\.0\d+/);
	const colours = await page.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
		const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 97)
			seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
		return seen.size;
	});
	expect(colours).toBeGreaterThan(20);
	// Clicking the centre of the map moves the point to (0, 0).
	await page.locator('canvas').click();
	await expect(page.getByTestId('value')).toHaveText('5');
	await expect(page).toHaveURL(/at=x%3A0%2Cy%3A0/);
});

test('the lab keeps its formula in the URL across a reload, in Korean too', async ({ page }) => {
	await page.goto('/ko/lab');
	await page.getByLabel('함수', { exact: true }).fill('sigmoid(w)');
	await expect(page.getByTestId('value')).toHaveText('0.73105858');
	await page.reload();
	await expect(page.getByLabel('함수', { exact: true })).toHaveValue('sigmoid(w)');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByTestId('verdict')).toContainText('정류점이 아닙니다');
});
