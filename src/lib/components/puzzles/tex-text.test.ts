import { describe, expect, it } from 'vitest';
import { splitTex } from './tex-text';

describe('splitTex', () => {
	it('separates inline TeX from text', () => {
		expect(splitTex('the gate sends $\\sigma(1-\\sigma)$ back, times $-4$.')).toEqual([
			{ tex: false, text: 'the gate sends ' },
			{ tex: true, text: '\\sigma(1-\\sigma)' },
			{ tex: false, text: ' back, times ' },
			{ tex: true, text: '-4' },
			{ tex: false, text: '.' }
		]);
		expect(splitTex('$x$')).toEqual([{ tex: true, text: 'x' }]);
		expect(splitTex('')).toEqual([]);
	});

	it('keeps escaped and unclosed dollar signs as text', () => {
		expect(splitTex('costs \\$5')).toEqual([{ tex: false, text: 'costs $5' }]);
		expect(splitTex('a $b')).toEqual([{ tex: false, text: 'a $b' }]);
		expect(splitTex('$a \\$ b$')).toEqual([{ tex: true, text: 'a \\$ b' }]);
	});
});
