// Colours of everything that is not terrain, for a light and a dark page (the tokens of app.css),
// so labels, axes and lines stay legible on both. Pure.

export interface Palette {
	background: number;
	/** CSS colours for Text. */
	text: string;
	halo: string;
	muted: number;
	axis: number;
	grid: number;
	/** The ghost path and the start handle: the page's text colour. */
	ink: number;
	/** Outline around markers so they read on any terrain colour. */
	outline: number;
	/** A goal band on a profile. */
	accent: number;
	/** The "fell off the map" mark. */
	danger: number;
}

const LIGHT: Palette = {
	background: 0xf7f8f6,
	text: '#1c2320',
	halo: '#f7f8f6',
	muted: 0x4d5a55,
	axis: 0x4d5a55,
	grid: 0xd5dbd8,
	ink: 0x1c2320,
	outline: 0x101513,
	accent: 0x1f6f54,
	danger: 0xb3261e
};

const DARK: Palette = {
	background: 0x111614,
	text: '#e6ece9',
	halo: '#111614',
	muted: 0xa9b6b0,
	axis: 0xa9b6b0,
	grid: 0x33403b,
	ink: 0xe6ece9,
	outline: 0x050807,
	accent: 0x6fd3a8,
	danger: 0xff9a8f
};

export function palette(dark: boolean): Palette {
	return dark ? DARK : LIGHT;
}

/** Contour lines over viridis: light lines on the dark (low) end, dark lines on the bright end. */
export function contourColour(t: number): { colour: number; alpha: number } {
	return t > 0.55 ? { colour: 0x1c2320, alpha: 0.5 } : { colour: 0xffffff, alpha: 0.55 };
}

/** a·f + b·(1 − f), channel by channel, for 0xRRGGBB colours. */
export function mix(a: number, b: number, f: number): number {
	let out = 0;
	for (const shift of [16, 8, 0]) {
		const c = ((a >> shift) & 255) * f + ((b >> shift) & 255) * (1 - f);
		out |= Math.round(c) << shift;
	}
	return out;
}

/** "#rrggbb" of 0xRRGGBB, for Text styles. */
export function css(colour: number): string {
	return `#${colour.toString(16).padStart(6, '0')}`;
}

/** Fonts of the page (app.css --font): the system's, whose own fallback gives Korean labels a Korean face. */
export const FONT = 'system-ui, sans-serif';
