// Optimizer steps by hand (C17, C18): momentum, Nesterov, Adagrad, RMSprop and Adam on a given
// gradient, with PyTorch's conventions. The key is the optimizers module's own step: each form
// runs the Descent model on L(x) = g·x, whose gradient is g everywhere.
import type { FormContext } from '../build';
import { defineGenerator, numeric, order, tex, text, whichIsTrue } from '../build';
import { int, pick } from '../../random';
import type { OptimizerSettings } from '../../../optimizers';
import { pointAfter } from './engine-run';

/** x after `steps` steps of `settings` on L(x) = g·x from x0. */
const stepOnSlope = (g: number, x0: number, settings: OptimizerSettings, steps: number) =>
	pointAfter(`${g} * x`, { x: x0 }, settings, steps).x;

function slopeSetup(ctx: FormContext, gradients: readonly number[]) {
	const g = pick(ctx.r, gradients) * pick(ctx.r, [-1, 1]);
	const x0 = int(ctx.r, -3, 3);
	return { g, x0 };
}

const slopeText = (g: number, x0: number) => ({
	en: `the gradient is $g = ${tex(g)}$ at every step (for instance $L(x) = ${tex(g)}x$) and $x_0 = ${x0}$`,
	ko: `매 걸음 기울기가 $g = ${tex(g)}$이고(예: $L(x) = ${tex(g)}x$) $x_0 = ${x0}$`
});

function momentum(ctx: FormContext) {
	const { g, x0 } = slopeSetup(ctx, [1, 2, 4, 5]);
	const lr = pick(ctx.r, [0.1, 0.01]);
	const mu = pick(ctx.r, [0.5, 0.9]);
	const x2 = stepOnSlope(g, x0, { name: 'momentum', lr, momentum: mu }, 2);
	const s = slopeText(g, x0);
	return numeric(ctx, {
		prompt: text(
			`SGD with momentum $\\mu = ${mu}$, $\\eta = ${lr}$: ${s.en}. What is $x_2$?`,
			`모멘텀 $\\mu = ${mu}$, $\\eta = ${lr}$인 SGD: ${s.ko}입니다. $x_2$는?`
		),
		promptTex: `v_t = \\mu v_{t-1} + g_t,\\quad x_t = x_{t-1} - \\eta v_t,\\quad v_0 = 0`,
		explanation: text(
			`Step 1: $v_1 = g = ${tex(g)}$. Step 2: $v_2 = ${mu} \\cdot ${tex(g)} + ${tex(g)} = ${tex((1 + mu) * g)}$: the velocity builds up while the slope keeps its sign.`,
			`1걸음: $v_1 = g = ${tex(g)}$. 2걸음: $v_2 = ${mu} \\cdot ${tex(g)} + ${tex(g)} = ${tex((1 + mu) * g)}$. 기울기의 부호가 같으면 속도가 쌓입니다.`
		),
		explanationTex: `x_2 = x_0 - \\eta v_1 - \\eta v_2 = ${x0} - ${lr}(${tex(g)}) - ${lr}(${tex((1 + mu) * g)}) = ${tex(x2)}`,
		params: { g, x0, lr, mu },
		answer: x2
	});
}

function nesterov(ctx: FormContext) {
	const { g, x0 } = slopeSetup(ctx, [1, 2, 3, 5]);
	const lr = pick(ctx.r, [0.1, 0.2]);
	const mu = pick(ctx.r, [0.5, 0.9]);
	const x1 = stepOnSlope(g, x0, { name: 'nesterov', lr, momentum: mu }, 1);
	const s = slopeText(g, x0);
	return numeric(ctx, {
		prompt: text(
			`Nesterov momentum as PyTorch writes it, $\\mu = ${mu}$, $\\eta = ${lr}$: ${s.en}. What is $x_1$?`,
			`PyTorch 방식의 네스테로프 모멘텀, $\\mu = ${mu}$, $\\eta = ${lr}$: ${s.ko}입니다. $x_1$은?`
		),
		promptTex: `v_t = \\mu v_{t-1} + g_t,\\quad x_t = x_{t-1} - \\eta\\,(g_t + \\mu v_t),\\quad v_0 = 0`,
		explanation: text(
			`$v_1 = g = ${tex(g)}$, and the step looks ahead along it: $g + \\mu v_1 = ${tex((1 + mu) * g)}$.`,
			`$v_1 = g = ${tex(g)}$이고, 걸음은 그 방향으로 미리 내다봅니다: $g + \\mu v_1 = ${tex((1 + mu) * g)}$.`
		),
		explanationTex: `x_1 = ${x0} - ${lr} \\cdot ${tex((1 + mu) * g)} = ${tex(x1)}`,
		params: { g, x0, lr, mu },
		answer: x1
	});
}

