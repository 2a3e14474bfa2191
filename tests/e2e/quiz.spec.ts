// The quizzes in a real browser: a whole round answered through the page (the answer key comes from
// the pure core, re-made from each question's id and seed), mastery that survives a reload, bad
// input that is refused without counting, keyboard alone, Korean, a 360 px touch screen with 44 px
// targets, axe-core on every state, and stored data that no longer reads.
import type { Locator, Page } from '@playwright/test';
import {
	CONCEPTS,
	emptyMastery,
	makeQuestion,
	nextRound,
	parseMastery,
	type MasteryState,
	type Question
} from '../../src/lib/puzzles/quiz';
import { planRound } from '../../src/lib/components/quiz/round';
import { splitTex } from '../../src/lib/components/quiz/split-tex';
import { axe, axeInBothSchemes, noteFirstQuestion, overflow } from './checks';
import { expect, test } from './fixtures';

const ROUND = 8;

/** The longest plain-text stretch of a sentence with formulas: what the page must show verbatim. */
const longestText = (sentence: string) =>
	splitTex(sentence)
		.flatMap((piece) => (piece.kind === 'text' ? [piece.text.trim()] : []))
		.sort((a, b) => b.length - a.length)[0] ?? '';

/** The round a fresh learner gets for this seed (with no mastery yet, every concept is due). */
const freshRound = (seed: number, concept?: Question['concept']) =>
	nextRound(emptyMastery(), {
		size: ROUND,
		seed,
		now: Date.now(),
		concepts: concept ? [concept] : undefined
	});

/** The first seed whose fresh round (all concepts) satisfies `wanted`. */
function seedWhere(wanted: (questions: Question[]) => boolean): number {
	for (let seed = 1; seed < 2000; seed++) {
		const questions = freshRound(seed).map((pick) => makeQuestion(pick.id, pick.seed));
		if (wanted(questions)) return seed;
	}
	throw new Error('no seed gives such a round');
}

const card = (page: Page) => page.locator('article[data-question]');

/** The question on screen, re-made by the pure core from the id and seed the page shows. */
async function currentQuestion(page: Page): Promise<Question> {
	const article = card(page);
	await expect(article).toBeVisible({ timeout: 20_000 });
	const id = (await article.getAttribute('data-question'))!;
	const seed = Number(await article.getAttribute('data-seed'));
	return makeQuestion(id, seed);
}

/** The item ids in the order the page shows them now. */
const shownOrder = (page: Page) =>
	card(page)
		.locator('li[data-item]')
		.evaluateAll((items) => items.map((li) => li.getAttribute('data-item')!));

/** Moves items with their "move up" buttons (tapped or clicked) until the page shows `target`. */
async function arrange(page: Page, target: readonly string[], tap = false) {
	for (let i = 0; i < target.length; i++) {
		const from = (await shownOrder(page)).indexOf(target[i]);
		const up = card(page).locator(`li[data-item="${target[i]}"] button`).first();
		for (let k = from; k > i; k--) await (tap ? up.tap() : up.click());
	}
	expect(await shownOrder(page)).toEqual([...target]);
}

/** The right answer as the learner gives it. */
function answerOf(q: Question): string | readonly string[] {
	return q.kind === 'numeric' ? String(q.answer) : q.answer;
}

/** A wrong answer of the question's kind. */
function wrongAnswer(q: Question): string | string[] {
	if (q.kind === 'choice') return q.choices.find((c) => c.id !== q.answer)!.id;
	if (q.kind === 'numeric') return String(q.answer + 1000);
	return [...q.answer].reverse();
}

const NAMES = {
	en: { answer: 'Your answer', check: 'Check' },
	ko: { answer: '내 답', check: '확인' }
};

