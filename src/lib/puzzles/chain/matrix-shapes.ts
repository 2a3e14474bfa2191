// The shape puzzle: before any number, the sizes. A gradient has the shape of what it is the
// gradient of, so dW is d×m like W, db has m entries like b, and dX is n×d like X; the batch size
// n is summed away in dW and db. n, d and m are distinct so every wrong size says which slip it was.
import { int, rng, shuffle } from '../random';
import type { Explained, Field, MatrixPuzzle, Puzzle, PuzzleDef, Text } from '../types';
import { mat, toView } from './matrix-algebra';

interface Sizes {
	readonly n: number;
	readonly d: number;
	readonly m: number;
}
type Dim = keyof Sizes;

interface Ask {
	readonly key: string;
	/** The matrix whose gradient it is, and which of its sizes. */
	readonly of: 'W' | 'b' | 'X';
	readonly side: 'rows' | 'cols' | 'size';
	readonly dim: Dim;
	/** The size a learner gives who has the shape the wrong way round. */
	readonly swapped: Dim;
}

export const SHAPE_ASKS: readonly Ask[] = [
	{ key: 'dW.rows', of: 'W', side: 'rows', dim: 'd', swapped: 'm' },
	{ key: 'dW.cols', of: 'W', side: 'cols', dim: 'm', swapped: 'd' },
	{ key: 'db.size', of: 'b', side: 'size', dim: 'm', swapped: 'n' },
	{ key: 'dX.rows', of: 'X', side: 'rows', dim: 'n', swapped: 'd' },
	{ key: 'dX.cols', of: 'X', side: 'cols', dim: 'd', swapped: 'n' }
];

const SHAPE_OF: Record<Ask['of'], string> = { W: 'd × m', b: 'm', X: 'n × d' };
const TEX: Record<Ask['side'], (m: string) => string> = {
	rows: (m) => `\\operatorname{rows}(${m})`,
	cols: (m) => `\\operatorname{cols}(${m})`,
	size: (m) => `\\operatorname{size}(${m})`
};
const SIDE: Record<Ask['side'], Text> = {
	rows: { en: 'rows', ko: '행 수' },
	cols: { en: 'columns', ko: '열 수' },
	size: { en: 'entries', ko: '원소 수' }
};

function sizesOf(puzzle: Puzzle): Sizes {
	if (puzzle.kind !== 'matrix') throw new Error(`Puzzle "${puzzle.id}" has no matrices`);
	const X = puzzle.matrices.find((v) => v.name === 'X')!;
	const W = puzzle.matrices.find((v) => v.name === 'W')!;
	return { n: X.rows, d: X.cols, m: W.cols };
}

function askOf(field: Field): Ask {
	const ask = SHAPE_ASKS.find((a) => a.key === field.key);
	if (!ask) throw new Error(`Not a shape field: "${field.key}"`);
	return ask;
}

function worked(s: Sizes, ask: Ask): Text {
	const shape = `${SHAPE_OF[ask.of]} = ${ask.of === 'b' ? s.m : ask.of === 'W' ? `${s.d} × ${s.m}` : `${s.n} × ${s.d}`}`;
	return {
		en: `d${ask.of} has the shape of ${ask.of} (${shape}), so its ${SIDE[ask.side].en}: ${s[ask.dim]}.`,
		ko: `d${ask.of}는 ${ask.of}와 모양이 같으므로(${shape}) ${SIDE[ask.side].ko}는 ${s[ask.dim]}입니다.`
	};
}

function explain(puzzle: Puzzle, field: Field, given: number): Explained {
	const s = sizesOf(puzzle);
	const ask = askOf(field);
	const rule = worked(s, ask);
	const wrong = (Object.keys(s) as Dim[]).find((k) => k !== ask.dim && s[k] === given);
	if (wrong === ask.swapped) {
		return {
			mistake: 'transposed',
			explanation: {
				en: `That is ${wrong} = ${given}: the shape the wrong way round. ${rule.en}`,
				ko: `그 값은 ${wrong} = ${given}으로, 모양을 거꾸로 잡았습니다. ${rule.ko}`
			}
		};
	}
	if (wrong === 'n') {
		return {
			explanation: {
				en: `n = ${s.n} is the batch size. A parameter's gradient adds up what every example sends it, so n is summed away. ${rule.en}`,
				ko: `n = ${s.n}은 배치 크기입니다. 매개변수의 기울기는 모든 예제가 보낸 몫을 더한 것이라 n은 합쳐져 사라집니다. ${rule.ko}`
			}
		};
	}
	return { explanation: rule };
}

const title: Text = { en: 'Shapes of the gradients', ko: '기울기의 모양' };
const prompt: Text = {
	en: 'A linear layer $Y = XW + b$ maps a batch of $n$ examples with $d$ inputs each ($X$ is $n \\times d$) to $m$ outputs. Before computing anything: how large are $\\mathrm{d}W$, $\\mathrm{d}b$ and $\\mathrm{d}X$?',
	ko: '선형 층 $Y = XW + b$는 입력이 $d$개인 예제 $n$개($X$는 $n \\times d$)를 출력 $m$개로 보냅니다. 계산하기 전에: $\\mathrm{d}W$, $\\mathrm{d}b$, $\\mathrm{d}X$의 크기는 얼마일까요?'
};

export const SHAPES: PuzzleDef = {
	id: 'matrix.shapes',
	version: 1,
	tier: 'matrix',
	title,
	make(seed: number): MatrixPuzzle {
		const r = rng(seed);
		const [n, d, m] = shuffle(r, [2, 3, 4, 5]);
		const s: Sizes = { n, d, m };
		const fill = (rows: number, cols: number) =>
			mat(
				rows,
				cols,
				Array.from({ length: rows * cols }, () => int(r, -3, 3))
			);
		const fields = SHAPE_ASKS.map((a): Field => ({
			key: a.key,
			kind: 'number',
			label: { en: `d${a.of}: ${SIDE[a.side].en}`, ko: `d${a.of}: ${SIDE[a.side].ko}` },
			tex: TEX[a.side](`\\mathrm{d}${a.of}`),
			expected: s[a.dim]
		}));
		return {
			kind: 'matrix',
			id: SHAPES.id,
			version: SHAPES.version,
			seed,
			tier: 'matrix',
			title,
			prompt,
			formulaTex: 'Y = XW + b',
			fields,
			matrices: [
				toView('X', 'X', fill(n, d)),
				toView('W', 'W', fill(d, m)),
				toView('b', 'b', fill(1, m)),
				toView('dY', '\\mathrm{d}Y', fill(n, m))
			]
		};
	},
	explain,
	hint: (_puzzle, field) => {
		const ask = askOf(field);
		return {
			en: `A gradient has the same shape as the thing it is the gradient of: look at the shape of ${ask.of}.`,
			ko: `기울기는 그것이 미분하는 대상과 모양이 같습니다. ${ask.of}의 모양을 보세요.`
		};
	},
	worked: (puzzle, field) => worked(sizesOf(puzzle), askOf(field))
};