function adagrad(ctx: FormContext) {
	const { g, x0 } = slopeSetup(ctx, [0.5, 2, 3, 10]);
	const lr = pick(ctx.r, [0.1, 0.5, 1]);
	const x2 = stepOnSlope(g, x0, { name: 'adagrad', lr }, 2);
	const s = slopeText(g, x0);
	return numeric(ctx, {
		prompt: text(
			`Adagrad with $\\eta = ${lr}$: ${s.en}. What is $x_2$? (ε is negligible)`,
			`$\\eta = ${lr}$인 Adagrad: ${s.ko}입니다. $x_2$는? (ε는 무시)`
		),
		promptTex: `s_t = s_{t-1} + g_t^2,\\quad x_t = x_{t-1} - \\frac{\\eta\\,g_t}{\\sqrt{s_t} + \\varepsilon}`,
		explanation: text(
			`$s_1 = g^2$, so the first step is $\\eta$ against the sign of $g$; $s_2 = 2g^2$, so the second is $\\eta/\\sqrt2$. The size of $g$ cancels, and the steps keep shrinking as squares pile up.`,
			`$s_1 = g^2$이므로 첫 걸음은 $g$의 부호 반대로 $\\eta$만큼, $s_2 = 2g^2$이므로 두 번째는 $\\eta/\\sqrt2$입니다. $g$의 크기는 약분되고, 제곱이 쌓일수록 걸음이 계속 줄어듭니다.`
		),
		explanationTex: `x_2 = ${x0} - ${lr}\\,\\operatorname{sign}(g)\\left(1 + \\tfrac{1}{\\sqrt2}\\right) = ${tex(x2)}`,
		params: { g, x0, lr },
		answer: x2
	});
}

function rmsprop(ctx: FormContext) {
	const { g, x0 } = slopeSetup(ctx, [0.1, 1, 4]);
	const lr = pick(ctx.r, [0.01, 0.001]);
	const alpha = pick(ctx.r, [0.99, 0.9]);
	const x1 = stepOnSlope(g, x0, { name: 'rmsprop', lr, alpha }, 1);
	const s = slopeText(g, x0);
	return numeric(ctx, {
		prompt: text(
			`RMSprop with $\\eta = ${lr}$ and $\\alpha = ${alpha}$: ${s.en}. What is $x_1$? (ε is negligible)`,
			`$\\eta = ${lr}$, $\\alpha = ${alpha}$인 RMSprop: ${s.ko}입니다. $x_1$은? (ε는 무시)`
		),
		promptTex: `s_t = \\alpha s_{t-1} + (1 - \\alpha) g_t^2,\\quad x_t = x_{t-1} - \\frac{\\eta\\,g_t}{\\sqrt{s_t} + \\varepsilon},\\quad s_0 = 0`,
		explanation: text(
			`$s_1 = (1 - \\alpha) g^2$, so $\\sqrt{s_1} = \\sqrt{${tex(1 - alpha)}}\\,|g|$ and the first step is $\\eta/\\sqrt{1-\\alpha} = ${tex(lr / Math.sqrt(1 - alpha))}$: much larger than $\\eta$, because the average of squares starts at 0 and PyTorch's RMSprop does not correct that bias.`,
			`$s_1 = (1 - \\alpha) g^2$이므로 $\\sqrt{s_1} = \\sqrt{${tex(1 - alpha)}}\\,|g|$이고 첫 걸음은 $\\eta/\\sqrt{1-\\alpha} = ${tex(lr / Math.sqrt(1 - alpha))}$입니다. 제곱 평균이 0에서 시작하는데 PyTorch의 RMSprop은 이 편향을 보정하지 않으므로 $\\eta$보다 훨씬 큽니다.`
		),
		explanationTex: `x_1 = x_0 - \\frac{\\eta\\,\\operatorname{sign}(g)}{\\sqrt{1 - \\alpha}} = ${tex(x1)}`,
		params: { g, x0, lr, alpha },
		answer: x1
	});
}

