// Each mistake detector fires on a wrong answer built the way the mistake builds it, and never on
// a right one. Hand-made cases use CURRICULUM.md's reference circuits; the sweeps build wrong
// answers for 100 seeds of every graph puzzle from independently recomputed numbers.
import { describe, expect, it } from 'vitest';
import { accepts } from '../numbers';
import type { Field, GraphPuzzle, MistakeId, Puzzle, PuzzleDef } from '../types';
import { TIERS, checkAnswers, getPuzzleDef, makePuzzle } from './index';
import { gradientAt, localAt } from './independent';

const GRAPH_DEFS: PuzzleDef[] = TIERS.flatMap((t) => t.puzzles).filter(
	(d) => d.make(0).kind === 'graph'
);
const SEEDS = Array.from({ length: 100 }, (_, k) => k);

function key(p: Puzzle, label: string): string {
	const f = p.fields.find((x) => x.label.en === label);
	if (!f) throw new Error(`${p.id} has no field "${label}"`);
	return f.key;
}

/** The check of one typed answer (with other answers alongside). */
function mark(
	p: Puzzle,
	label: string,
	given: number | string,
	others: Record<string, string> = {}
) {
	const k = key(p, label);
	return checkAnswers(p, { ...others, [k]: String(given) }).find((r) => r.key === k)!;
}

describe('detectors on the reference circuits', () => {
	const xyz = makePuzzle('circuits.xyz', 0);
	const patterns = makePuzzle('circuits.patterns', 0);
	const neuron = makePuzzle('circuits.neuron', 0);

	it.each([
		[xyz, '∂f/∂q', 1, 'upstream-only'],
		[xyz, '∂f/∂q', 3, 'mul-swapped'],
		[xyz, '∂f/∂z', -3, 'sign-slip'],
		[xyz, '∂f/∂x', 4, 'sign-slip'],
		[xyz, '∂f/∂x', 1, 'local-only'],
		[xyz, '∂f/∂x', -20, 'add-scaled'],
		[xyz, '∂f/∂x', -2, 'add-scaled'],
		[xyz, '∂f/∂q', '3', 'mul-swapped'],
		[patterns, '∂f/∂w', 2, 'max-wrong-branch'],
		[patterns, '∂f/∂z', 0, 'max-wrong-branch'],
		[patterns, '∂f/∂x', 6, 'mul-swapped'],
		[patterns, '∂f/∂s', -10, 'mul-swapped'],
		[neuron, '∂f/∂z', 0.7311, 'sigma-not-derivative'],
		[neuron, '∂f/∂w0', -1, 'local-only'],
		[neuron, '∂f/∂w0', 0.3932, 'mul-swapped'],
		[neuron, '∂f/∂x0', 0.1966, 'upstream-only']
	] as [Puzzle, string, number, MistakeId][])('%#: %s given %s is %s', (p, label, given, id) => {
		const r = mark(p, label, given);
		expect(r.status).toBe('wrong');
		expect(r.mistake).toBe(id);
		expect(r.explanation!.en.length).toBeGreaterThan(20);
		expect(r.explanation!.ko).toMatch(/[\uAC00-\uD7A3]/);
	});

	it('a mul explanation names the rule with the numbers', () => {
		const r = mark(xyz, '∂f/∂q', 3);
		expect(r.explanation!.en).toContain("times the other input's value");
		expect(r.explanation!.en).toContain('1 × (−4) = −4');
	});

	it("σ's own value as its local derivative is sigma-not-derivative", () => {
		const local = neuron.fields.find((f) => f.kind === 'local')!;
		const r = checkAnswers(neuron, { [local.key]: '0.731' }).find((x) => x.key === local.key)!;
		expect(r.mistake).toBe('sigma-not-derivative');
	});

	it('a number right for the learner’s own wrong upstream blames that field, not this one', () => {
		const r = mark(xyz, '∂f/∂x', -3, { [key(xyz, '∂f/∂q')]: '-3' });
		expect(r.status).toBe('wrong');
		expect(r.mistake).toBeUndefined();
		expect(r.explanation!.en).toContain('your ∂f/∂q = −3');
	});

	it('an unrecognised wrong number still gets the rule and the right number', () => {
		const r = mark(xyz, '∂f/∂y', 17);
		expect(r.mistake).toBeUndefined();
		expect(r.explanation!.en).toContain('= −4');
	});
});