/** Gives `answer` through the page (mouse or touch) and presses Check. */
async function give(
	page: Page,
	q: Question,
	answer: string | readonly string[],
	{ tap = false, locale = 'en' as 'en' | 'ko' } = {}
) {
	const names = NAMES[locale];
	if (q.kind === 'choice') {
		const option = card(page).locator(`label[data-choice="${answer}"]`);
		await (tap ? option.tap() : option.click());
		await expect(option.getByRole('radio')).toBeChecked();
	} else if (q.kind === 'numeric') {
		await card(page).getByRole('textbox', { name: names.answer }).fill(String(answer));
	} else {
		await arrange(page, answer as readonly string[], tap);
	}
	const check = card(page).getByRole('button', { name: names.check });
	await (tap ? check.tap() : check.click());
}

const verdict = (page: Page) => card(page).getByRole('region', { name: /Correct|Not quite/ });

test('a whole round: immediate explanations, a summary, and mastery kept after a reload', async ({
	page
}) => {
	test.setTimeout(90_000);
	const seed = seedWhere((qs) => qs.some((q) => q.kind === 'numeric'));
	await page.goto(`/quiz/round?seed=${seed}`);
	const plan = freshRound(seed);
	expect(plan.length).toBe(ROUND);
	const tally = new Map<string, { right: number; seen: number }>();
	let triedLetters = false;
	for (let i = 0; i < plan.length; i++) {
		const q = await currentQuestion(page);
		// The page asks exactly the round the seed gives a fresh learner.
		expect({ id: q.id, seed: q.seed }).toEqual(plan[i]);
		await expect(card(page).getByRole('heading', { level: 2 })).toContainText(
			`Question ${i + 1} of ${ROUND}`
		);
		if (q.kind === 'numeric' && !triedLetters) {
			// Letters are refused with a message, the question stays open, and nothing is counted.
			triedLetters = true;
			await card(page).getByRole('textbox', { name: 'Your answer' }).fill('abc');
			await card(page).getByRole('textbox', { name: 'Your answer' }).press('Enter');
			await expect(card(page).getByRole('alert')).toContainText('“abc” is not a number');
			await expect(verdict(page)).toHaveCount(0);
		}
		const right = i !== 0; // the first answer is wrong on purpose
		await give(page, q, right ? answerOf(q) : wrongAnswer(q));
		const region = verdict(page);
		await expect(region).toBeVisible();
		await expect(region.getByRole('heading')).toHaveAccessibleName(right ? 'Correct' : 'Not quite');
		await expect(region.getByRole('heading')).toBeFocused();
		await expect(region).toContainText(longestText(q.explanation.en));
		if (q.explanationTex) await expect(region.locator('.katex-display')).toBeVisible();
		if (!right)
			await expect(region).toContainText(q.kind === 'order' ? 'The right order:' : 'The answer:');
		const row = tally.get(q.concept) ?? { right: 0, seen: 0 };
		tally.set(q.concept, { right: row.right + Number(right), seen: row.seen + 1 });
		const last = i === plan.length - 1;
		await card(page)
			.getByRole('button', { name: last ? 'See how you did' : 'Next question' })
			.click();
	}
	expect(triedLetters, 'the round had a numeric question to type letters into').toBe(true);

	const summary = page.getByRole('region', { name: 'Round complete' });
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('heading', { level: 2 })).toBeFocused();
	await expect(summary).toContainText(`${ROUND - 1} of ${ROUND} right`);
	const missed = makeQuestion(plan[0].id, plan[0].seed).concept;
	await expect(summary.locator('ul.missed')).toHaveCount(1);
	await expect(summary.locator(`li[data-concept="${missed}"]`)).toBeVisible();

	await page.goto('/quiz');
	await page.reload();
	for (const [concept, { right, seen }] of tally) {
		const item = page.locator(`li[data-concept="${concept}"]`);
		const percent = Math.round((100 * right) / seen);
		await expect(item).toContainText(`${right} of ${seen} right (${percent} %)`);
		if (right === 0) await expect(item.locator('[data-level]')).toHaveText('New');
		else if (right === seen) await expect(item.locator('[data-level]')).not.toHaveText('New');
	}
});

