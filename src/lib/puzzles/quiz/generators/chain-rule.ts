// Chain-rule questions (C7–C10): downstream = upstream × local, and the gate patterns (add
// distributes, mul swaps, max routes, copy adds). Every gradient is the engine's reverse mode on
// the formula; every fourth seed uses CURRICULUM's reference circuits and neuron.
import type { FormContext } from '../build';
import { choice, defineGenerator, numeric, order, tex, text } from '../build';
import { int, nonZeroInt, pick } from '../../random';
import { gradientOf, valueOf } from './engine-run';

const isReference = (ctx: FormContext) => ctx.seed % 4 === 0;
const par = (v: number) => (v < 0 ? `(${v})` : `${v}`);

function circuit(ctx: FormContext) {
	const { r } = ctx;
	const at = isReference(ctx)
		? { x: -2, y: 5, z: -4 }
		: { x: nonZeroInt(r, -5, 5), y: nonZeroInt(r, -5, 5), z: nonZeroInt(r, -5, 5) };
	const wrt = pick(r, ['x', 'y', 'z'] as const);
	const grad = gradientOf('(x + y) * z', at)[wrt];
	const q = at.x + at.y;
	return numeric(ctx, {
		prompt: text(
			`For $f = (x + y)\\,z$ at $x = ${at.x}$, $y = ${at.y}$, $z = ${at.z}$, what is $\\partial f/\\partial ${wrt}$?`,
			`$f = (x + y)\\,z$에서 $x = ${at.x}$, $y = ${at.y}$, $z = ${at.z}$일 때 $\\partial f/\\partial ${wrt}$는?`
		),
		promptTex: `q = x + y,\\quad f = q\\,z`,
		explanation: text(
			wrt === 'z'
				? `The mul gate sends $z$ the other input, $q = ${q}$.`
				: `The mul gate sends $q$ the other input, $\\partial f/\\partial q = z = ${at.z}$; the add gate copies it unchanged to $x$ and $y$.`,
			wrt === 'z'
				? `곱셈 노드는 $z$에게 다른 입력 $q = ${q}$를 보냅니다.`
				: `곱셈 노드는 $q$에게 다른 입력 $\\partial f/\\partial q = z = ${at.z}$를 보내고, 덧셈 노드는 이를 그대로 $x$와 $y$에 복사합니다.`
		),
		explanationTex:
			wrt === 'z'
				? `\\frac{\\partial f}{\\partial z} = q = ${q}`
				: `\\frac{\\partial f}{\\partial ${wrt}} = \\frac{\\partial f}{\\partial q}\\cdot\\frac{\\partial q}{\\partial ${wrt}} = ${par(at.z)} \\cdot 1 = ${tex(grad)}`,
		params: { ...at, wrt },
		answer: grad
	});
}

function mulGate(ctx: FormContext) {
	const { r } = ctx;
	const u = nonZeroInt(r, -4, 4);
	const a = nonZeroInt(r, -5, 5);
	const b = nonZeroInt(r, -5, 5);
	const grad = gradientOf(`${u} * (a * b)`, { a, b }).a;
	return numeric(ctx, {
		prompt: text(
			`A mul gate $q = a \\cdot b$ has inputs $a = ${a}$, $b = ${b}$ and receives the upstream gradient $\\partial L/\\partial q = ${u}$. What does it send to $a$?`,
			`곱셈 노드 $q = a \\cdot b$의 입력은 $a = ${a}$, $b = ${b}$이고 상류 기울기 $\\partial L/\\partial q = ${u}$를 받습니다. $a$에게 보내는 기울기는?`
		),
		explanation: text(
			`Downstream = upstream × local, and the local gradient of a product with respect to $a$ is the other input, $b$: the mul gate swaps its inputs.`,
			`하류 = 상류 × 국소이고, 곱의 $a$에 대한 국소 기울기는 다른 입력 $b$입니다. 곱셈 노드는 입력을 맞바꿔 보냅니다.`
		),
		explanationTex: `\\frac{\\partial L}{\\partial a} = \\frac{\\partial L}{\\partial q}\\cdot b = ${u} \\cdot ${par(b)} = ${tex(grad)}`,
		params: { u, a, b },
		answer: grad
	});
}

