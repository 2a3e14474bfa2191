// Each op's local derivative in words (the hint: the rule without its numbers) and written out
// with the node's numbers (the worked line). The numbers themselves always come from the engine.
import type { GraphNode } from '../../engine';
import type { Text } from '../types';
import { arg, nameOf, num } from './say';

interface LocalSay {
	/** The rule in words, no numbers. */
	readonly rule: Text;
	/** The derivative written with names, then with numbers (either may be omitted). */
	readonly names?: (n: GraphNode, i: number) => string;
	readonly numbers?: (n: GraphNode, i: number) => string;
	/** For a rule that picks a case (max, ReLU, |a|): the numbers that decide it. */
	readonly when?: (n: GraphNode) => string;
}

const name = (n: GraphNode, i: number) => nameOf(n.inputs[i]);
const value = (n: GraphNode, i: number) => n.inputs[i].value;
const other = (i: number) => 1 - i;

const pick = (word: 'larger' | 'smaller'): LocalSay => ({
	rule:
		word === 'larger'
			? {
					en: 'A max gate routes the gradient to the larger input only: its local derivative is 1 for the larger input and 0 for the other (½ each at a tie).',
					ko: 'max 게이트는 더 큰 입력에만 기울기를 보냅니다. 국소 미분은 큰 입력에 1, 다른 입력에 0입니다(두 값이 같으면 각각 ½).'
				}
			: {
					en: 'A min gate routes the gradient to the smaller input only: its local derivative is 1 for the smaller input and 0 for the other (½ each at a tie).',
					ko: 'min 게이트는 더 작은 입력에만 기울기를 보냅니다. 국소 미분은 작은 입력에 1, 다른 입력에 0입니다(두 값이 같으면 각각 ½).'
				},
	when: (n) => `${name(n, 0)} = ${num(value(n, 0))}, ${name(n, 1)} = ${num(value(n, 1))}`
});