test('a seed reproduces the round, and a round without one gets a seed in its address', async ({
	page
}) => {
	await page.goto('/quiz/round?seed=77');
	const first = await currentQuestion(page);
	expect({ id: first.id, seed: first.seed }).toEqual(freshRound(77)[0]);
	// Without a seed the server sends the page's frame and a loading line; the browser makes the seed.
	const frame = await (await page.request.get('/quiz/round')).text();
	expect(frame).toContain('Preparing');
	expect(frame).not.toContain('data-question');
	const firstQuestion = await noteFirstQuestion(page);
	await page.goto('/quiz/round');
	await expect(page).toHaveURL(/\/quiz\/round\?seed=\d+$/);
	const seed = Number(new URL(page.url()).searchParams.get('seed'));
	const q = await currentQuestion(page);
	expect({ id: q.id, seed: q.seed }).toEqual(freshRound(seed)[0]);
	// The browser made that question, and its formulas came with it (none left empty for a moment).
	const appeared = await firstQuestion();
	expect(appeared.id).toBe(q.id);
	expect(appeared.empty).toBe(0);
	await page.goto('/quiz/round?seed=banana');
	await expect(page.getByRole('status').filter({ hasText: 'not a whole number' })).toBeVisible();
	await expect(page).toHaveURL(/seed=\d+$/);
	await currentQuestion(page);
});

test('the first question comes with the page; the learner’s mastery picks the rest', async ({
	page
}) => {
	test.setTimeout(60_000);
	// A learner who has mastered every concept but softmax, which they have never met.
	const now = Date.now();
	const mastered = {
		level: 'mastered',
		streak: 12,
		seen: 12,
		correct: 12,
		dueRound: 10_000,
		dueAt: now + 6 * 24 * 3600_000,
		last: now
	};
	const state: MasteryState = {
		...emptyMastery(),
		answered: 500,
		concepts: Object.fromEntries(
			CONCEPTS.filter((c) => c.id !== 'softmax').map((c) => [c.id, mastered])
		)
	};
	// A seed whose round opens with another concept (the opening is drawn from the seed alone).
	let seed = 1;
	while (makeQuestion(freshRound(seed)[0].id, 1).concept === 'softmax') seed++;
	const plan = planRound(parseMastery(state), seed, undefined, now);
	expect(plan[0]).toEqual(freshRound(seed)[0]);
	const leaning = plan.filter((p) => makeQuestion(p.id, 1).concept === 'softmax').length;
	const fresh = freshRound(seed).filter((p) => makeQuestion(p.id, 1).concept === 'softmax').length;
	expect(leaning).toBeGreaterThan(fresh);

	// The server's page holds the first question: its words and its formulas, rendered by KaTeX.
	const first = makeQuestion(plan[0].id, plan[0].seed);
	const html = await (await page.request.get(`/quiz/round?seed=${seed}`)).text();
	expect(html).toContain(`data-question="${first.id}" data-seed="${first.seed}"`);
	expect(html).toContain(longestText(first.prompt.en).replaceAll('&', '&amp;'));
	if (first.promptTex || first.prompt.en.includes('$')) expect(html).toContain('class="katex"');

	await page.goto('/quiz');
	await page.locator('li[data-concept] [data-level]').first().waitFor();
	await page.evaluate(
		(value) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('downhill-quiz', 1);
				open.onsuccess = () => {
					const tx = open.result.transaction('mastery', 'readwrite');
					tx.objectStore('mastery').put(value, 'current');
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			}),
		state
	);
	await page.goto(`/quiz/round?seed=${seed}`);
	for (let i = 0; i < plan.length; i++) {
		const q = await currentQuestion(page);
		expect({ id: q.id, seed: q.seed }).toEqual(plan[i]);
		await give(page, q, answerOf(q));
		await expect(verdict(page)).toBeVisible();
		// Every formula of the explanation is typeset (KaTeX came with the second question's code).
		await expect(card(page).locator('.math:not(:has(.katex))')).toHaveCount(0);
		await card(page)
			.getByRole('button', { name: i + 1 < plan.length ? 'Next question' : 'See how you did' })
			.click();
	}
	await expect(page.getByRole('heading', { name: 'Round complete' })).toBeVisible();
});

