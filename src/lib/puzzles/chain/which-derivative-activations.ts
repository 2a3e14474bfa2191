// "Which derivative?" forms for the activations of the op table: tanh, σ and softplus of kx (with
// the chain factor k), and the kinked ReLU, Leaky ReLU, ELU and |x|, whose derivative has one
// branch on each side of 0 (the point 0 itself is never asked).
import { ELU_ALPHA, LEAKY_SLOPE, sigmoid as sig, softplus } from '../../engine';
import { show } from '../numbers';
import {
	AT_ZERO,
	cases,
	factorTex as C,
	factorText as Ct,
	forgotChain,
	inner as U,
	ITSELF,
	K,
	option,
	SIGN,
	unary,
	type FormDef
} from './which-derivative-option';

const tanhT = (k: number) => `\\tanh\\left(${U(k)}\\right)`;
const sigT = (k: number) => `\\sigma\\left(${U(k)}\\right)`;

const tanh = unary(
	'tanh',
	K,
	(k) =>
		option(
			`${C(k)}\\left(1 - ${tanhT(k)}^2\\right)`,
			`${Ct(k)}(1 − tanh²(${U(k)}))`,
			(x) => k * (1 - Math.tanh(k * x) ** 2),
			{
				en: 'tanh′(u) = 1 − tanh²(u)',
				ko: 'tanh′(u) = 1 − tanh²(u)입니다'
			}
		),
	(k) => [
		option(
			`1 - ${tanhT(k)}^2`,
			`1 − tanh²(${U(k)})`,
			(x) => 1 - Math.tanh(k * x) ** 2,
			forgotChain(k)
		),
		option(
			`${C(k)}\\left(1 - ${tanhT(k)}\\right)`,
			`${Ct(k)}(1 − tanh(${U(k)}))`,
			(x) => k * (1 - Math.tanh(k * x)),
			{
				en: 'forgets to square tanh',
				ko: 'tanh를 제곱하지 않았습니다'
			}
		),
		option(
			`${C(k)}${tanhT(k)}\\left(1 - ${tanhT(k)}\\right)`,
			`${Ct(k)}tanh(${U(k)})(1 − tanh(${U(k)}))`,
			(x) => k * Math.tanh(k * x) * (1 - Math.tanh(k * x)),
			{
				en: 'borrows the sigmoid’s pattern σ(1 − σ)',
				ko: '시그모이드의 꼴 σ(1 − σ)를 빌려 왔습니다'
			}
		),
		option(
			`${C(k)}\\left(1 + ${tanhT(k)}^2\\right)`,
			`${Ct(k)}(1 + tanh²(${U(k)}))`,
			(x) => k * (1 + Math.tanh(k * x) ** 2),
			SIGN
		)
	]
);

const sigmoid = unary(
	'sigmoid',
	K,
	(k) =>
		option(
			`${C(k)}${sigT(k)}\\left(1 - ${sigT(k)}\\right)`,
			`${Ct(k)}σ(${U(k)})(1 − σ(${U(k)}))`,
			(x) => k * sig(k * x) * (1 - sig(k * x)),
			{
				en: 'σ′(u) = σ(u)(1 − σ(u))',
				ko: 'σ′(u) = σ(u)(1 − σ(u))입니다'
			}
		),
	(k) => [
		option(
			`${sigT(k)}\\left(1 - ${sigT(k)}\\right)`,
			`σ(${U(k)})(1 − σ(${U(k)}))`,
			(x) => sig(k * x) * (1 - sig(k * x)),
			forgotChain(k)
		),
		option(`${C(k)}${sigT(k)}`, `${Ct(k)}σ(${U(k)})`, (x) => k * sig(k * x), {
			en: 'uses σ where σ(1 − σ) belongs',
			ko: 'σ(1 − σ) 자리에 σ를 썼습니다'
		}),
		option(
			`${C(k)}\\left(1 - ${sigT(k)}^2\\right)`,
			`${Ct(k)}(1 − σ²(${U(k)}))`,
			(x) => k * (1 - sig(k * x) ** 2),
			{
				en: 'borrows tanh’s pattern 1 − tanh²',
				ko: 'tanh의 꼴 1 − tanh²를 빌려 왔습니다'
			}
		),
		option(
			`${C(k)}${sigT(k)}\\left(1 + ${sigT(k)}\\right)`,
			`${Ct(k)}σ(${U(k)})(1 + σ(${U(k)}))`,
			(x) => k * sig(k * x) * (1 + sig(k * x)),
			SIGN
		)
	]
);

const softplusForm = unary(
	'softplus',
	K,
	(k) =>
		option(`${C(k)}${sigT(k)}`, `${Ct(k)}σ(${U(k)})`, (x) => k * sig(k * x), {
			en: 'softplus(u) = ln(1 + eᵘ), whose slope eᵘ/(1 + eᵘ) is σ(u)',
			ko: 'softplus(u) = ln(1 + eᵘ)의 기울기 eᵘ/(1 + eᵘ)는 σ(u)입니다'
		}),
	(k) => [
		option(sigT(k), `σ(${U(k)})`, (x) => sig(k * x), forgotChain(k)),
		option(
			`${C(k)}${sigT(k)}\\left(1 - ${sigT(k)}\\right)`,
			`${Ct(k)}σ(${U(k)})(1 − σ(${U(k)}))`,
			(x) => k * sig(k * x) * (1 - sig(k * x)),
			{
				en: 'differentiates twice: σ(1 − σ) is the slope of σ',
				ko: '두 번 미분했습니다. σ(1 − σ)는 σ의 기울기입니다'
			}
		),
		option(`${C(k)}e^{${U(k)}}`, `${Ct(k)}e^(${U(k)})`, (x) => k * Math.exp(k * x), {
			en: 'forgets the logarithm’s 1/(1 + eᵘ)',
			ko: '로그에서 나오는 1/(1 + eᵘ)를 빠뜨렸습니다'
		}),
		option(
			`\\operatorname{softplus}\\left(${U(k)}\\right)`,
			`softplus(${U(k)})`,
			(x) => softplus(k * x),
			ITSELF
		)
	]
);

