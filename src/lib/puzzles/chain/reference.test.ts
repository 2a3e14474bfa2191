// Seed 0 of the classic circuits is the reference example of CURRICULUM.md, number for number.
import { describe, expect, it } from 'vitest';
import type { Puzzle } from '../types';
import { makePuzzle } from './index';

/** The expected number of the field labelled `label` (e.g. "∂f/∂x", "value of q"). */
function at(p: Puzzle, label: string): number {
	const f = p.fields.find((x) => x.label.en === label);
	if (!f) throw new Error(`${p.id} has no field "${label}"`);
	return f.expected;
}

describe('CURRICULUM.md reference numbers at seed 0', () => {
	it('f = (x + y)z at x = −2, y = 5, z = −4', () => {
		const p = makePuzzle('circuits.xyz', 0);
		expect(at(p, 'value of q')).toBe(3);
		expect(at(p, 'value of f')).toBe(-12);
		expect(at(p, '∂f/∂z')).toBe(3);
		expect(at(p, '∂f/∂q')).toBe(-4);
		expect(at(p, '∂f/∂x')).toBe(-4);
		expect(at(p, '∂f/∂y')).toBe(-4);
		expect(at(p, '∂f/∂f')).toBe(1);
	});

	it('gate patterns 2(xy + max(z, w)) at x = 3, y = −4, z = 2, w = −1', () => {
		const p = makePuzzle('circuits.patterns', 0);
		expect(at(p, 'value of f')).toBe(-20);
		expect(at(p, '∂f/∂x')).toBe(-8);
		expect(at(p, '∂f/∂y')).toBe(6);
		expect(at(p, '∂f/∂z')).toBe(2);
		expect(at(p, '∂f/∂w')).toBe(0);
	});

	it.each(['circuits.neuron', 'circuits.neuron-gates'])(
		'%s: the sigmoid neuron at w = (2, −3, −3), x = (−1, −2)',
		(id) => {
			const p = makePuzzle(id, 0);
			const near = (label: string, v: number) => expect(at(p, label)).toBeCloseTo(v, 7);
			near('value of f', 0.7310586);
			near('∂f/∂w0', -0.1966119);
			near('∂f/∂w1', -0.3932239);
			near('∂f/∂w2', 0.1966119);
			near('∂f/∂x0', 0.3932239);
			near('∂f/∂x1', -0.5898358);
			// The local gradient of σ: the gradient arriving at z = w0·x0 + w1·x1 + w2.
			near('∂f/∂z', 0.1966119);
		}
	);

	it('the neuron with σ as one node asks for the local gradient σ(1 − σ)', () => {
		expect(at(makePuzzle('circuits.neuron', 0), '∂f/∂z')).toBeCloseTo(0.1966119, 7);
		const local = makePuzzle('circuits.neuron', 0).fields.find((f) => f.kind === 'local');
		expect(local?.expected).toBeCloseTo(0.1966119, 7);
	});

	it('other seeds draw other numbers', () => {
		const inputs = (seed: number) =>
			JSON.stringify(
				(makePuzzle('circuits.xyz', seed) as Extract<Puzzle, { kind: 'graph' }>).graph.nodes
					.filter((n) => n.op === 'input')
					.map((n) => n.value)
			);
		expect(inputs(0)).toBe('[-2,5,-4]');
		expect(new Set([1, 2, 3, 4, 5].map(inputs)).size).toBe(5);
		expect([1, 2, 3, 4, 5].map(inputs)).not.toContain('[-2,5,-4]');
	});
});
