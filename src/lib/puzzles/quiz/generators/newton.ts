// Newton's method (C21): the recurrence written the right way round, the steps of one iteration,
// and pure Newton on Rosenbrock, where the loss rises before it falls (it is not a descent method).
import { pick } from '../../random';
import {
	choice,
	form,
	generator,
	isReference,
	num,
	order,
	plainTex,
	t,
	tex,
	vecTex
} from './b-kit';
import { newtonStep, quadratic, step1d, step2d } from './newton-step';

type Framing = 'root' | 'min';

const VARIABLES = ['x', 'w', '\\theta'] as const;

const recurrence = form(
	(r) => ({ framing: pick<Framing>(r, ['root', 'min']), v: pick(r, VARIABLES) }),
	(ctx, { framing, v }) => {
		const [f, f1] = framing === 'root' ? ['f', "f'"] : ["g'", "g''"];
		const at = `(${v}_k)`;
		const rule = (key: string, lhs: string, rhs: string) => ({
			key,
			text: t(plainTex(`${lhs} = ${rhs}`), plainTex(`${lhs} = ${rhs}`)),
			tex: `${lhs} = ${rhs}`
		});
		const next = `${v}_{k+1}`;
		const now = `${v}_k`;
		const options = [
			rule('minus', next, `${now} - \\frac{${f}${at}}{${f1}${at}}`),
			rule('swapped', now, `${next} - \\frac{${f}${at}}{${f1}${at}}`),
			rule('plus', next, `${now} + \\frac{${f}${at}}{${f1}${at}}`),
			framing === 'root'
				? rule('flipped', next, `${now} - \\frac{${f1}${at}}{${f}${at}}`)
				: rule('root-of-g', next, `${now} - \\frac{g${at}}{g'${at}}`)
		];
		const words = {
			prompt:
				framing === 'root'
					? t(
							`Which is the Newton recurrence for finding a zero of $f$?`,
							`$f$의 영점을 찾는 뉴턴 방법의 점화식은 어느 것입니까?`
						)
					: t(
							`Which is the Newton recurrence for minimising a loss $g$ (finding a zero of $g'$)?`,
							`손실 $g$를 최소화하는(즉 $g'$의 영점을 찾는) 뉴턴 방법의 점화식은 어느 것입니까?`
						),
			explanation: t(
				`Newton's method replaces ${f} by its tangent line at the current point and jumps to where that line crosses zero: the next point is the current one minus value over slope. Writing the new point on the right (as one of the study notes does) gets the recurrence backwards.${framing === 'min' ? " For a minimum the zero sought is that of g', so g'' plays the slope; x − g/g' would look for g = 0 instead." : ''}`,
				`뉴턴 방법은 ${f}의 그래프를 현재 점의 접선으로 바꾸고, 그 접선이 0이 되는 곳으로 이동합니다. 다음 점은 현재 점에서 (값 ÷ 기울기)를 뺀 것입니다. 새 점을 오른쪽에 쓰면(학습 노트 하나가 그렇게 썼듯이) 점화식이 거꾸로 됩니다.${framing === 'min' ? " 최솟값을 찾을 때는 g'의 영점을 찾으므로 g''이 기울기 역할을 합니다. x − g/g'은 g = 0인 점을 찾게 됩니다." : ''}`
			),
			explanationTex: `${next} = ${now} - \\frac{${f}${at}}{${f1}${at}}`
		};
		return choice(ctx, words, options, 'minus');
	}
);

const STEPS = [
	t('Choose a starting point x₀.', '시작점 x₀을 정합니다.'),
	t(
		'Compute the gradient ∇f and the Hessian H at the current point.',
		'현재 점에서 기울기 ∇f와 헤세 행렬 H를 계산합니다.'
	),
	t('Solve H·Δ = −∇f for the step Δ.', 'H·Δ = −∇f를 풀어 걸음 Δ를 구합니다.'),
	t('Move: xₖ₊₁ = xₖ + Δ.', '이동합니다: xₖ₊₁ = xₖ + Δ.'),
	t(
		'Stop if ∇f is (almost) zero; otherwise repeat from the gradient and Hessian.',
		'∇f가 (거의) 0이면 멈추고, 아니면 기울기와 헤세 행렬 계산부터 반복합니다.'
	)
];

const STEP_KEYS = ['start', 'derivatives', 'solve', 'move', 'stop'];

const orderSteps = form(
	() => null,
	(ctx) =>
		order(
			ctx,
			{
				prompt: t(
					"Put the steps of Newton's method for minimising f(x, y) in order.",
					'f(x, y)를 최소화하는 뉴턴 방법의 단계를 순서대로 나열하세요.'
				),
				explanation: t(
					'Each iteration fits a quadratic model from the gradient and Hessian at the current point, jumps to that model’s stationary point by solving a linear system (never by inverting H explicitly), then checks whether the gradient has vanished.',
					'매 반복은 현재 점의 기울기와 헤세 행렬로 이차 모델을 세우고, 선형 방정식을 풀어(H의 역행렬을 직접 구하지 않고) 그 모델의 정류점으로 이동한 뒤, 기울기가 사라졌는지 확인합니다.'
				),
				explanationTex:
					'H(\\mathbf{x}_k)\\,\\Delta = -\\nabla f(\\mathbf{x}_k),\\quad \\mathbf{x}_{k+1} = \\mathbf{x}_k + \\Delta'
			},
			STEPS.map((text, i) => ({ key: STEP_KEYS[i], text }))
		)
);