const step = (x: number, above: number, below: number) => (x > 0 ? above : below);
const leak = show(LEAKY_SLOPE);
const NOT_SLOPE = {
	en: 'is the function itself on each side, not its slope',
	ko: '각 구간의 기울기가 아니라 함수 자체입니다'
};
const SWAPPED = { en: 'swaps the two sides of the kink', ko: '꺾이는 점의 양쪽을 바꿨습니다' };

/** A kinked op at x (no inner scale), its branches given per side of 0. */
const kinked = (op: FormDef['op'], right: FormDef['right'], wrong: FormDef['wrong']) =>
	unary(op, [1], right, wrong);

const relu = kinked(
	'relu',
	() =>
		cases('1', '0', ...AT_ZERO, (x) => step(x, 1, 0), {
			en: 'ReLU passes the gradient where x > 0 and blocks it where x < 0',
			ko: 'ReLU는 x > 0에서 기울기를 통과시키고 x < 0에서 막습니다'
		}),
	() => [
		cases('0', '1', ...AT_ZERO, (x) => step(x, 0, 1), SWAPPED),
		cases('x', '0', ...AT_ZERO, (x) => step(x, x, 0), NOT_SLOPE),
		option('1', '1', () => 1, {
			en: 'forgets the flat half where x < 0',
			ko: 'x < 0인 평평한 쪽을 잊었습니다'
		}),
		cases('1', leak, ...AT_ZERO, (x) => step(x, 1, LEAKY_SLOPE), {
			en: 'is Leaky ReLU’s slope, not ReLU’s',
			ko: 'ReLU가 아니라 Leaky ReLU의 기울기입니다'
		})
	]
);

const leakyRelu = kinked(
	'leakyRelu',
	() =>
		cases('1', leak, ...AT_ZERO, (x) => step(x, 1, LEAKY_SLOPE), {
			en: `Leaky ReLU keeps a small slope ${leak} where x < 0, so the gradient never stops completely`,
			ko: `Leaky ReLU는 x < 0에서도 작은 기울기 ${leak}를 남겨 기울기가 완전히 끊기지 않습니다`
		}),
	() => [
		cases('1', '0', ...AT_ZERO, (x) => step(x, 1, 0), {
			en: 'is plain ReLU’s slope',
			ko: '보통 ReLU의 기울기입니다'
		}),
		cases(leak, '1', ...AT_ZERO, (x) => step(x, LEAKY_SLOPE, 1), SWAPPED),
		cases('x', `${leak}x`, ...AT_ZERO, (x) => step(x, x, LEAKY_SLOPE * x), NOT_SLOPE)
	]
);

const elu = kinked(
	'elu',
	() =>
		cases('1', 'e^{x}', ...AT_ZERO, (x) => step(x, 1, ELU_ALPHA * Math.exp(x)), {
			en: 'ELU is x where x > 0 and eˣ − 1 where x < 0, whose slope is eˣ',
			ko: 'ELU는 x > 0에서 x, x < 0에서 eˣ − 1이고, 그 기울기는 eˣ입니다'
		}),
	() => [
		cases('1', 'e^{x} - 1', ...AT_ZERO, (x) => step(x, 1, Math.expm1(x)), {
			en: 'keeps ELU’s own value eˣ − 1 on the negative side',
			ko: '음수 쪽에 ELU의 값 eˣ − 1을 그대로 두었습니다'
		}),
		cases('1', '0', ...AT_ZERO, (x) => step(x, 1, 0), {
			en: 'is ReLU’s slope',
			ko: 'ReLU의 기울기입니다'
		}),
		cases('e^{x}', '1', ...AT_ZERO, (x) => step(x, Math.exp(x), 1), SWAPPED)
	]
);

const abs = kinked(
	'abs',
	() =>
		cases('1', '-1', ...AT_ZERO, (x) => Math.sign(x), {
			en: '|x| falls with slope −1 left of 0 and rises with slope 1 right of it',
			ko: '|x|는 0의 왼쪽에서 기울기 −1로 내려가고 오른쪽에서 기울기 1로 올라갑니다'
		}),
	() => [
		option('1', '1', () => 1, {
			en: 'forgets that |x| falls where x < 0',
			ko: 'x < 0에서 |x|가 내려간다는 것을 잊었습니다'
		}),
		cases('-1', '1', ...AT_ZERO, (x) => -Math.sign(x), SWAPPED),
		cases('1', '0', ...AT_ZERO, (x) => step(x, 1, 0), {
			en: 'is ReLU’s slope',
			ko: 'ReLU의 기울기입니다'
		}),
		option('\\left|x\\right|', '|x|', (x) => Math.abs(x), ITSELF)
	]
);

export const ACTIVATIONS: readonly FormDef[] = [
	tanh,
	sigmoid,
	softplusForm,
	relu,
	leakyRelu,
	elu,
	abs
];
