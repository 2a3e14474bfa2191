import { describe, expect, it } from 'vitest';
import { dueDateOf, earliestDueDate, latestDueDate } from './due-date';
import { parseAssignment, parseLearnerIds } from './forms';

const KNOWN = new Set(['level:first-step:1', 'quiz:batches:1']);
// 2030-03-10 05:00 UTC: still 2030-03-09 in UTC−12, already the 10th in Seoul.
const NOW = new Date('2030-03-10T05:00:00.000Z');
const parse = (item: unknown, due: unknown) => parseAssignment({ item, due }, KNOWN, NOW);

describe('assignment form', () => {
	it('accepts a known item and a date from today (anywhere on Earth) on', () => {
		expect(parse('quiz:batches:1', '2030-03-09')).toEqual({
			ok: true,
			value: { itemKey: 'quiz:batches:1', dueAt: new Date('2030-03-09T23:59:59.999Z') }
		});
		const later = parse('level:first-step:1', ' 2031-12-31 ');
		expect(later.ok && dueDateOf(later.value.dueAt.toISOString())).toBe('2031-12-31');
	});

	it('names the problem per field', () => {
		expect(parse('level:nope:1', '2030-04-01')).toEqual({
			ok: false,
			problems: { item: 'item-unknown' }
		});
		expect(parse('quiz:batches:1', '2030-03-08')).toEqual({
			ok: false,
			problems: { due: 'due-past' }
		});
		expect(parse('quiz:batches:1', '')).toMatchObject({ problems: { due: 'due-missing' } });
		expect(parse('quiz:batches:1', undefined)).toMatchObject({ problems: { due: 'due-missing' } });
		for (const bad of ['2030-02-30', '10/03/2030', '2030-3-1', '<script>']) {
			expect(parse('quiz:batches:1', bad), bad).toMatchObject({ problems: { due: 'due-format' } });
		}
		expect(parse('quiz:batches:1', '2033-01-01')).toMatchObject({ problems: { due: 'due-far' } });
		expect(parse(undefined, 'x')).toEqual({
			ok: false,
			problems: { item: 'item-unknown', due: 'due-format' }
		});
		expect(parseAssignment('nonsense', KNOWN, NOW)).toMatchObject({ ok: false });
	});

	it('bounds the date input where the parser does', () => {
		expect(earliestDueDate(NOW)).toBe('2030-03-09');
		expect(earliestDueDate(new Date('2030-03-10T12:00:00.000Z'))).toBe('2030-03-10');
		const last = latestDueDate(NOW);
		expect(parse('quiz:batches:1', last).ok).toBe(true);
		const dayAfter = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000);
		expect(parse('quiz:batches:1', dayAfter.toISOString().slice(0, 10)).ok).toBe(false);
	});
});

describe('ticked learners', () => {
	it('keeps each well-formed id once', () => {
		expect(parseLearnerIds(['3', '1', '3', 'x', '0', '-2', '99999999999', 7, '12'])).toEqual([
			3, 1, 12
		]);
		expect(
			parseLearnerIds(
				Array.from({ length: 10 }, (_, i) => String(i + 1)),
				4
			)
		).toEqual([1, 2, 3, 4]);
	});
});
