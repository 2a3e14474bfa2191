// Linear-layer puzzles: given X, W, b and the upstream gradient dY of Y = X·W + b, fill in every
// entry of dW, db and dX. Small whole numbers keep it doable by hand; the engine computes the answers.
import { accepts } from '../numbers';
import { int, rng } from '../random';
import type { Explained, Field, MatrixPuzzle, Puzzle, PuzzleDef, Text } from '../types';
import { at, entryKey, mat, toView, type Mat } from './matrix-algebra';
import { GRAD_NAMES, layer, layerOf, slips, type GradName, type Layer } from './matrix-layer';
import { hintEntry, joinText, workedEntry } from './matrix-text';

/** How often a seed's draw is re-tried before its last draw is kept (never reached in practice). */
const MAX_DRAWS = 2000;

function draw(r: () => number, rows: number, cols: number, lo: number, hi: number): Mat {
	return mat(
		rows,
		cols,
		Array.from({ length: rows * cols }, () => int(r, lo, hi))
	);
}

/**
 * Whether every entry to fill is non-zero and differs from each of its named mistakes, and those
 * from each other: then a sign slip or a transposition can never pass as right or as each other.
 */
export function telling(l: Layer): boolean {
	for (const name of GRAD_NAMES) {
		const g = l[name];
		for (let r = 0; r < g.rows; r++) {
			for (let c = 0; c < g.cols; c++) {
				const named = slips(l, name, r, c).filter((s) => s.mistake);
				const values = [at(g, r, c), ...named.map((s) => s.value)];
				if (values[0] === 0 || new Set(values).size !== values.length) return false;
			}
		}
	}
	return true;
}

function makeLayer(seed: number, n: number, d: number, m: number): Layer {
	const r = rng(seed);
	let l: Layer | undefined;
	for (let k = 0; k < MAX_DRAWS; k++) {
		l = layer(
			draw(r, n, d, -3, 3),
			draw(r, d, m, -3, 3),
			draw(r, 1, m, -2, 2),
			draw(r, n, m, -2, 2)
		);
		if (telling(l)) break;
	}
	return l!;
}

const TEX: Record<GradName, string> = {
	dW: '\\mathrm{d}W',
	db: '\\mathrm{d}b',
	dX: '\\mathrm{d}X'
};

function fields(l: Layer): Field[] {
	return GRAD_NAMES.flatMap((name) => {
		const g = l[name];
		return g.values.map((expected, i): Field => {
			const [r, c] = [Math.floor(i / g.cols), i % g.cols];
			const label = name === 'db' ? `db[${c}]` : `${name}[${r}][${c}]`;
			const tex = name === 'db' ? `${TEX.db}_{${c}}` : `${TEX[name]}_{${r},${c}}`;
			return {
				key: `${name}:${r}:${c}`,
				kind: 'number',
				label: { en: label, ko: label },
				tex,
				expected
			};
		});
	});
}

function prompt(n: number): Text {
	return {
		en: `A linear layer $Y = XW + b$ takes a batch of ${n} examples, one per row of $X$. The gradient of the loss with respect to its output, $\\mathrm{d}Y = \\partial L/\\partial Y$, is given. Fill in $\\mathrm{d}W$, $\\mathrm{d}b$ and $\\mathrm{d}X$.`,
		ko: `선형 층 $Y = XW + b$가 예제 ${n}개를 한 번에 처리합니다($X$의 한 행이 예제 하나). 출력에 대한 손실의 기울기 $\\mathrm{d}Y = \\partial L/\\partial Y$가 주어져 있습니다. $\\mathrm{d}W$, $\\mathrm{d}b$, $\\mathrm{d}X$를 채우세요.`
	};
}

/** The entry a field names, failing loudly for a key this puzzle never made. */
function entryOf(field: Field): { name: GradName; r: number; c: number } {
	const e = entryKey(field.key);
	if (!e || !(GRAD_NAMES as readonly string[]).includes(e.name))
		throw new Error(`Not a linear-layer field: "${field.key}"`);
	return { name: e.name as GradName, r: e.r, c: e.c };
}

/** A linear-layer puzzle with X n×d and W d×m. */
export function linearPuzzle(
	name: string,
	title: Text,
	n: number,
	d: number,
	m: number
): PuzzleDef {
	const id = `matrix.${name}`;
	const version = 1;
	return {
		id,
		version,
		tier: 'matrix',
		title,
		make(seed: number): MatrixPuzzle {
			const l = makeLayer(seed, n, d, m);
			return {
				kind: 'matrix',
				id,
				version,
				seed,
				tier: 'matrix',
				title,
				prompt: prompt(n),
				formulaTex: 'Y = XW + b',
				fields: fields(l),
				matrices: [
					toView('X', 'X', l.X),
					toView('W', 'W', l.W),
					toView('b', 'b', l.b),
					toView('dY', TEX.dW.replace('W', 'Y'), l.dY),
					...GRAD_NAMES.map((g) => toView(g, TEX[g], l[g], true))
				]
			};
		},
		explain(puzzle: Puzzle, field: Field, given: number): Explained {
			const { name: g, r, c } = entryOf(field);
			const l = layerOf(puzzle);
			const rule = workedEntry(l, g, r, c);
			const slip = slips(l, g, r, c).find(
				(s) => !accepts(s.value, field.expected) && accepts(given, s.value)
			);
			return slip
				? { mistake: slip.mistake, explanation: joinText(slip.note, rule) }
				: { explanation: rule };
		},
		hint(_puzzle: Puzzle, field: Field): Text {
			const { name: g, r, c } = entryOf(field);
			return hintEntry(g, r, c);
		},
		worked(puzzle: Puzzle, field: Field): Text {
			const { name: g, r, c } = entryOf(field);
			return workedEntry(layerOf(puzzle), g, r, c);
		}
	};
}