function maxGate(ctx: FormContext) {
	const { r } = ctx;
	const u = nonZeroInt(r, -4, 4);
	let a = int(r, -5, 5);
	const b = int(r, -5, 5);
	if (a === b) a += 1;
	const wrt = pick(r, ['a', 'b'] as const);
	const grad = gradientOf(`${u} * max(a, b)`, { a, b })[wrt];
	const winner = a > b ? 'a' : 'b';
	return numeric(ctx, {
		prompt: text(
			`A max gate $m = \\max(a, b)$ has $a = ${a}$, $b = ${b}$ and receives $\\partial L/\\partial m = ${u}$. What does it send to $${wrt}$?`,
			`max 노드 $m = \\max(a, b)$에서 $a = ${a}$, $b = ${b}$이고 $\\partial L/\\partial m = ${u}$를 받습니다. $${wrt}$에게 보내는 기울기는?`
		),
		explanation: text(
			`The max gate routes the whole upstream gradient to the larger input ($${winner}$) and 0 to the other, since only the winner affects the output.`,
			`max 노드는 상류 기울기 전부를 큰 입력($${winner}$)에게 보내고 다른 입력에는 0을 보냅니다. 출력에 영향을 주는 것은 이긴 쪽뿐이기 때문입니다.`
		),
		explanationTex: `\\frac{\\partial L}{\\partial ${wrt}} = \\frac{\\partial L}{\\partial m}\\,[${wrt} = \\max(a, b)] = ${tex(grad)}`,
		params: { u, a, b, wrt },
		answer: grad
	});
}

function fanout(ctx: FormContext) {
	const { r } = ctx;
	const x = nonZeroInt(r, -4, 4);
	const y = nonZeroInt(r, -4, 4);
	const grad = gradientOf('(x + y) * x', { x, y }).x;
	return numeric(ctx, {
		prompt: text(
			`$x$ is used twice in $f = (x + y)\\,x$. At $x = ${x}$, $y = ${y}$, what is $\\partial f/\\partial x$?`,
			`$f = (x + y)\\,x$에서 $x$는 두 번 쓰입니다. $x = ${x}$, $y = ${y}$일 때 $\\partial f/\\partial x$는?`
		),
		explanation: text(
			`A value that fans out collects the gradients from every use: through the sum it gets $x = ${x}$, as the second factor it gets $x + y = ${x + y}$. Add them.`,
			`여러 곳으로 갈라진 값은 쓰인 모든 곳의 기울기를 모읍니다. 덧셈을 거쳐 $x = ${x}$를, 두 번째 인수로서 $x + y = ${x + y}$를 받으므로 더합니다.`
		),
		explanationTex: `\\frac{\\partial f}{\\partial x} = x + (x + y) = ${x} + ${par(x + y)} = ${tex(grad)}`,
		params: { x, y },
		answer: grad
	});
}

const NEURON = 'sigmoid(w0 * x0 + w1 * x1 + w2)';

function neuron(ctx: FormContext) {
	const { r } = ctx;
	const ref = isReference(ctx);
	const w = ref ? [2, -3, -3] : [nonZeroInt(r, -3, 3), nonZeroInt(r, -3, 3), int(r, -2, 2)];
	const x = ref ? [-1, -2] : [nonZeroInt(r, -2, 2), nonZeroInt(r, -2, 2)];
	const i = int(r, 0, 2);
	const at = { w0: w[0], w1: w[1], w2: w[2], x0: x[0], x1: x[1] };
	const f = valueOf(NEURON, at);
	const grad = gradientOf(NEURON, at)[`w${i}`];
	const input = i < 2 ? x[i] : 1;
	return numeric(ctx, {
		prompt: text(
			`A sigmoid neuron $f = \\sigma(w_0x_0 + w_1x_1 + w_2)$ has $w = (${w.join(', ')})$ and $x = (${x.join(', ')})$. What is $\\partial f/\\partial w_${i}$?`,
			`시그모이드 뉴런 $f = \\sigma(w_0x_0 + w_1x_1 + w_2)$에서 $w = (${w.join(', ')})$, $x = (${x.join(', ')})$입니다. $\\partial f/\\partial w_${i}$는?`
		),
		explanation: text(
			`Forward: $s = ${w[0] * x[0] + w[1] * x[1] + w[2]}$, $f = \\sigma(s) = ${tex(f, 7)}$. The sigmoid's local gradient is $f(1 - f) = ${tex(f * (1 - f), 7)}$; the add gate passes it on and the mul gate multiplies by ${i < 2 ? `$x_${i} = ${x[i]}$` : 'the bias input 1'}.`,
			`순전파: $s = ${w[0] * x[0] + w[1] * x[1] + w[2]}$, $f = \\sigma(s) = ${tex(f, 7)}$. 시그모이드의 국소 기울기는 $f(1 - f) = ${tex(f * (1 - f), 7)}$이고, 덧셈 노드가 이를 그대로 넘기며 곱셈 노드가 ${i < 2 ? `$x_${i} = ${x[i]}$` : '편향의 입력 1'}을 곱합니다.`
		),
		explanationTex: `\\frac{\\partial f}{\\partial w_${i}} = f(1 - f)\\cdot ${par(input)} = ${tex(grad, 7)}`,
		params: { w, x, i },
		answer: grad
	});
}