describe('fan-out and update steps over 100 seeds', () => {
	it('x used twice: one share alone is fanout-not-summed', () => {
		for (const seed of SEEDS) {
			const p = makePuzzle('gates.copy', seed) as GraphPuzzle;
			const value = (name: string) => p.graph.nodes.find((n) => n.label === name)!.value;
			// f = x·y + x·z: the two shares of ∂f/∂x are y and z.
			for (const share of [value('y'), value('z')])
				expect(mark(p, '∂f/∂x', share).mistake).toBe('fanout-not-summed');
		}
	});

	it.each(['perceptron.regression', 'perceptron.classification'])(
		'%s: stepping with + instead of − is step-wrong-way',
		(id) => {
			for (const seed of SEEDS) {
				const p = makePuzzle(id, seed) as GraphPuzzle;
				for (const f of p.fields.filter((x) => x.kind === 'number')) {
					const w = p.graph.nodes[f.node!].value;
					const uphill = 2 * w - f.expected; // w + α·g, when the right one is w − α·g
					if (accepts(uphill, f.expected)) continue;
					const r = checkAnswers(p, { [f.key]: String(uphill) }).find((x) => x.key === f.key)!;
					expect(r.mistake, `${id}#${seed} ${f.key}`).toBe('step-wrong-way');
				}
			}
		}
	);
});

/** A constructed wrong number and the mistake it must be named as, or undefined if none applies. */
function wrongFor(p: GraphPuzzle, f: Field): [number, MistakeId] | undefined {
	const g = p.graph;
	const node = f.node === undefined ? undefined : g.nodes[f.node];
	if (f.kind === 'value' && Math.abs(f.expected) >= 0.01) return [-f.expected, 'sign-slip'];
	if (!node || (f.kind !== 'local' && f.kind !== 'downstream')) return undefined;
	const own = g.nodes[node.inputs[f.input!]];
	const up = f.kind === 'local' ? 1 : gradientAt(g, node.id).exact;
	if (node.op === 'mul' && node.inputs[0] !== node.inputs[1])
		return [up * own.value, 'mul-swapped'];
	if ((node.op === 'max' || node.op === 'min') && up !== 0) {
		const local = localAt(g, node.id, f.input!);
		return [up * (1 - local), 'max-wrong-branch'];
	}
	if (node.op === 'sigmoid' && up !== 0) return [up * node.value, 'sigma-not-derivative'];
	const other = g.nodes[node.inputs[1 - f.input!]];
	if (node.op === 'add' && other.op !== 'const' && up !== 0)
		return [up * other.value, 'add-scaled'];
	return undefined;
}

/** Node ids whose gradient arrives from two or more uses that both carry a gradient. */
function fanoutShares(p: GraphPuzzle, f: Field): number[] {
	if (f.kind !== 'upstream') return [];
	const g = p.graph;
	const shares = g.nodes.flatMap((n) =>
		n.inputs.flatMap((i, slot) =>
			i === f.node ? [gradientAt(g, n.id).exact * localAt(g, n.id, slot)] : []
		)
	);
	return shares.filter((v) => v !== 0).length > 1 ? shares.filter((v) => v !== 0) : [];
}

describe.each(GRAPH_DEFS.map((d) => [d.id, d] as const))('%s × 100 seeds', (id, def) => {
	it('never names a mistake for a right answer', () => {
		for (const seed of SEEDS) {
			const p = def.make(seed);
			for (const f of p.fields) {
				expect(def.explain(p, f, f.expected, new Map()).mistake).toBeUndefined();
				expect(def.explain(p, f, f.expected + 0.004, new Map()).mistake).toBeUndefined();
			}
			const right = Object.fromEntries(p.fields.map((f) => [f.key, String(f.expected)]));
			const results = checkAnswers(p, right);
			expect(results.every((r) => r.status === 'correct' && r.mistake === undefined)).toBe(true);
		}
	});

	it('names the mistake a constructed wrong answer makes', () => {
		let fired = 0;
		for (const seed of SEEDS) {
			const p = getPuzzleDef(id).make(seed) as GraphPuzzle;
			for (const f of p.fields) {
				const wrong = wrongFor(p, f);
				if (wrong && !accepts(wrong[0], f.expected)) {
					const r = checkAnswers(p, { [f.key]: String(wrong[0]) }).find((x) => x.key === f.key)!;
					expect(r.mistake, `${id}#${seed} ${f.key} given ${wrong[0]}`).toBe(wrong[1]);
					fired++;
				}
				for (const share of fanoutShares(p, f)) {
					if (accepts(share, f.expected)) continue;
					const r = checkAnswers(p, { [f.key]: String(share) }).find((x) => x.key === f.key)!;
					expect(r.mistake, `${id}#${seed} ${f.key} given ${share}`).toBe('fanout-not-summed');
					fired++;
				}
			}
		}
		expect(fired).toBeGreaterThan(0);
	});
});
