import { describe, expect, it } from 'vitest';
import { formatDue } from './due-date';

describe('formatDue', () => {
	it('writes the instant in the zone asked for, and names that zone', () => {
		const iso = '2025-03-01T09:30:00.000Z';
		const utc = formatDue(iso, 'en', 'UTC');
		expect(utc).toContain('2025');
		expect(utc).toContain('09:30');
		expect(utc).toContain('UTC');
		// Seoul is 9 hours ahead: the same instant is 18:30 there.
		expect(formatDue(iso, 'ko', 'Asia/Seoul')).toContain('18:30');
	});

	it('leaves text that is not a date as it is', () => {
		expect(formatDue('soon', 'en', 'UTC')).toBe('soon');
	});
});