const ROSENBROCK = '(1 - x)^2 + 100*(y - x^2)^2';
export const ROSENBROCK_STARTS: readonly (readonly [number, number])[] = [
	[-1.2, 1],
	[-1.5, 2],
	[-0.5, 0.5],
	[-1, -1],
	[0, 1],
	[-2, 2],
	[1.5, 1.5],
	[-1, 2]
];

/** The losses of pure Newton (engine gradient and Hessian) from `start`: f(x₀), f(x₁) … */
export function rosenbrockLosses(start: readonly number[], steps: number): number[] {
	let at = { x: start[0], y: start[1] };
	const loss = (p: { x: number; y: number }) => (1 - p.x) ** 2 + 100 * (p.y - p.x ** 2) ** 2;
	const out = [loss(at)];
	for (let k = 0; k < steps; k++) {
		const [x, y] = newtonStep(ROSENBROCK, at).next;
		at = { x, y };
		out.push(loss(at));
	}
	return out;
}

const notMonotone = form(
	(r, seed) => (isReference(seed) ? ROSENBROCK_STARTS[0] : pick(r, ROSENBROCK_STARTS)),
	(ctx, start) => {
		const losses = rosenbrockLosses(start, 6);
		const list = losses.map((v) => (v < 1e-4 ? '< 0.0001' : num(v, 4))).join(' → ');
		const rise = losses.findIndex((v, i) => i > 0 && v > losses[i - 1]);
		const options = [
			{
				key: 'model-jump',
				text: t(
					"Newton's method need not lower the loss at every step: it jumps to the stationary point of a local quadratic model, which can be higher.",
					'뉴턴 방법은 매 걸음 손실을 낮춘다는 보장이 없습니다. 국소 이차 모델의 정류점으로 뛰는데, 그 점이 더 높을 수 있습니다.'
				)
			},
			{
				key: 'bug',
				text: t(
					'The code has a bug: a correct Newton step always lowers the loss.',
					'코드에 버그가 있습니다. 올바른 뉴턴 걸음은 항상 손실을 낮춥니다.'
				)
			},
			{
				key: 'learning-rate',
				text: t(
					'The learning rate is too large; halving it fixes the rise.',
					'학습률이 너무 큽니다. 절반으로 줄이면 손실이 오르지 않습니다.'
				)
			},
			{
				key: 'diverges',
				text: t(
					'Newton has diverged and will never reach the minimum.',
					'뉴턴 방법이 발산했으며 최솟값에 도달하지 못합니다.'
				)
			}
		];
		const words = {
			prompt: t(
				`Pure Newton's method on the Rosenbrock function from $${vecTex(start)}$ gives these losses: ${list}. What does this show?`,
				`로젠브록 함수에서 $${vecTex(start)}$부터 순수 뉴턴 방법을 쓰면 손실이 ${list}처럼 변합니다. 이것이 보여 주는 것은 무엇입니까?`
			),
			promptTex: `f(x, y) = (1 - x)^2 + 100(y - x^2)^2`,
			explanation: t(
				`The loss rises at step ${rise} and still reaches the minimum (1, 1) soon after. Pure Newton has no learning rate: each step goes to where the quadratic model's gradient is zero, and on a curved valley that point can lie higher than where it started. Newton is fast near a minimum, not a descent method everywhere.`,
				`손실은 ${rise}번째 걸음에서 올랐지만 곧 최솟값 (1, 1)에 도달합니다. 순수 뉴턴 방법에는 학습률이 없습니다. 매 걸음 이차 모델의 기울기가 0인 곳으로 가는데, 휘어진 골짜기에서는 그 점이 출발점보다 높을 수 있습니다. 뉴턴 방법은 최솟값 근처에서 빠를 뿐, 어디서나 내려가는 방법은 아닙니다.`
			),
			explanationTex: `\\mathbf{x}_{k+1} = \\mathbf{x}_k - H^{-1}\\nabla f(\\mathbf{x}_k),\\quad f(\\mathbf{x}_${rise}) = ${tex(losses[rise], 4)} > f(\\mathbf{x}_${rise - 1}) = ${tex(losses[rise - 1], 4)}`
		};
		return choice(ctx, words, options, 'model-jump');
	}
);

export const newtonForms = {
	'step-1d': step1d,
	'step-2d': step2d,
	quadratic,
	recurrence,
	'order-steps': orderSteps,
	'not-monotone': notMonotone
};

export const newton = generator('newton', 'newton', newtonForms);
