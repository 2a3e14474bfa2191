import { describe, expect, it } from 'vitest';
import { parseSettings } from './settings';

describe('parseSettings', () => {
	it('reads what was written', () => {
		expect(parseSettings({ preferred: 'ko', seen: ['en', 'ko'] })).toEqual({
			preferred: 'ko',
			seen: ['en', 'ko']
		});
	});

	it('drops unknown languages and repeats, and reads anything else as nothing chosen', () => {
		expect(parseSettings({ preferred: 'fr', seen: ['ko', 'fr', 'ko', 3] })).toEqual({
			preferred: null,
			seen: ['ko']
		});
		expect(parseSettings('ko')).toEqual({ preferred: null, seen: [] });
		expect(parseSettings(null)).toEqual({ preferred: null, seen: [] });
		expect(parseSettings({ seen: 'ko' })).toEqual({ preferred: null, seen: [] });
	});
});
