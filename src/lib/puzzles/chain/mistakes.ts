// The common mistakes of backprop by hand, as the wrong numbers they produce. A detector fires
// when the typed number matches the number a mistake would give — and never when that number
// coincides with the right one (a mul whose inputs are equal cannot show a swap).
import type { GraphNode } from '../../engine';
import { accepts } from '../numbers';
import type { Field, MistakeId, Text } from '../types';
import type { Ctx } from './graph-puzzle';
import { nameOf, num } from './say';

export interface Candidate {
	readonly mistake: MistakeId;
	/** The number the mistake produces. */
	readonly value: number;
	/** What went wrong, in words, with its numbers. */
	readonly note: Text;
}

const c = (mistake: MistakeId, value: number, note: Text): Candidate => ({ mistake, value, note });

export const signSlip = (right: number) =>
	c('sign-slip', -right, {
		en: 'The size is right but the sign is not.',
		ko: '크기는 맞지만 부호가 틀렸습니다.'
	});

/** Wrong versions of a gate's local derivative ∂node/∂input[i]. */
function gateSlips(node: GraphNode, i: number, up: number): Candidate[] {
	const own = node.inputs[i];
	const other = node.inputs[1 - i];
	const loc = node.local[i];
	switch (node.op) {
		case 'mul':
			// x·x: both slots hold the same value, so a swap cannot show.
			if (own === other) return [];
			return [
				c('mul-swapped', up * own.value, {
					en: `You used ${nameOf(own)}'s own value (${num(own.value)}); a mul gate uses the other input's value.`,
					ko: `${nameOf(own)} 자신의 값(${num(own.value)})을 썼습니다. 곱셈 게이트에서는 다른 입력의 값을 곱합니다.`
				})
			];
		case 'max':
		case 'min': {
			if (loc !== 0 && loc !== 1) return [];
			const winner = loc === 1 ? own : other;
			const word = node.op === 'max' ? ['larger', '큰'] : ['smaller', '작은'];
			return [
				c('max-wrong-branch', up * (1 - loc), {
					en: `The gradient went down the wrong branch: ${node.op} sends it only to the ${word[0]} input (${nameOf(winner)} = ${num(winner.value)}) and 0 to the other.`,
					ko: `기울기가 잘못된 가지로 갔습니다. ${node.op} 게이트는 더 ${word[1]} 입력(${nameOf(winner)} = ${num(winner.value)})에만 기울기를 보내고 다른 입력에는 0을 보냅니다.`
				})
			];
		}
		case 'sigmoid':
			return [
				c('sigma-not-derivative', up * node.value, {
					en: `That uses σ itself (${num(node.value)}) where its derivative σ(1 − σ) = ${num(loc)} belongs.`,
					ko: `도함수 σ(1 − σ) = ${num(loc)} 대신 σ 값 자체(${num(node.value)})를 썼습니다.`
				})
			];
		case 'add': {
			const note = {
				en: 'An add gate does not scale the gradient: it copies it to each input unchanged (local derivative 1).',
				ko: '덧셈 게이트는 기울기의 크기를 바꾸지 않고 각 입력에 그대로 복사합니다(국소 미분 1).'
			};
			// A constant input's value is part of the graph, not a draw: scaling by it is no slip to look for.
			const scales = [other, own].filter((n) => n.op !== 'const').map((n) => up * n.value);
			return [...scales, up / 2].map((v) => c('add-scaled', v, note));
		}
		default:
			return [];
	}
}

/**
 * Wrong versions of what `node` sends to its input `i` (upstream × local). A version that no
 * number could ever reveal is left out: nothing flows when the upstream is 0, forgetting to
 * multiply by a local derivative of ±1 (or by an upstream of ±1) changes nothing or only the sign.
 */
export function edgeSlips(node: GraphNode, i: number): Candidate[] {
	const up = node.grad;
	const loc = node.local[i];
	if (up === 0) return [];
	const out = gateSlips(node, i, up);
	if (loc !== 0 && Math.abs(up) !== 1)
		out.push(
			c('local-only', loc, {
				en: `That is only the local derivative (${num(loc)}); it still has to be multiplied by the gradient arriving from above (${num(up)}).`,
				ko: `국소 미분(${num(loc)})만 썼습니다. 위에서 들어온 기울기(${num(up)})를 곱해야 합니다.`
			})
		);
	// For max and min, passing the gradient on unmultiplied is the wrong-branch mistake itself.
	if (Math.abs(loc) !== 1 && node.op !== 'max' && node.op !== 'min')
		out.push(
			c('upstream-only', up, {
				en: `That passes on the gradient arriving from above (${num(up)}) as it is; it has to be multiplied by the local derivative (${num(loc)}).`,
				ko: `위에서 들어온 기울기(${num(up)})를 그대로 넘겼습니다. 국소 미분(${num(loc)})을 곱해야 합니다.`
			})
		);
	return out;
}

/** Proper non-empty subsets of the shares (all of them up to 4 uses, else each one alone). */
function partialSums(values: readonly number[]): number[] {
	if (values.length > 4) return [...values];
	const sums: number[] = [];
	for (let mask = 1; mask < (1 << values.length) - 1; mask++)
		sums.push(values.reduce((s, v, k) => (mask & (1 << k) ? s + v : s), 0));
	return sums;
}

function upstreamSlips(ctx: Ctx, node: GraphNode): Candidate[] {
	if (node === ctx.root) return [];
	const shares = node.upstream;
	const out: Candidate[] = [];
	// A use that sends back exactly 0 (the losing side of a max) cannot show a missing sum.
	const flowing = shares.map((s) => s.value).filter((v) => v !== 0);
	if (flowing.length > 1) {
		const users = shares.map((s) => nameOf(s.from)).join(', ');
		for (const v of partialSums(flowing))
			out.push(
				c('fanout-not-summed', v, {
					en: `${nameOf(node)} is used ${shares.length} times (by ${users}) and each use sends a gradient back; you took only part of them (${num(v)}). A value used more than once collects the sum.`,
					ko: `${nameOf(node)}의 값은 ${shares.length}번(${users}) 쓰이고 쓰임마다 기울기가 돌아옵니다. 그중 일부(${num(v)})만 반영했습니다. 여러 번 쓰인 값의 기울기는 모두 더해야 합니다.`
				})
			);
	}
	for (const share of shares)
		for (const slip of edgeSlips(share.from, share.inputIndex))
			out.push({ ...slip, value: node.grad - share.value + slip.value });
	return out;
}

/** Every wrong number a named mistake would give for a graph field, most specific first. */
export function candidates(ctx: Ctx, field: Field): Candidate[] {
	const node = ctx.nodes[field.node!];
	const list = (() => {
		switch (field.kind) {
			case 'local':
				return gateSlips(node, field.input!, 1);
			case 'downstream':
				return edgeSlips(node, field.input!);
			case 'upstream':
				return upstreamSlips(ctx, node);
			default:
				return [];
		}
	})();
	const all = field.expected === 0 ? list : [...list, signSlip(field.expected)];
	// Two mistakes giving exactly the same number cannot be told apart: the more specific one names it.
	return all.filter((k, at) => all.findIndex((j) => j.value === k.value) === at);
}

/** The first candidate that explains a wrong `given`, unless the candidate's number is itself right. */
export function detect(
	list: readonly Candidate[],
	expected: number,
	given: number
): Candidate | undefined {
	if (accepts(given, expected)) return undefined;
	return list.find((k) => accepts(given, k.value) && !accepts(k.value, expected));
}