function adamFirst(ctx: FormContext) {
	const { g, x0 } = slopeSetup(ctx, [0.001, 0.05, 3, 200]);
	const lr = pick(ctx.r, [0.1, 0.01, 0.5]);
	const x1 = stepOnSlope(g, x0, { name: 'adam', lr }, 1);
	const s = slopeText(g, x0);
	return numeric(ctx, {
		prompt: text(
			`Adam with $\\eta = ${lr}$, $\\beta_1 = 0.9$, $\\beta_2 = 0.999$: ${s.en}. What is $x_1$?`,
			`$\\eta = ${lr}$, $\\beta_1 = 0.9$, $\\beta_2 = 0.999$인 Adam: ${s.ko}입니다. $x_1$은?`
		),
		promptTex: `\\hat m_t = \\frac{m_t}{1 - \\beta_1^t},\\quad \\hat v_t = \\frac{v_t}{1 - \\beta_2^t},\\quad x_t = x_{t-1} - \\frac{\\eta\\,\\hat m_t}{\\sqrt{\\hat v_t} + \\varepsilon}`,
		explanation: text(
			`After bias correction $\\hat m_1 = g$ and $\\hat v_1 = g^2$, so the first step is $\\eta\\,g/|g|$: about $\\eta$ whatever the size of $g$ (here $${tex(g)}$).`,
			`편향 보정 뒤 $\\hat m_1 = g$, $\\hat v_1 = g^2$이므로 첫 걸음은 $\\eta\\,g/|g|$, 즉 $g$의 크기(여기서는 $${tex(g)}$)와 상관없이 약 $\\eta$입니다.`
		),
		explanationTex: `x_1 = x_0 - \\eta\\,\\frac{g}{|g|} = ${x0} - ${lr} \\cdot ${g > 0 ? 1 : -1} = ${tex(x1)}`,
		params: { g, x0, lr },
		answer: x1
	});
}

const RULES: readonly { id: string; label: string; settings: (lr: number) => OptimizerSettings }[] =
	[
		{ id: 'gd', label: 'SGD', settings: (lr) => ({ name: 'gd', lr }) },
		{ id: 'nesterov', label: 'Nesterov (μ = 0.9)', settings: (lr) => ({ name: 'nesterov', lr }) },
		{ id: 'adam', label: 'Adam', settings: (lr) => ({ name: 'adam', lr }) },
		{ id: 'rmsprop', label: 'RMSprop (α = 0.99)', settings: (lr) => ({ name: 'rmsprop', lr }) }
	];

