// Downhill's app icons, drawn from static/favicon.svg: a green tile, a pale mountain and the orange
// hiker on its slope. `any` icons are the favicon itself (rounded tile, transparent corners);
// `maskable` and Apple's icons fill the whole square, with the mark shrunk into the safe zone, the
// central circle of 80 % of the width that every platform's mask keeps (W3C Manifest, "maskable").

export const TILE = '#1f6f54';
const SNOW = '#e6f4ec';
const HIKER = '#f08a3c';

/** The mark in the favicon's 32-unit box: its bounding box is x 3…29, y 10…26. */
const MARK = `<path d="M3 26 L12 10 L17 18 L21 13 L29 26 Z" fill="${SNOW}"/><circle cx="21" cy="20" r="2.6" fill="${HIKER}"/>`;
const MARK_CENTRE = { x: 16, y: 18 };
/** Half the diagonal of the mark's bounding box (26 × 16 units). */
export const MARK_HALF_DIAGONAL = Math.hypot(13, 8);

export type Purpose = 'any' | 'maskable' | 'apple';

export interface IconSpec {
	file: string;
	size: number;
	purpose: Purpose;
}

export const ICONS: readonly IconSpec[] = [
	{ file: 'icon-192.png', size: 192, purpose: 'any' },
	{ file: 'icon-512.png', size: 512, purpose: 'any' },
	{ file: 'maskable-192.png', size: 192, purpose: 'maskable' },
	{ file: 'maskable-512.png', size: 512, purpose: 'maskable' },
	{ file: 'apple-touch-icon.png', size: 180, purpose: 'apple' }
];

/** How much the mark is shrunk on a full-bleed tile: its corners stay at 86 % of the safe radius. */
export const MASKABLE_SCALE = 0.72;
const APPLE_SCALE = 0.8;

function centred(scale: number): string {
	const dx = 16 - MARK_CENTRE.x * scale;
	const dy = 16 - MARK_CENTRE.y * scale;
	return `<g transform="translate(${dx} ${dy}) scale(${scale})">${MARK}</g>`;
}

/** The SVG of one icon, `size` pixels square. */
export function iconSvg(purpose: Purpose, size: number): string {
	const body =
		purpose === 'any'
			? `<rect width="32" height="32" rx="6" fill="${TILE}"/>${MARK}`
			: `<rect width="32" height="32" fill="${TILE}"/>${centred(purpose === 'maskable' ? MASKABLE_SCALE : APPLE_SCALE)}`;
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="${size}" height="${size}">${body}</svg>`;
}
