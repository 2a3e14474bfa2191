// Questions made as the round reaches them: the real lazy loader gives makeQuestion's questions;
// fakes that fail on purpose check retrying a failed download, dropping a broken generator's pick,
// loading ahead exactly once, and waiting for what the questions need beside their generators.
import { describe, expect, it } from 'vitest';
import { QuizLoadError, loadQuestion } from '$lib/puzzles/quiz/load';
import { emptyMastery, nextRound, type RoundPick } from '$lib/puzzles/quiz/mastery';
import { makeQuestion } from '$lib/puzzles/quiz/registry';
import type { Question } from '$lib/puzzles/quiz/types';
import { RoundQuestions } from './round-questions';

const picks: RoundPick[] = [
	{ id: 'batches.iterations', seed: 11 },
	{ id: 'softmax.loss', seed: 22 },
	{ id: 'which-derivative.mul-a', seed: 33 }
];

/** A loader that records its calls and fails as `fail(call, id)` says. */
function fake(fail: (call: number, id: string) => 'offline' | 'bug' | null = () => null) {
	const calls: string[] = [];
	const load = async (id: string, seed: number): Promise<Question> => {
		calls.push(id);
		const how = fail(calls.length, id);
		if (how === 'offline') throw new QuizLoadError(id.split('.')[0]);
		if (how === 'bug') throw new RangeError(`${id} is broken`);
		return makeQuestion(id, seed);
	};
	return { calls, load };
}

describe('RoundQuestions', () => {
	it('hands out the picks’ questions in order through the lazy loader, then null', async () => {
		const round = nextRound(emptyMastery(), { size: 8, seed: 5, now: 0 });
		const questions = new RoundQuestions(round, loadQuestion);
		for (const [i, pick] of round.entries()) {
			expect(await questions.at(i)).toEqual(makeQuestion(pick.id, pick.seed));
		}
		expect(await questions.at(round.length)).toBeNull();
		expect(questions.total).toBe(round.length);
	});

	it('loads ahead once: asking for a question loaded ahead does not load it again', async () => {
		const { calls, load } = fake();
		const questions = new RoundQuestions(picks, load);
		questions.ahead(1);
		questions.ahead(1);
		expect((await questions.at(1))?.id).toBe('softmax.loss');
		expect(calls).toEqual(['softmax.loss']);
		questions.ahead(7); // past the end: nothing
		expect(calls).toEqual(['softmax.loss']);
	});

	it('downloads the first question while what it needs beside it downloads, not after', async () => {
		const { calls, load } = fake();
		let release!: () => void;
		const alongside = () => new Promise<void>((resolve) => (release = resolve));
		const questions = new RoundQuestions(picks, load, alongside);
		const first = questions.at(0);
		expect(calls).toEqual(['batches.iterations']);
		release();
		expect((await first)?.id).toBe('batches.iterations');
		expect(calls).toEqual(['batches.iterations']);
	});

	it('rejects a failed download with the QuizLoadError and tries again when asked again', async () => {
		const { calls, load } = fake((call) => (call === 1 ? 'offline' : null));
		const questions = new RoundQuestions(picks, load);
		await expect(questions.at(0)).rejects.toBeInstanceOf(QuizLoadError);
		expect((await questions.at(0))?.id).toBe('batches.iterations');
		expect(calls).toEqual(['batches.iterations', 'batches.iterations']);
		expect(questions.total).toBe(3);
	});

	it('a download that failed ahead of time is tried again when the question is reached', async () => {
		const { calls, load } = fake((call) => (call === 1 ? 'offline' : null));
		const questions = new RoundQuestions(picks, load);
		questions.ahead(2);
		await Promise.resolve();
		expect((await questions.at(2))?.id).toBe('which-derivative.mul-a');
		expect(calls).toEqual(['which-derivative.mul-a', 'which-derivative.mul-a']);
	});

	it('drops and reports a pick whose generator throws; the next takes its place', async () => {
		const { load } = fake((_, id) => (id === 'softmax.loss' ? 'bug' : null));
		const reported: unknown[] = [];
		const questions = new RoundQuestions(picks, load, undefined, (e) => reported.push(e));
		expect((await questions.at(0))?.id).toBe('batches.iterations');
		expect((await questions.at(1))?.id).toBe('which-derivative.mul-a');
		expect(questions.total).toBe(2);
		expect(await questions.at(2)).toBeNull();
		expect(reported).toHaveLength(1);
		expect(String(reported[0])).toMatch(/softmax\.loss is broken/);
	});

	it('is empty when every pick is broken', async () => {
		const { load } = fake(() => 'bug');
		const questions = new RoundQuestions(picks, load, undefined, () => {});
		expect(await questions.at(0)).toBeNull();
		expect(questions.total).toBe(0);
	});

	it('waits for what showing questions needs, tries it again after a failure, then never again', async () => {
		const { load } = fake();
		let tries = 0;
		const katex = async () => {
			tries++;
			if (tries === 1) throw new QuizLoadError('KaTeX');
		};
		const questions = new RoundQuestions(picks, load, katex);
		const failed = await questions.at(0).catch((e: unknown) => e);
		expect(failed).toBeInstanceOf(QuizLoadError);
		expect((failed as QuizLoadError).module).toBe('KaTeX');
		expect((await questions.at(0))?.id).toBe('batches.iterations');
		expect((await questions.at(1))?.id).toBe('softmax.loss');
		expect(tries).toBe(2);
	});

	it('hands over a question the server made without loading it; loads ahead beside the next', async () => {
		const { calls, load } = fake();
		let besides = 0;
		const alongside = async () => {
			besides++;
		};
		const questions = new RoundQuestions(picks, load, alongside);
		const made = makeQuestion(picks[0].id, picks[0].seed);
		questions.made(0, made);
		expect(await questions.at(0)).toBe(made);
		expect(calls).toEqual([]);
		// at(0) waited for KaTeX too; ahead starts it as well, once.
		expect(besides).toBe(1);
		const second = new RoundQuestions(picks, load, alongside);
		second.made(0, made);
		second.ahead(1);
		expect(calls).toEqual(['softmax.loss']);
		expect(besides).toBe(2);
		expect((await second.at(1))?.id).toBe('softmax.loss');
		expect(besides).toBe(2);
		// Only the question of that very pick.
		expect(() => second.made(1, made)).toThrow(/not pick 1/);
		expect(() => second.made(0, makeQuestion(picks[0].id, 12))).toThrow(/seed 12/);
	});
});