const PATTERNS = {
	add: text(
		'Passes the upstream gradient unchanged to every input',
		'상류 기울기를 모든 입력에 그대로 나눠 준다'
	),
	mul: text(
		'Sends each input the upstream gradient times the other input',
		'각 입력에 상류 기울기 × 다른 입력을 보낸다'
	),
	max: text(
		'Sends the whole gradient to the larger input and 0 to the rest',
		'큰 입력에 기울기 전부를, 나머지에는 0을 보낸다'
	),
	copy: text(
		'Adds up the gradients coming back from all its uses',
		'쓰인 모든 곳에서 돌아온 기울기를 더한다'
	)
};
type Gate = keyof typeof PATTERNS;
const GATE_NAME: Record<Gate, { en: string; ko: string }> = {
	add: text('an add gate (x + y)', '덧셈 노드(x + y)'),
	mul: text('a mul gate (x · y)', '곱셈 노드(x · y)'),
	max: text('a max gate (max(x, y))', 'max 노드(max(x, y))'),
	copy: text('a value used in two places (fan-out)', '두 곳에 쓰이는 값(분기)')
};

function gatePattern(ctx: FormContext) {
	const gate = pick(ctx.r, Object.keys(PATTERNS) as Gate[]);
	const item = (g: Gate) => ({ id: g, text: PATTERNS[g] });
	return choice(ctx, {
		prompt: text(
			`In the backward pass, what does ${GATE_NAME[gate].en} do with the gradient?`,
			`역전파에서 ${GATE_NAME[gate].ko}는 기울기를 어떻게 처리하나요?`
		),
		explanation: text(
			'Each pattern is upstream × local: the local gradient of a sum is 1, of a product the other factor, of a max 1 for the winner and 0 otherwise; a fanned-out value sums its gradients (multivariable chain rule).',
			'모든 패턴은 상류 × 국소입니다. 합의 국소 기울기는 1, 곱은 다른 인수, max는 이긴 쪽 1과 나머지 0이고, 갈라진 값은 기울기를 더합니다(다변수 연쇄 법칙).'
		),
		explanationTex: `\\frac{\\partial L}{\\partial x} = \\sum_{\\text{uses}} \\frac{\\partial L}{\\partial q}\\,\\frac{\\partial q}{\\partial x}`,
		params: { gate },
		correct: item(gate),
		wrong: (Object.keys(PATTERNS) as Gate[]).filter((g) => g !== gate).map(item)
	});
}

function orderIteration(ctx: FormContext) {
	const steps = [
		text('Draw a mini-batch of examples', '미니 배치를 뽑는다'),
		text(
			'Forward pass: compute and cache every node value',
			'순전파: 모든 노드 값을 계산해 저장한다'
		),
		text('Compute the loss of the batch', '배치의 손실을 계산한다'),
		text(
			'Backward pass: from ∂L/∂L = 1, apply the chain rule node by node',
			'역전파: ∂L/∂L = 1에서 시작해 노드마다 연쇄 법칙을 적용한다'
		),
		text('Update every weight: w ← w − η·∂L/∂w', '모든 가중치를 갱신한다: w ← w − η·∂L/∂w')
	];
	return order(ctx, {
		prompt: text(
			'Order the steps of one training iteration.',
			'학습 반복 한 번의 단계를 순서대로 놓으세요.'
		),
		explanation: text(
			'The backward pass needs the cached forward values (each local gradient is evaluated at them), and the update needs the finished gradient.',
			'역전파에는 순전파에서 저장한 값이 필요하고(국소 기울기를 그 값에서 계산하므로), 갱신에는 완성된 기울기가 필요합니다.'
		),
		explanationTex: `w \\leftarrow w - \\eta\\,\\frac{\\partial L}{\\partial w}`,
		items: steps.map((s, i) => ({ id: `s${i + 1}`, text: s }))
	});
}

export const chainRule = defineGenerator('chain-rule', 'chain-rule', {
	circuit,
	'mul-gate': mulGate,
	'max-gate': maxGate,
	fanout,
	neuron,
	'gate-pattern': gatePattern,
	'order-iteration': orderIteration
});
