// Tier 1, single gates: add distributes the gradient, mul swaps the inputs' values, max routes it
// to the winner, and a value used twice (copy) collects the sum of what comes back.
import { Graph } from '../../engine';
import type { PuzzleDef, Text } from '../types';
import { apart, small } from './draws';
import { graphDef } from './graph-def';
import { num } from './say';

type GateOp = 'add' | 'mul' | 'max';

const GATE: Record<GateOp, { title: Text; tex: string }> = {
	add: { title: { en: 'The add gate', ko: '덧셈 게이트' }, tex: 'x + y' },
	mul: { title: { en: 'The mul gate', ko: '곱셈 게이트' }, tex: 'x \\cdot y' },
	max: { title: { en: 'The max gate', ko: 'max 게이트' }, tex: '\\max(x, y)' }
};

function gatePrompt(tex: string, up: number): Text {
	const g = num(up).replace('−', '-');
	return {
		en: `The gate $f = ${tex}$ sits inside a larger network, which multiplies its output by $g$ ($L = g \\cdot f$), so the gradient arriving at f is $\\frac{\\partial L}{\\partial f} = g = ${g}$. Fill in f's local derivative for each input, then the gradient f sends down to each input.`,
		ko: `게이트 $f = ${tex}$는 더 큰 신경망 안에 있고, 신경망의 나머지 부분이 출력에 $g$를 곱합니다($L = g \\cdot f$). 그래서 f에 들어오는 기울기는 $\\frac{\\partial L}{\\partial f} = g = ${g}$입니다. 각 입력에 대한 f의 국소 미분을 채우고, f가 각 입력으로 내려보내는 기울기를 채우세요.`
	};
}

function gate(op: GateOp): PuzzleDef {
	const { title, tex } = GATE[op];
	return graphDef({
		id: `gates.${op}`,
		version: 1,
		tier: 'gates',
		title,
		build(r) {
			const g = new Graph();
			const xv = small(r);
			const x = g.input('x', xv);
			const y = g.input('y', apart(r, small, op === 'add' ? [] : [xv, -xv]));
			const up = g.constant(apart(r, small, [0, 1]), 'g');
			const f = g.apply(op, [x, y], 'f');
			const L = g.mul(up, f, 'L');
			return {
				graph: g,
				root: L,
				asks: { locals: [f], downstream: [f] },
				prompt: gatePrompt(tex, up.value),
				formulaTex: `L = g \\cdot (${tex})`
			};
		}
	});
}

const copy: PuzzleDef = graphDef({
	id: 'gates.copy',
	version: 1,
	tier: 'gates',
	title: { en: 'A value used twice', ko: '두 번 쓰이는 값' },
	build(r) {
		const g = new Graph();
		const x = g.input('x', small(r));
		const yv = apart(r, small, [0]);
		const y = g.input('y', yv);
		const z = g.input('z', apart(r, small, [yv, -yv]));
		const p = g.mul(x, y, 'p');
		const q = g.mul(x, z, 'q');
		const f = g.add(p, q, 'f');
		return {
			graph: g,
			root: f,
			asks: { downstream: [p, q], upstream: [x] },
			prompt: {
				en: 'The value x is copied to two gates: $p = x \\cdot y$ and $q = x \\cdot z$, and $f = p + q$. Fill in what p and q each send back down, then the total gradient $\\frac{\\partial f}{\\partial x}$.',
				ko: '값 x는 두 게이트 $p = x \\cdot y$와 $q = x \\cdot z$로 복사되고, $f = p + q$입니다. p와 q가 각각 아래로 돌려보내는 기울기를 채운 뒤, 전체 기울기 $\\frac{\\partial f}{\\partial x}$를 채우세요.'
			},
			formulaTex: 'f = x \\cdot y + x \\cdot z'
		};
	}
});

export const GATE_PUZZLES: readonly PuzzleDef[] = [gate('add'), gate('mul'), gate('max'), copy];
