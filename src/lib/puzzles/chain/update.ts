// The last field of a perceptron puzzle: one gradient-descent step w ← w − α·∂L/∂w, with its
// gradient taken from the engine's backward pass.
import type { GraphNode } from '../../engine';
import { accepts } from '../numbers';
import type { Field, Text } from '../types';
import type { Ctx } from './graph-puzzle';
import { signSlip, type Candidate } from './mistakes';
import { stepName } from './names';
import { arg, nameOf, num } from './say';

/** A weight to update and the learning rate α of the step. */
export interface Step {
	readonly node: GraphNode;
	readonly lr: number;
}

export const stepKey = (node: { id: number }) => `step:${node.id}`;

/** The step's field; call after the backward pass. */
export function stepField(root: GraphNode, step: Step): Field {
	return {
		key: stepKey(step.node),
		kind: 'number',
		node: step.node.id,
		...stepName(root, step.node),
		expected: step.node.value - step.lr * step.node.grad
	};
}

export function stepCandidates(step: Step, expected: number): Candidate[] {
	const w = nameOf(step.node);
	if (step.node.grad === 0) return expected === 0 ? [] : [signSlip(expected)];
	return [
		{
			mistake: 'step-wrong-way',
			value: step.node.value + step.lr * step.node.grad,
			note: {
				en: `That step goes uphill: the update subtracts α·∂L/∂${w}, it does not add it.`,
				ko: `그 방향은 오르막입니다. 갱신할 때는 α·∂L/∂${w} 항을 더하지 않고 뺍니다.`
			}
		},
		...(expected === 0 ? [] : [signSlip(expected)])
	];
}

export function stepWorked(ctx: Ctx, step: Step): Text {
	const w = nameOf(step.node);
	const r = nameOf(ctx.root);
	const g = step.node.grad;
	const calc = `${w} − α·∂${r}/∂${w} = ${num(step.node.value)} − ${num(step.lr)} × ${arg(g)} = ${num(step.node.value - step.lr * g)}`;
	return {
		en: `Gradient descent steps against the gradient: ${calc}.`,
		ko: `경사하강법은 기울기의 반대 방향으로 한 걸음 움직입니다: ${calc}.`
	};
}

export function stepHint(ctx: Ctx, step: Step): Text {
	const w = nameOf(step.node);
	const r = nameOf(ctx.root);
	return {
		en: `Move ${w} a step of size α = ${num(step.lr)} against its gradient: ${w} − α·∂${r}/∂${w}.`,
		ko: `${w}의 기울기 반대 방향으로 α = ${num(step.lr)}만큼 움직이세요: ${w} − α·∂${r}/∂${w}.`
	};
}

/** A step that is right for the learner's own (wrong) gradient: the slip is in that field. */
export function stepCarried(
	ctx: Ctx,
	step: Step,
	given: number,
	answers: ReadonlyMap<string, number>
): Text | undefined {
	const theirs = answers.get(`u:${step.node.id}`);
	if (theirs === undefined || accepts(theirs, step.node.grad)) return undefined;
	if (!accepts(given, step.node.value - step.lr * theirs)) return undefined;
	const r = nameOf(ctx.root);
	const w = nameOf(step.node);
	return {
		en: `The step itself is done right, but with your ∂${r}/∂${w} = ${num(theirs)}, which is off; fix that first.`,
		ko: `갱신 계산 자체는 맞지만, 입력한 ∂${r}/∂${w} = ${num(theirs)} 값이 틀렸습니다. 그 값부터 고치세요.`
	};
}