const SAY: Readonly<Record<string, LocalSay>> = {
	add: {
		rule: {
			en: "An add gate's local derivative is 1 for each input.",
			ko: '덧셈 게이트의 국소 미분은 두 입력 모두 1입니다.'
		}
	},
	sub: {
		rule: {
			en: 'For a − b the local derivative is 1 for a and −1 for b.',
			ko: 'a − b의 국소 미분은 a에 대해 1, b에 대해 −1입니다.'
		}
	},
	mul: {
		rule: {
			en: "A mul gate's local derivative for one input is the other input's value.",
			ko: '곱셈 게이트에서 한 입력에 대한 국소 미분은 다른 입력의 값입니다.'
		},
		names: (n, i) => name(n, other(i))
	},
	div: {
		rule: {
			en: 'For a / b the local derivative is 1/b for a and −a/b² for b.',
			ko: 'a / b의 국소 미분은 a에 대해 1/b, b에 대해 −a/b²입니다.'
		},
		names: (n, i) => (i === 0 ? `1/${name(n, 1)}` : `−${name(n, 0)}/${name(n, 1)}²`),
		numbers: (n, i) =>
			i === 0 ? `1/${arg(value(n, 1))}` : `−${arg(value(n, 0))}/${arg(value(n, 1))}²`
	},
	pow: {
		rule: {
			en: 'For aᵏ the local derivative is k·aᵏ⁻¹ for the base a (and aᵏ·ln a for the exponent k).',
			ko: 'aᵏ의 국소 미분은 밑 a에 대해 k·aᵏ⁻¹입니다(지수 k에 대해서는 aᵏ·ln a).'
		},
		names: (n, i) =>
			i === 0
				? `${name(n, 1)} × ${name(n, 0)}^(${name(n, 1)} − 1)`
				: `${nameOf(n)} × ln(${name(n, 0)})`,
		numbers: (n, i) =>
			i === 0
				? `${num(value(n, 1))} × ${arg(value(n, 0))}^${arg(value(n, 1) - 1)}`
				: `${num(n.value)} × ln(${num(value(n, 0))})`
	},
	max: pick('larger'),
	min: pick('smaller'),
	neg: {
		rule: {
			en: 'A negation flips the sign: its local derivative is −1.',
			ko: '부호를 바꾸는 게이트의 국소 미분은 −1입니다.'
		}
	},
	exp: {
		rule: {
			en: "The derivative of eᵃ is eᵃ itself: the node's own output.",
			ko: 'eᵃ의 도함수는 eᵃ 자신, 곧 이 노드의 출력값입니다.'
		},
		names: (n) => nameOf(n)
	},
	log: {
		rule: { en: 'The derivative of ln a is 1/a.', ko: 'ln a의 도함수는 1/a입니다.' },
		names: (n) => `1/${name(n, 0)}`,
		numbers: (n) => `1/${arg(value(n, 0))}`
	},
	sqrt: {
		rule: {
			en: 'The derivative of √a is 1/(2√a), half the reciprocal of the output.',
			ko: '√a의 도함수는 1/(2√a), 곧 출력값의 역수의 절반입니다.'
		},
		names: (n) => `1/(2 × ${nameOf(n)})`,
		numbers: (n) => `1/(2 × ${arg(n.value)})`
	},
	abs: {
		rule: {
			en: 'The derivative of |a| is the sign of a: 1 for a positive a, −1 for a negative one (0 at 0).',
			ko: '|a|의 도함수는 a의 부호입니다. a가 양수면 1, 음수면 −1입니다(0에서는 0).'
		},
		when: (n) => `${name(n, 0)} = ${num(value(n, 0))}`
	},
	sin: {
		rule: { en: 'The derivative of sin a is cos a.', ko: 'sin a의 도함수는 cos a입니다.' },
		names: (n) => `cos(${name(n, 0)})`,
		numbers: (n) => `cos(${num(value(n, 0))})`
	},
	cos: {
		rule: { en: 'The derivative of cos a is −sin a.', ko: 'cos a의 도함수는 −sin a입니다.' },
		names: (n) => `−sin(${name(n, 0)})`,
		numbers: (n) => `−sin(${num(value(n, 0))})`
	},
	tanh: {
		rule: {
			en: "The derivative of tanh is 1 − tanh², computed from the node's own output.",
			ko: 'tanh의 도함수는 1 − tanh²이며, 노드의 출력값으로 계산합니다.'
		},
		names: (n) => `1 − ${nameOf(n)}²`,
		numbers: (n) => `1 − ${arg(n.value)}²`
	},
	sigmoid: {
		rule: {
			en: "The derivative of σ is σ(1 − σ), computed from the node's own output.",
			ko: 'σ의 도함수는 σ(1 − σ)이며, 노드의 출력값으로 계산합니다.'
		},
		names: (n) => `${nameOf(n)} × (1 − ${nameOf(n)})`,
		numbers: (n) => `${num(n.value)} × (1 − ${num(n.value)})`
	},
	relu: {
		rule: {
			en: 'ReLU lets the gradient through where its input is positive (local derivative 1) and blocks it elsewhere (0).',
			ko: 'ReLU는 입력이 양수일 때만 기울기를 통과시키고(국소 미분 1), 그렇지 않으면 막습니다(0).'
		},
		when: (n) => `${name(n, 0)} = ${num(value(n, 0))}`
	},
	softplus: {
		rule: {
			en: 'The derivative of softplus(a) = ln(1 + eᵃ) is σ(a).',
			ko: 'softplus(a) = ln(1 + eᵃ)의 도함수는 σ(a)입니다.'
		},
		names: (n) => `σ(${name(n, 0)})`,
		numbers: (n) => `σ(${num(value(n, 0))})`
	},
	leakyRelu: {
		rule: {
			en: "LeakyReLU's local derivative is 1 for a positive input and 0.01 otherwise.",
			ko: 'LeakyReLU의 국소 미분은 입력이 양수면 1, 아니면 0.01입니다.'
		},
		when: (n) => `${name(n, 0)} = ${num(value(n, 0))}`
	},
	elu: {
		rule: {
			en: "ELU's local derivative is 1 for a positive input and ELU(a) + 1 = eᵃ otherwise.",
			ko: 'ELU의 국소 미분은 입력이 양수면 1, 아니면 ELU(a) + 1 = eᵃ입니다.'
		},
		when: (n) => `${name(n, 0)} = ${num(value(n, 0))}`
	}
};

function say(op: string): LocalSay {
	const s = SAY[op];
	if (s === undefined) throw new Error(`No words for the local derivative of op "${op}"`);
	return s;
}

/** The local-derivative rule of an op node, without numbers. */
export const localRule = (node: GraphNode): Text => say(node.op).rule;

/** "∂f/∂q = z = −4": the derivative with names, numbers and its value (the value from the engine). */
export function localCalc(node: GraphNode, i: number): string {
	const s = say(node.op);
	const parts = [`∂${nameOf(node)}/∂${name(node, i)}`];
	const result = num(node.local[i]);
	for (const part of [s.names?.(node, i), s.numbers?.(node, i)])
		if (part !== undefined && part !== parts[parts.length - 1] && part !== result) parts.push(part);
	parts.push(result);
	const when = s.when?.(node);
	return parts.join(' = ') + (when === undefined ? '' : ` (${when})`);
}
