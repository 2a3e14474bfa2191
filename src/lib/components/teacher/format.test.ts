import { describe, expect, it } from 'vitest';
import { formatDay, formatInstant } from './format';

describe('teacher page dates', () => {
	it('shows a due day as that day whatever the zone', () => {
		// 2030-03-09 was a Saturday.
		expect(formatDay('2030-03-09', 'en')).toBe('Sat, Mar 9, 2030');
		expect(formatDay('2030-03-09T23:59:59.999Z', 'ko')).toBe('2030년 3월 9일 (토)');
	});

	it('shows an instant in UTC, saying so, until the reader’s zone is known', () => {
		const text = formatInstant('2030-03-09T23:30:00.000Z', 'en', { utc: true });
		expect(text).toContain('Mar 9, 2030');
		expect(text).toContain('11:30');
		expect(text).toContain('UTC');
		expect(formatInstant('2030-03-09T23:30:00.000Z', 'en', { utc: true, withTime: false })).toBe(
			'Mar 9, 2030'
		);
	});
});