test('practice asks about one concept only, and an unknown concept is a 404', async ({ page }) => {
	await page.goto('/quiz');
	await page.getByRole('link', { name: 'Practise Batches and epochs' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice: Batches and epochs');
	for (let i = 0; i < 3; i++) {
		const q = await currentQuestion(page);
		expect(q.concept).toBe('batches');
		await give(page, q, answerOf(q));
		await card(page).getByRole('button', { name: 'Next question' }).click();
	}
	const response = await page.goto('/quiz/round?concept=no-such-thing');
	expect(response?.status()).toBe(404);
});

/** Presses Tab until `locator` has focus. */
async function tabTo(page: Page, locator: Locator) {
	for (let i = 0; i < 40; i++) {
		if (await locator.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	await expect(locator).toBeFocused();
}

/** Answers the question on screen correctly with the keyboard alone. */
async function answerByKeyboard(page: Page, q: Question) {
	if (q.kind === 'choice') {
		const radios = card(page).getByRole('radio');
		await tabTo(page, radios.first());
		const target = q.choices.findIndex((c) => c.id === q.answer);
		await page.keyboard.press('Space');
		for (let k = 0; k < target; k++) await page.keyboard.press('ArrowDown');
		await expect(radios.nth(target)).toBeChecked();
		await page.keyboard.press('Enter');
	} else if (q.kind === 'numeric') {
		await tabTo(page, card(page).getByRole('textbox', { name: 'Your answer' }));
		await page.keyboard.type(String(q.answer));
		await page.keyboard.press('Enter');
	} else {
		for (let i = 0; i < q.answer.length; i++) {
			const from = (await shownOrder(page)).indexOf(q.answer[i]);
			if (from === i) continue;
			const up = card(page).locator(`li[data-item="${q.answer[i]}"] button`).first();
			await tabTo(page, up);
			// Focus stays on the moved item's button, so Enter can be pressed again and again.
			for (let k = from; k > i; k--) await page.keyboard.press('Enter');
			await expect(card(page).locator('[aria-live="polite"]')).toContainText(
				`now number ${i + 1} of ${q.answer.length}`
			);
		}
		expect(await shownOrder(page)).toEqual([...q.answer]);
		await tabTo(page, card(page).getByRole('button', { name: 'Check' }));
		await page.keyboard.press('Enter');
	}
}

test('a round can be played with the keyboard alone', async ({ page }) => {
	test.setTimeout(90_000);
	// A round with every kind, and an ordering question that needs more than one move.
	const seed = seedWhere(
		(qs) =>
			new Set(qs.map((q) => q.kind)).size === 3 &&
			qs.some(
				(q) =>
					q.kind === 'order' && q.choices[0].id !== q.answer[0] && q.choices[1].id !== q.answer[1]
			)
	);
	await page.goto(`/quiz/round?seed=${seed}`);
	const kinds = new Set<string>();
	for (let i = 0; i < ROUND; i++) {
		const q = await currentQuestion(page);
		kinds.add(q.kind);
		if (i > 0) await expect(card(page).getByRole('heading', { level: 2 })).toBeFocused();
		await answerByKeyboard(page, q);
		await expect(verdict(page).getByRole('heading')).toHaveAccessibleName('Correct');
		await expect(verdict(page).getByRole('heading')).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(page.locator(':focus')).toHaveText(/Next question|See how you did/);
		await page.keyboard.press('Enter');
	}
	await expect(page.getByRole('region', { name: 'Round complete' })).toContainText(
		`${ROUND} of ${ROUND} right`
	);
	expect([...kinds].sort(), 'the round had every kind').toEqual(['choice', 'numeric', 'order']);
});

test('the quizzes in Korean', async ({ page }) => {
	await page.goto('/ko/quiz');
	await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('퀴즈');
	await expect(page.getByRole('heading', { name: '학습률', level: 3 })).toBeVisible();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('link', { name: '한 판 시작하기' }).click();
	await expect(page).toHaveURL(/\/ko\/quiz\/round\?seed=\d+$/);
	const q = await currentQuestion(page);
	await expect(card(page).getByRole('heading', { level: 2 })).toContainText('8문제 중 1번');
	await expect(card(page)).toContainText(longestText(q.prompt.ko));
	await give(page, q, wrongAnswer(q), { locale: 'ko' });
	const region = card(page).getByRole('region', { name: '틀렸습니다' });
	await expect(region).toBeVisible();
	// The right answer is spelt out: "정답: …" for a choice or a number, "올바른 순서: …" for an order.
	await expect(region).toContainText(q.kind === 'order' ? '올바른 순서:' : '정답:');
	await expect(card(page).getByRole('button', { name: '다음 문제' })).toBeVisible();
});

test('no WCAG 2.2 A/AA violation and no sideways scroll at 360 px: list, question, feedback, summary', async ({
	page
}) => {
	test.setTimeout(180_000);
	await page.setViewportSize({ width: 360, height: 740 });
	const bothSchemes = (what: string) => axeInBothSchemes(page, what);
	for (const prefix of ['', '/ko']) {
		await page.goto(`${prefix}/quiz`);
		await page.locator('li[data-concept] [data-level]').first().waitFor();
		await bothSchemes(`${prefix}/quiz`);
		// A practice round of one concept has every kind of question it knows; check each state.
		await page.goto(`${prefix}/quiz/round?seed=9&concept=batches`);
		for (let i = 0; i < 3; i++) {
			const q = await currentQuestion(page);
			await bothSchemes(`${q.kind} question ${prefix}`);
			await give(page, q, wrongAnswer(q), { locale: prefix ? 'ko' : 'en' });
			await expect(card(page).locator('.feedback')).toBeVisible();
			await bothSchemes(`${q.kind} feedback ${prefix}`);
			await card(page).locator('.actions button').click();
		}
	}
});

test('on a 360 px touch screen: tapping works and every target is at least 44 px', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const context = await browser.newContext({
		viewport: { width: 360, height: 740 },
		hasTouch: true,
		isMobile: true
	});
	const page = await context.newPage();
	const seed = 31;
	const plan = freshRound(seed, 'batches');
	await page.goto(`/quiz/round?seed=${seed}&concept=batches`);
	const seen = new Set<string>();
	for (let i = 0; i < plan.length; i++) {
		const q = await currentQuestion(page);
		seen.add(q.kind);
		const targets = card(page).locator('label[data-choice], input[type="text"], button');
		for (const target of await targets.all()) {
			const size = await target.boundingBox();
			expect(
				size!.height,
				await target.evaluate((el) => el.outerHTML.slice(0, 80))
			).toBeGreaterThanOrEqual(44);
			if (await target.evaluate((el) => el.tagName === 'BUTTON'))
				expect(size!.width).toBeGreaterThanOrEqual(44);
		}
		await give(page, q, answerOf(q), { tap: true });
		await expect(verdict(page).getByRole('heading')).toHaveAccessibleName('Correct');
		expect(await overflow(page)).toBeLessThanOrEqual(0);
		await card(page).locator('.actions button').tap();
	}
	expect(seen.has('order'), 'the practice round had an ordering question').toBe(true);
	await expect(page.getByRole('region', { name: 'Round complete' })).toBeVisible();
	for (const link of await page.locator('.summary a').all())
		expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
	expect(await overflow(page)).toBeLessThanOrEqual(0);
	await axe(page, 'summary at 360 px');
	await context.close();
});

test('stored mastery that no longer reads is set aside, and the page starts fresh and says so', async ({
	page
}) => {
	await page.goto('/quiz');
	await page.locator('li[data-concept] [data-level]').first().waitFor();
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('downhill-quiz', 1);
				open.onsuccess = () => {
					const tx = open.result.transaction('mastery', 'readwrite');
					tx.objectStore('mastery').put({ version: 99, answered: 'lots' }, 'current');
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
				open.onerror = () => reject(open.error);
			})
	);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
	await expect(page.locator('li[data-concept="batches"] [data-level]')).toHaveText('New');
	await page.getByRole('link', { name: 'Start a round' }).click();
	await currentQuestion(page);
});

test.describe('offline', () => {
	// A service worker would serve the scripts from its cache, out of the test's reach.
	test.use({ serviceWorkers: 'block' });

	test('a question whose code cannot be fetched gets a message in either language and a way to try again', async ({
		page,
		browser
	}) => {
		test.setTimeout(90_000);
		const generatorOf = (seed: number) => freshRound(seed)[0].id.split('.')[0];
		// One round per language, each starting with a generator this page has not loaded before.
		const seeds = [12];
		for (let s = 13; seeds.length < 2; s++) if (generatorOf(s) !== generatorOf(12)) seeds.push(s);
		const firstConcepts = seeds.map((s) => makeQuestion(freshRound(s)[0].id, 1).concept);
		// Every script a practice round of another concept loads: the page itself and KaTeX, but not the
		// generators the rounds above start with (each generator is loaded on demand).
		const other = (['batches', 'softmax', 'hinge'] as const).find(
			(c) => !firstConcepts.includes(c)
		);
		const probe = await browser.newContext({ serviceWorkers: 'block' });
		const known = new Set<string>();
		const probing = await probe.newPage();
		probing.on('request', (request) => known.add(new URL(request.url()).pathname));
		await probing.goto(`/quiz/round?seed=1&concept=${other}`);
		await probing.locator('article[data-question]').waitFor({ timeout: 20_000 });
		await probe.close();

		for (const [seed, prefix, words] of [
			[seeds[0], '', { failed: 'could not be loaded', retry: 'Try again' }],
			[seeds[1], '/ko', { failed: '불러오지 못했습니다', retry: '다시 시도' }]
		] as const) {
			const path = `${prefix}/quiz/round?seed=${seed}`;
			// The server renders the round's first question; the page cannot check an answer without
			// its generator's code, so if that cannot be fetched the page says so instead.
			const html = await (await page.request.get(path)).text();
			expect(html).toContain(`data-question="${freshRound(seed)[0].id}"`);
			// Offline once the page is there: any other script (the first question's generator) fails.
			const refused: string[] = [];
			await page.route('**/_app/immutable/**/*.js', (route) => {
				const pathname = new URL(route.request().url()).pathname;
				if (known.has(pathname)) return route.fallback();
				refused.push(pathname);
				return route.fulfill({ status: 404, body: '' });
			});
			await page.goto(path);
			const alert = page.getByRole('alert').filter({ hasText: words.failed });
			await expect(alert).toBeVisible({ timeout: 20_000 });
			await expect(card(page)).toHaveCount(0);
			expect(refused.length, 'scripts refused').toBeGreaterThan(0);
			await axe(page, `load failure ${prefix}`);
			// Back online: trying again shows the round's first question.
			await page.unroute('**/_app/immutable/**/*.js');
			await alert.getByRole('button', { name: words.retry }).click();
			const q = await currentQuestion(page);
			expect({ id: q.id, seed: q.seed }).toEqual(freshRound(seed)[0]);
			await expect(card(page).getByRole('heading', { level: 2 })).toBeFocused();
			await expect(alert).toHaveCount(0);
		}
	});
});
