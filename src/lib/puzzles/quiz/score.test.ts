import { describe, expect, it } from 'vitest';
import {
	GENERATORS,
	makeQuestion,
	questionForms,
	scoreAnswer,
	type Question,
	type QuizAnswer
} from './index';
import { GROUP_A } from './generators/group-a';
import { show } from '../numbers';

const score = (q: Question, answer: unknown) =>
	scoreAnswer({ id: q.id, seed: q.seed, answer: answer as QuizAnswer }).status;

/** The first question of `forms` (over seeds 0…3999) whose numeric answer is `value`. */
function findNumeric(value: number): Question {
	for (const id of questionForms()) {
		for (let seed = 0; seed < 4000; seed++) {
			const q = makeQuestion(id, seed);
			if (q.kind !== 'numeric') break;
			if (Math.abs(q.answer - value) < 1e-12) return q;
		}
	}
	throw new Error(`no question with answer ${value}`);
}

describe('makeQuestion', () => {
	it('names what is wrong with a bad id or seed', () => {
		expect(() => makeQuestion('nope.form', 1)).toThrow(/Unknown quiz generator "nope"/);
		expect(() => makeQuestion('batches.nope', 1)).toThrow(/Unknown form "nope".*"batches"/);
		expect(() => makeQuestion('batches', 1)).toThrow(/generator\.form/);
		for (const seed of [-1, 1.5, 2 ** 32, Number.NaN]) {
			expect(() => makeQuestion('batches.iterations', seed)).toThrow(/seed/);
		}
	});

	it('makes the same question from the same (id, seed)', () => {
		for (const id of questionForms()) expect(makeQuestion(id, 77)).toEqual(makeQuestion(id, 77));
	});
});

describe('scoreAnswer', () => {
	const every = questionForms().flatMap((id) => [0, 1, 2, 3, 4].map((s) => makeQuestion(id, s)));

	it('marks the right answer correct and another answer wrong, for every form', () => {
		for (const q of every) {
			if (q.kind === 'choice') {
				expect(score(q, q.answer)).toBe('correct');
				const other = q.choices.find((c) => c.id !== q.answer)!;
				expect(score(q, other.id)).toBe('wrong');
			} else if (q.kind === 'numeric') {
				expect(score(q, String(q.answer))).toBe('correct');
				const off = Math.max(1, Math.abs(q.answer) * 0.1);
				expect(score(q, String(q.answer + off))).toBe('wrong');
			} else {
				expect(score(q, q.answer)).toBe('correct');
				const swapped = [q.answer[1], q.answer[0], ...q.answer.slice(2)];
				expect(score(q, swapped)).toBe('wrong');
			}
		}
	});

	it('accepts the answer as a learner writes it (counts in full, others to four digits) in group A', () => {
		for (const g of GROUP_A)
			for (const form of g.forms)
				for (let seed = 0; seed < 30; seed++) {
					const q = g.make(form, seed);
					if (q.kind !== 'numeric') continue;
					// counts (tolerance 0) are typed in full; anything else to four digits
					const typed = q.tolerance === 0 ? String(q.answer) : show(q.answer);
					expect(score(q, typed), q.id).toBe('correct');
				}
	});

	it('reads −1/4, -1/4 and .5 the way a learner means them', () => {
		const quarter = findNumeric(-0.25);
		expect(score(quarter, '-1/4')).toBe('correct');
		expect(score(quarter, '−1/4')).toBe('correct');
		expect(score(quarter, ' -0.25 ')).toBe('correct');
		expect(score(quarter, '-1/5')).toBe('wrong');
		const half = findNumeric(0.5);
		expect(score(half, '.5')).toBe('correct');
		expect(score(half, '1/2')).toBe('correct');
		expect(score(half, '0,5')).toBe('correct');
		expect(score(half, '.6')).toBe('wrong');
	});

	it('calls malformed, oversized and mistyped answers unreadable, and never throws on them', () => {
		const junk: unknown[] = [
			'',
			'abc',
			'1/0',
			'1e999',
			'9'.repeat(65),
			5,
			null,
			undefined,
			{},
			['a', 'a'],
			['zz'],
			[1, 2]
		];
		for (const q of every) {
			for (const answer of junk) expect(['unreadable', 'wrong']).toContain(score(q, answer));
			if (q.kind === 'numeric') {
				for (const answer of ['abc', '', '1..2', 5, ['1'], '1'.repeat(65)]) {
					expect(score(q, answer)).toBe('unreadable');
				}
			} else {
				expect(score(q, 'not-an-id')).toBe('unreadable');
				expect(score(q, 42)).toBe('unreadable');
			}
			if (q.kind === 'order') {
				expect(score(q, q.answer.slice(1))).toBe('unreadable');
				expect(score(q, [q.answer[0], ...q.answer.slice(0, -1)])).toBe('unreadable');
				expect(score(q, q.answer.join(','))).toBe('unreadable');
			}
			if (q.kind === 'choice') expect(score(q, [q.answer])).toBe('unreadable');
		}
	});

	it('judges counts exactly when the question says tolerance 0', () => {
		const q = makeQuestion('batches.iterations', 0);
		expect(score(q, '196')).toBe('correct');
		expect(score(q, '195.9')).toBe('wrong');
		expect(score(q, '195.5')).toBe('wrong');
	});

	it('returns the explanation and throws only on an unknown question', () => {
		const q = makeQuestion('chain-rule.circuit', 3);
		const result = scoreAnswer({ id: q.id, seed: q.seed, answer: 'x' });
		expect(result).toMatchObject({
			id: q.id,
			seed: 3,
			concept: 'chain-rule',
			status: 'unreadable'
		});
		expect(result.explanation).toEqual(q.explanation);
		expect(() => scoreAnswer({ id: 'nope.x', seed: 1, answer: '1' })).toThrow(/nope/);
	});
});

describe('the question bank', () => {
	it('has at least 8 generators and 60 distinct forms across the three kinds', () => {
		expect(GENERATORS.length).toBeGreaterThanOrEqual(8);
		const forms = questionForms();
		expect(new Set(forms).size).toBe(forms.length);
		expect(forms.length).toBeGreaterThanOrEqual(60);
		expect(new Set(forms.map((id) => makeQuestion(id, 1).kind))).toEqual(
			new Set(['choice', 'numeric', 'order'])
		);
	});

	it('group A alone has at least 32 forms of all three kinds over 8 generators', () => {
		const forms = GROUP_A.flatMap((g) => g.forms.map((f) => g.make(f, 5)));
		expect(GROUP_A.length).toBe(8);
		expect(forms.length).toBeGreaterThanOrEqual(32);
		expect(new Set(forms.map((q) => q.kind))).toEqual(new Set(['choice', 'numeric', 'order']));
	});

	it('has unique generator ids', () => {
		const ids = GENERATORS.map((g) => g.id);
		expect(new Set(ids).size).toBe(ids.length);
	});
});
