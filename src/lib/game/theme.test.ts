import { describe, expect, it } from 'vitest';
import { contourColour, css, mix, palette } from './theme';

describe('theme', () => {
	it('mixes colours channel by channel', () => {
		expect(mix(0xff0000, 0x0000ff, 1)).toBe(0xff0000);
		expect(mix(0xff0000, 0x0000ff, 0)).toBe(0x0000ff);
		expect(mix(0xffffff, 0x000000, 0.5)).toBe(0x808080);
	});
	it('writes CSS colours and follows the page tokens', () => {
		expect(css(0x0a0b0c)).toBe('#0a0b0c');
		expect(css(palette(false).background)).toBe('#f7f8f6');
		expect(css(palette(true).background)).toBe('#111614');
	});
	it('draws light contour lines on the dark end of viridis and dark ones on the bright end', () => {
		expect(contourColour(0.1).colour).toBe(0xffffff);
		expect(contourColour(0.9).colour).not.toBe(0xffffff);
	});
});