function orderFirstStep(ctx: FormContext) {
	const g = pick(ctx.r, [0.02, 0.05, 0.5, 2, 5]);
	const lr = 0.1;
	const sizes = new Map(
		RULES.map((rule) => [rule.id, Math.abs(stepOnSlope(g, 0, rule.settings(lr), 1))])
	);
	const sorted = [...RULES].sort((a, b) => sizes.get(b.id)! - sizes.get(a.id)!);
	return order(ctx, {
		prompt: text(
			`All with $\\eta = ${lr}$ and a gradient of $g = ${g}$: order these optimizers by the size of their first step, largest first.`,
			`모두 $\\eta = ${lr}$이고 기울기가 $g = ${g}$일 때, 첫 걸음이 큰 옵티마이저부터 순서대로 놓으세요.`
		),
		explanation: text(
			`SGD steps $\\eta|g|$, Nesterov $(1 + \\mu)\\eta|g|$; Adam steps about $\\eta$ and RMSprop $\\eta/\\sqrt{1 - \\alpha} = 10\\eta$ whatever $g$ is. So a small gradient favours the adaptive methods, a large one the plain ones.`,
			`SGD는 $\\eta|g|$, 네스테로프는 $(1 + \\mu)\\eta|g|$만큼 가고, Adam은 약 $\\eta$, RMSprop은 $g$와 상관없이 $\\eta/\\sqrt{1 - \\alpha} = 10\\eta$만큼 갑니다. 기울기가 작으면 적응형 방법이, 크면 기본 방법이 더 멀리 갑니다.`
		),
		explanationTex: sorted
			.map((rule) => `\\text{${rule.id}}: ${tex(sizes.get(rule.id)!)}`)
			.join(',\\; '),
		params: { g, lr },
		items: sorted.map((rule) => ({ id: rule.id, text: text(rule.label, rule.label) }))
	});
}

export const OPTIMIZER_STATEMENTS = {
	truths: [
		{
			id: 'local',
			text: text(
				'On a non-convex loss, gradient descent can settle in a local minimum: where it ends depends on where it starts.',
				'볼록하지 않은 손실에서는 경사하강법이 지역 최솟값에 머물 수 있다. 어디에 도착할지는 출발점에 달려 있다.'
			)
		},
		{
			id: 'momentum-bump',
			text: text(
				'Momentum can carry a run over a small bump that would stop plain gradient descent.',
				'모멘텀은 일반 경사하강법이라면 멈췄을 작은 언덕을 넘게 해 줄 수 있다.'
			)
		},
		{
			id: 'adam-then-sgd',
			text: text(
				'Starting with Adam and switching to SGD later combines fast early progress with careful settling.',
				'처음에는 Adam으로 빠르게 가다가 나중에 SGD로 바꾸면 빠른 초반 진행과 꼼꼼한 마무리를 함께 얻을 수 있다.'
			)
		}
	],
	falsehoods: [
		{
			id: 'always-global',
			text: text(
				'Run long enough, gradient descent always reaches the global minimum.',
				'충분히 오래 돌리면 경사하강법은 항상 전역 최솟값에 도달한다.'
			)
		},
		{
			id: 'adam-global',
			text: text(
				'Adam is guaranteed to find the global minimum of any loss.',
				'Adam은 어떤 손실이든 전역 최솟값을 반드시 찾는다.'
			)
		},
		{
			id: 'adam-scale',
			text: text(
				"Adam's first step is proportional to the size of the gradient, like SGD's.",
				'Adam의 첫 걸음은 SGD처럼 기울기 크기에 비례한다.'
			)
		},
		{
			id: 'zero-gradient-global',
			text: text(
				'Where the gradient is zero, the loss is at its lowest possible value.',
				'기울기가 0인 곳에서는 손실이 가능한 가장 낮은 값이다.'
			)
		}
	]
};

function whichTrue(ctx: FormContext) {
	return whichIsTrue(ctx, {
		prompt: text(
			'Which statement about optimizers is true?',
			'옵티마이저에 관한 설명 중 옳은 것은?'
		),
		...OPTIMIZER_STATEMENTS,
		extra: text(
			'A zero gradient only says the ground is flat: a minimum, a maximum, a saddle, or a local dip.',
			'기울기가 0이라는 것은 땅이 평평하다는 뜻일 뿐입니다. 최솟값, 최댓값, 안장점, 지역 웅덩이일 수 있습니다.'
		)
	});
}

export const optimizers = defineGenerator('optimizers', 'optimizers', {
	momentum,
	nesterov,
	adagrad,
	rmsprop,
	'adam-first': adamFirst,
	'order-first-step': orderFirstStep,
	'which-true': whichTrue
});
