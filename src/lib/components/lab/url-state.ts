// The lab's state in the URL (DESIGN.md §6): a shared link reopens the same formula, point and map.
// ?f=<formula>&at=x:1,y:2&r=-5,5 — every field optional, anything malformed falls back to defaults.
import { DEFAULT_FORMULA, DEFAULT_RANGE } from './lab-model';

export interface LabState {
	formula: string;
	point: Record<string, number>;
	range: [number, number];
}

export function readLabState(params: URLSearchParams): LabState {
	const formula = params.get('f') ?? DEFAULT_FORMULA;
	const point: Record<string, number> = {};
	for (const pair of (params.get('at') ?? '').split(',')) {
		const [name, text] = pair.split(':');
		const value = Number(text);
		if (
			/^[A-Za-z_][A-Za-z0-9_]*$/.test(name ?? '') &&
			text !== undefined &&
			Number.isFinite(value)
		) {
			point[name] = value;
		}
	}
	const [lo, hi] = (params.get('r') ?? '').split(',').map(Number);
	const range: [number, number] =
		Number.isFinite(lo) && Number.isFinite(hi) && lo < hi ? [lo, hi] : [...DEFAULT_RANGE];
	return { formula: formula.slice(0, 2000), point, range };
}

export function writeLabState(state: LabState): string {
	const params = new URLSearchParams();
	params.set('f', state.formula);
	const at = Object.entries(state.point)
		.filter(([, v]) => Number.isFinite(v))
		.map(([k, v]) => `${k}:${v}`)
		.join(',');
	if (at) params.set('at', at);
	params.set('r', state.range.join(','));
	return `?${params}`;
}
