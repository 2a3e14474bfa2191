// The worked line (with its numbers) and the hint (the rule, no numbers) of each graph field:
// forward value, local derivative, upstream gradient (summed over every use), downstream gradient.
// Korean sentences keep particles off variable names (only 의, 에, 에서 follow a name).
import type { GraphNode, Upstream } from '../../engine';
import type { Field, Text } from '../types';
import type { Ctx } from './graph-puzzle';
import { localCalc, localRule } from './local-rules';
import { arg, both, formulaText, join, nameOf, num, numbersText, times } from './say';

const rootName = (ctx: Ctx) => nameOf(ctx.root);

/** What a gate does to the gradient on its way down, in words. */
function passRule(node: GraphNode): Text {
	switch (node.op) {
		case 'add':
			return {
				en: 'An add gate passes the gradient arriving from above to each input unchanged',
				ko: '덧셈 게이트는 위에서 온 기울기를 각 입력에 그대로 전달합니다'
			};
		case 'mul':
			return {
				en: "A mul gate sends each input the upstream gradient times the other input's value",
				ko: '곱셈 게이트는 각 입력에 위에서 온 기울기와 다른 입력의 값의 곱을 보냅니다'
			};
		case 'max':
		case 'min': {
			const which = node.op === 'max' ? ['larger', '큰'] : ['smaller', '작은'];
			return {
				en: `A ${node.op} gate sends the upstream gradient to the ${which[0]} input and 0 to the other`,
				ko: `${node.op} 게이트는 위에서 온 기울기를 더 ${which[1]} 입력에 보내고, 다른 입력에는 0을 보냅니다`
			};
		}
		default:
			return {
				en: 'Downstream = upstream × local',
				ko: '하류 기울기 = 상류 기울기 × 국소 미분'
			};
	}
}

/** "∂L/∂f × ∂f/∂q = 1 × (−4) = −4". */
function edgeCalc(ctx: Ctx, node: GraphNode, i: number): string {
	const r = rootName(ctx);
	const n = nameOf(node);
	const a = nameOf(node.inputs[i]);
	const value = node.grad * node.local[i];
	return `∂${r}/∂${n} × ∂${n}/∂${a} = ${times(node.grad, node.local[i])} = ${num(value)}`;
}

export function downstreamLine(ctx: Ctx, node: GraphNode, i: number): Text {
	const rule = passRule(node);
	const calc = edgeCalc(ctx, node, i);
	return { en: `${rule.en}: ${calc}.`, ko: `${rule.ko}: ${calc}.` };
}

export function valueLine(node: GraphNode): Text {
	if (node.isLeaf) return both(`${nameOf(node)} = ${num(node.value)}.`);
	const steps = [nameOf(node), formulaText(node), numbersText(node), num(node.value)];
	return both(`${steps.filter((s, k) => s !== steps[k - 1]).join(' = ')}.`);
}

export function localLine(node: GraphNode, i: number): Text {
	return join(localRule(node), both(`${localCalc(node, i)}.`));
}

/** The consumer of one use, named with its input slot when it uses the node twice (x·x). */
function userName(share: Upstream): string {
	const twice = share.from.inputs[0] === share.from.inputs[1];
	return twice ? `${nameOf(share.from)}[${share.inputIndex + 1}]` : nameOf(share.from);
}

export function upstreamLine(ctx: Ctx, node: GraphNode): Text {
	const r = rootName(ctx);
	const n = nameOf(node);
	if (node === ctx.root)
		return {
			en: `The backward pass starts at the output with ∂${r}/∂${r} = 1.`,
			ko: `역전파는 출력에서 ∂${r}/∂${r} = 1로 시작합니다.`
		};
	const shares = node.upstream;
	if (shares.length === 1) {
		const c = nameOf(shares[0].from);
		return join(
			{
				en: `${n} is used only by ${c}, so ∂${r}/∂${n} is what ${c} sends back.`,
				ko: `${n}의 값은 ${c}에서만 쓰이므로, ${c}에서 돌려보내는 기울기가 곧 ∂${r}/∂${n}입니다.`
			},
			downstreamLine(ctx, shares[0].from, shares[0].inputIndex)
		);
	}
	const each = shares.map(
		(s) => `${userName(s)}: ${times(s.from.grad, s.from.local[s.inputIndex])} = ${num(s.value)}`
	);
	const sum = `${shares.map((s, k) => (k === 0 ? num(s.value) : arg(s.value))).join(' + ')} = ${num(node.grad)}`;
	return {
		en: `${n} is used ${shares.length} times, so ∂${r}/∂${n} is the sum of what each use sends back (upstream × local): ${each.join('; ')}. Together ${sum}.`,
		ko: `${n}의 값은 ${shares.length}번 쓰이므로, 각 쓰임에서 돌아오는 기울기(상류 × 국소)를 모두 더합니다: ${each.join('; ')}. 합하면 ${sum}입니다.`
	};
}

export function hintLine(ctx: Ctx, field: Field): Text {
	const node = ctx.nodes[field.node!];
	const n = nameOf(node);
	const r = rootName(ctx);
	switch (field.kind) {
		case 'value':
			return {
				en: `Apply ${n}'s operation to the values of its inputs: ${n} = ${formulaText(node)}.`,
				ko: `입력값에 ${n}의 연산을 적용하세요: ${n} = ${formulaText(node)}.`
			};
		case 'local':
			return localRule(node);
		case 'downstream': {
			const a = nameOf(node.inputs[field.input!]);
			return join(
				{
					en: `Downstream = upstream × local: multiply the gradient arriving at ${n} by ∂${n}/∂${a}.`,
					ko: `하류 기울기 = 상류 기울기 × 국소 미분: ${n}에 들어온 기울기와 ∂${n}/∂${a}의 곱을 구하세요.`
				},
				localRule(node)
			);
		}
		default:
			return upstreamHint(node, n, r, node === ctx.root);
	}
}

function upstreamHint(node: GraphNode, n: string, r: string, isRoot: boolean): Text {
	if (isRoot)
		return {
			en: `The backward pass starts here: how much does ${r} change when ${r} itself changes by a little?`,
			ko: `역전파는 여기서 시작합니다. ${r}의 값이 조금 바뀌면 ${r} 자신은 얼마나 바뀔까요?`
		};
	const shares = node.upstream;
	if (shares.length === 1) {
		const c = nameOf(shares[0].from);
		return {
			en: `${n} is used only by ${c}: multiply the gradient arriving at ${c} by the local derivative ∂${c}/∂${n}.`,
			ko: `${n}의 값은 ${c}에서만 쓰입니다. ${c}에 들어온 기울기와 국소 미분 ∂${c}/∂${n}의 곱을 구하세요.`
		};
	}
	return {
		en: `${n} is used ${shares.length} times: work out what each use sends back, then add them all.`,
		ko: `${n}의 값은 ${shares.length}번 쓰입니다. 각 쓰임에서 돌아오는 기울기를 구한 뒤 모두 더하세요.`
	};
}

/** The worked line of a graph field (value, local, upstream or downstream). */
export function workedLine(ctx: Ctx, field: Field): Text {
	const node = ctx.nodes[field.node!];
	switch (field.kind) {
		case 'value':
			return valueLine(node);
		case 'local':
			return localLine(node, field.input!);
		case 'downstream':
			return downstreamLine(ctx, node, field.input!);
		case 'upstream':
			return upstreamLine(ctx, node);
		default:
			throw new Error(`Field "${field.key}" is not a graph field`);
	}
}
