// A wrong number that follows correctly from the learner's own wrong number further up: the slip
// is in that earlier field, and the explanation says so instead of blaming this one.
import type { Upstream } from '../../engine';
import { accepts } from '../numbers';
import type { Field, Text } from '../types';
import type { Ctx } from './graph-puzzle';
import { nameOf, num } from './say';

interface Theirs {
	readonly value: number;
	/** The learner's own wrong number this one was built on, if any. */
	readonly wrong?: { readonly label: string; readonly value: number };
}

/** What the learner's answers say node `from` sends to its input: their own numbers where typed. */
function theirShare(ctx: Ctx, share: Upstream, answers: ReadonlyMap<string, number>): Theirs {
	const from = share.from;
	const r = nameOf(ctx.root);
	const sent = answers.get(`d:${from.id}:${share.inputIndex}`);
	if (sent !== undefined && !accepts(sent, share.value))
		return {
			value: sent,
			wrong: {
				label: `${nameOf(from)} → ${nameOf(from.inputs[share.inputIndex])}`,
				value: sent
			}
		};
	const up = answers.get(`u:${from.id}`);
	if (up !== undefined && !accepts(up, from.grad))
		return {
			value: up * from.local[share.inputIndex],
			wrong: { label: `∂${r}/∂${nameOf(from)}`, value: up }
		};
	return { value: share.value };
}

function theirs(ctx: Ctx, field: Field, answers: ReadonlyMap<string, number>): Theirs[] {
	const node = ctx.nodes[field.node!];
	if (field.kind === 'downstream') {
		const up = answers.get(`u:${node.id}`);
		if (up === undefined || accepts(up, node.grad)) return [];
		const label = `∂${nameOf(ctx.root)}/∂${nameOf(node)}`;
		return [{ value: up * node.local[field.input!], wrong: { label, value: up } }];
	}
	if (field.kind === 'upstream' && node !== ctx.root)
		return node.upstream.map((s) => theirShare(ctx, s, answers));
	return [];
}

/** Says so when `given` is right for the learner's own wrong numbers further up. */
export function carried(
	ctx: Ctx,
	field: Field,
	given: number,
	answers: ReadonlyMap<string, number>
): Text | undefined {
	const parts = theirs(ctx, field, answers);
	const wrong = parts.flatMap((p) => (p.wrong ? [p.wrong] : []));
	if (wrong.length === 0) return undefined;
	if (
		!accepts(
			given,
			parts.reduce((s, p) => s + p.value, 0)
		)
	)
		return undefined;
	const list = wrong.map((w) => `${w.label} = ${num(w.value)}`).join(', ');
	return {
		en: `This follows correctly from your ${list}, which is off; fix that first.`,
		ko: `입력한 ${list} 값에서 올바르게 이어지지만, 그 값이 틀렸습니다. 그 값부터 고치세요.`
	};
}
