// "Which derivative?" forms for the elementary functions of the op table: op(kx) for exp, ln, √,
// sin and cos, the chain factor k in front. Each right derivative is the op's rule (ops.ts) times
// k; the distractors are common slips.
import {
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

const exp = unary(
	'exp',
	K,
	(k) =>
		option(`${C(k)}e^{${U(k)}}`, `${Ct(k)}e^(${U(k)})`, (x) => k * Math.exp(k * x), {
			en: 'eᵘ is its own slope',
			ko: 'eᵘ는 자기 자신이 기울기입니다'
		}),
	(k) => [
		option(`e^{${U(k)}}`, `e^(${U(k)})`, (x) => Math.exp(k * x), forgotChain(k)),
		option(`\\frac{e^{${U(k)}}}{${k}}`, `e^(${U(k)}) / ${k}`, (x) => Math.exp(k * x) / k, {
			en: `divides by ${k}: that undoes a derivative (an antiderivative)`,
			ko: `${k}분의 1을 곱했습니다. 그것은 미분이 아니라 적분(역도함수)입니다`
		}),
		option(
			`${U(k)}\\,e^{${U(k)} - 1}`,
			`${U(k)}·e^(${U(k)} − 1)`,
			(x) => k * x * Math.exp(k * x - 1),
			{
				en: 'uses the power rule, which is for xⁿ with a fixed n, not for eˣ',
				ko: '거듭제곱 법칙을 썼습니다. 그 법칙은 지수가 고정된 xⁿ에 쓰고, eˣ에는 쓰지 않습니다'
			}
		),
		option(`${C(k)}e^{${U(k)} - 1}`, `${Ct(k)}e^(${U(k)} − 1)`, (x) => k * Math.exp(k * x - 1), {
			en: 'lowers the exponent by one as if eˣ were a power of x; eˣ keeps its exponent',
			ko: 'eˣ를 x의 거듭제곱처럼 보고 지수를 하나 낮췄습니다. eˣ는 지수가 그대로입니다'
		}),
		option(`${C(k)}x\\,e^{${U(k)}}`, `${Ct(k)}x·e^(${U(k)})`, (x) => k * x * Math.exp(k * x), {
			en: 'multiplies by an extra x that is not there',
			ko: '없는 x를 더 곱했습니다'
		})
	]
);

const log = unary(
	'log',
	K,
	(k) =>
		option(`${C(k)}\\frac{1}{${U(k)}}`, `${Ct(k)}1/(${U(k)})`, (x) => k / (k * x), {
			en: 'ln′(u) = 1/u (so d/dx ln(kx) = 1/x for every k)',
			ko: 'ln′(u) = 1/u입니다(그래서 어떤 k에 대해서도 d/dx ln(kx) = 1/x입니다)'
		}),
	(k) => [
		option(`\\frac{1}{${U(k)}}`, `1/(${U(k)})`, (x) => 1 / (k * x), forgotChain(k)),
		option(`\\ln\\left(${U(k)}\\right)`, `ln(${U(k)})`, (x) => Math.log(k * x), ITSELF),
		option(`${C(k)}e^{${U(k)}}`, `${Ct(k)}e^(${U(k)})`, (x) => k * Math.exp(k * x), {
			en: 'confuses ln with its inverse eˣ',
			ko: 'ln을 그 역함수 eˣ와 혼동했습니다'
		}),
		option(`-${C(k)}\\frac{1}{(${U(k)})^2}`, `−${Ct(k)}1/(${U(k)})²`, (x) => -k / (k * x) ** 2, {
			en: 'differentiates once too often: that is the slope of 1/u',
			ko: '한 번 더 미분했습니다. 그것은 1/u의 기울기입니다'
		})
	],
	true
);

const sqrt = unary(
	'sqrt',
	K,
	(k) =>
		option(
			`${C(k)}\\frac{1}{2\\sqrt{${U(k)}}}`,
			`${Ct(k)}1/(2√(${U(k)}))`,
			(x) => k / (2 * Math.sqrt(k * x)),
			{
				en: '√u = u^½, so its slope is ½·u^(−½) = 1/(2√u)',
				ko: '√u = u^½이므로 기울기는 ½·u^(−½) = 1/(2√u)입니다'
			}
		),
	(k) => [
		option(
			`\\frac{1}{2\\sqrt{${U(k)}}}`,
			`1/(2√(${U(k)}))`,
			(x) => 1 / (2 * Math.sqrt(k * x)),
			forgotChain(k)
		),
		option(
			`${C(k)}\\frac{1}{\\sqrt{${U(k)}}}`,
			`${Ct(k)}1/√(${U(k)})`,
			(x) => k / Math.sqrt(k * x),
			{
				en: 'forgets the ½ that the power rule brings down',
				ko: '거듭제곱 법칙으로 내려오는 ½을 빠뜨렸습니다'
			}
		),
		option(
			`${C(k)}\\tfrac{1}{2}\\sqrt{${U(k)}}`,
			`${Ct(k)}½√(${U(k)})`,
			(x) => (k / 2) * Math.sqrt(k * x),
			{
				en: 'brings the ½ down but does not lower the exponent to −½',
				ko: '½은 내렸지만 지수를 −½로 낮추지 않았습니다'
			}
		),
		option(`\\tfrac{2}{3}(${U(k)})^{3/2}`, `⅔(${U(k)})^(3/2)`, (x) => (2 / 3) * (k * x) ** 1.5, {
			en: 'raises the exponent instead of lowering it: that is an antiderivative',
			ko: '지수를 낮추지 않고 올렸습니다. 그것은 역도함수입니다'
		})
	],
	true
);

const trig = (fn: 'sin' | 'cos') => (k: number) => `\\${fn}\\left(${U(k)}\\right)`;
const trigText = (fn: 'sin' | 'cos') => (k: number) => `${fn}(${U(k)})`;
const [sinT, cosT, sinP, cosP] = [trig('sin'), trig('cos'), trigText('sin'), trigText('cos')];

const sin = unary(
	'sin',
	K,
	(k) =>
		option(`${C(k)}${cosT(k)}`, `${Ct(k)}${cosP(k)}`, (x) => k * Math.cos(k * x), {
			en: 'sin′ = cos',
			ko: 'sin′ = cos입니다'
		}),
	(k) => [
		option(cosT(k), cosP(k), (x) => Math.cos(k * x), forgotChain(k)),
		option(`-${C(k)}${cosT(k)}`, `−${Ct(k)}${cosP(k)}`, (x) => -k * Math.cos(k * x), SIGN),
		option(`-${C(k)}${sinT(k)}`, `−${Ct(k)}${sinP(k)}`, (x) => -k * Math.sin(k * x), {
			en: 'is the rule for cos, not sin',
			ko: 'sin이 아니라 cos의 규칙입니다'
		}),
		option(sinT(k), sinP(k), (x) => Math.sin(k * x), ITSELF)
	]
);

const cos = unary(
	'cos',
	K,
	(k) =>
		option(`-${C(k)}${sinT(k)}`, `−${Ct(k)}${sinP(k)}`, (x) => -k * Math.sin(k * x), {
			en: 'cos′ = −sin',
			ko: 'cos′ = −sin입니다'
		}),
	(k) => [
		option(`-${sinT(k)}`, `−${sinP(k)}`, (x) => -Math.sin(k * x), forgotChain(k)),
		option(`${C(k)}${sinT(k)}`, `${Ct(k)}${sinP(k)}`, (x) => k * Math.sin(k * x), SIGN),
		option(`-${C(k)}${cosT(k)}`, `−${Ct(k)}${cosP(k)}`, (x) => -k * Math.cos(k * x), {
			en: 'differentiates twice',
			ko: '두 번 미분했습니다'
		}),
		option(cosT(k), cosP(k), (x) => Math.cos(k * x), ITSELF)
	]
);

export const SMOOTH: readonly FormDef[] = [exp, log, sqrt, sin, cos];
