// "Which derivative?" forms for the gates of the op table with two inputs (add, sub, mul, div,
// max: ∂/∂x or ∂/∂y of op(x, y)), negation, and the power op both ways: xᵏ and kˣ.
import { option, SIGN, unary, type FormDef, type Option } from './which-derivative-option';

function binary(
	id: string,
	op: FormDef['op'],
	input: 0 | 1,
	right: Option,
	wrong: Option[]
): FormDef {
	return {
		id,
		op,
		input,
		wrt: input === 0 ? 'x' : 'y',
		ks: [1],
		args: (x, y) => [x, y],
		chain: () => 1,
		texArgs: () => ['x', 'y'],
		right: () => right,
		wrong: () => wrong
	};
}

const VALUE = {
	en: 'is the gate’s output, not its slope',
	ko: '기울기가 아니라 게이트의 출력입니다'
};
const OTHER = (v: string) => ({
	en: `is the derivative with respect to ${v}, the other input`,
	ko: `다른 입력인 ${v}에 대한 도함수입니다`
});

const addX = binary(
	'add-x',
	'add',
	0,
	option('1', '1', () => 1, {
		en: 'an add gate passes the gradient on unchanged: x + y grows exactly as fast as x',
		ko: '덧셈 게이트는 기울기를 그대로 전달합니다. x + y는 x와 똑같은 속도로 커집니다'
	}),
	[
		option('y', 'y', (_x, y) => y, {
			en: 'is the mul gate’s rule, not the add gate’s',
			ko: '덧셈이 아니라 곱셈 게이트의 규칙입니다'
		}),
		option('x + y', 'x + y', (x, y) => x + y, VALUE),
		option('0', '0', () => 0, {
			en: 'treats x as the input held fixed',
			ko: 'x를 고정된 입력처럼 다뤘습니다'
		}),
		option('x', 'x', (x) => x, {
			en: 'is x itself, not how fast x + y changes',
			ko: 'x + y가 변하는 빠르기가 아니라 x 자체입니다'
		})
	]
);

const subB = binary(
	'sub-b',
	'sub',
	1,
	option('-1', '−1', () => -1, {
		en: 'raising y by a little lowers x − y by the same amount',
		ko: 'y를 조금 늘리면 x − y는 같은 만큼 줄어듭니다'
	}),
	[
		option('1', '1', () => 1, SIGN),
		option('0', '0', () => 0, {
			en: 'treats y as the input held fixed',
			ko: 'y를 고정된 입력처럼 다뤘습니다'
		}),
		option('-y', '−y', (_x, y) => -y, {
			en: 'is the term −y itself, not its slope',
			ko: '기울기가 아니라 항 −y 자체입니다'
		}),
		option('x', 'x', (x) => x, { en: 'is the other input’s value', ko: '다른 입력의 값입니다' })
	]
);

const mulRight = (v: 'x' | 'y', other: 'x' | 'y'): Option =>
	option(other, other, (x, y) => (other === 'x' ? x : y), {
		en: `a mul gate sends each input the other input’s value: ∂(xy)/∂${v} = ${other}`,
		ko: `곱셈 게이트는 각 입력에 다른 입력의 값을 보냅니다: ∂(xy)/∂${v} = ${other}`
	});
const mulWrong = (v: 'x' | 'y', other: 'x' | 'y'): Option[] => [
	option(v, v, (x, y) => (v === 'x' ? x : y), {
		en: `gives ${v} its own value; the inputs swap`,
		ko: `${v}에 자기 값을 주었습니다. 두 입력은 서로 바뀌어야 합니다`
	}),
	option('xy', 'xy', (x, y) => x * y, VALUE),
	option('1', '1', () => 1, { en: 'is the add gate’s rule', ko: '덧셈 게이트의 규칙입니다' }),
	option(`-${other}`, `−${other}`, (x, y) => -(other === 'x' ? x : y), SIGN)
];

const mulA = binary('mul-a', 'mul', 0, mulRight('x', 'y'), mulWrong('x', 'y'));
const mulB = binary('mul-b', 'mul', 1, mulRight('y', 'x'), mulWrong('y', 'x'));

const divA = binary(
	'div-a',
	'div',
	0,
	option('\\frac{1}{y}', '1/y', (_x, y) => 1 / y, {
		en: 'x/y is x times the constant 1/y',
		ko: 'x/y는 x에 상수 1/y를 곱한 것입니다'
	}),
	[
		option('-\\frac{x}{y^2}', '−x/y²', (x, y) => -x / y ** 2, OTHER('y')),
		option('\\frac{1}{x}', '1/x', (x) => 1 / x, {
			en: 'swaps the inputs',
			ko: '두 입력을 바꿨습니다'
		}),
		option('-\\frac{1}{y^2}', '−1/y²', (_x, y) => -1 / y ** 2, {
			en: 'differentiates 1/y as if y were the variable',
			ko: 'y가 변수인 것처럼 1/y를 미분했습니다'
		}),
		option('y', 'y', (_x, y) => y, {
			en: 'multiplies by y instead of dividing',
			ko: 'y로 나누지 않고 곱했습니다'
		})
	]
);

const divB = binary(
	'div-b',
	'div',
	1,
	option('-\\frac{x}{y^2}', '−x/y²', (x, y) => -x / y ** 2, {
		en: 'x/y = x·y⁻¹, and the slope of y⁻¹ is −y⁻²',
		ko: 'x/y = x·y⁻¹이고, y⁻¹의 기울기는 −y⁻²입니다'
	}),
	[
		option('\\frac{x}{y^2}', 'x/y²', (x, y) => x / y ** 2, SIGN),
		option('\\frac{1}{y}', '1/y', (_x, y) => 1 / y, OTHER('x')),
		option('-\\frac{y}{x^2}', '−y/x²', (x, y) => -y / x ** 2, {
			en: 'swaps the inputs',
			ko: '두 입력을 바꿨습니다'
		}),
		option('-\\frac{1}{y^2}', '−1/y²', (_x, y) => -1 / y ** 2, {
			en: 'forgets the factor x',
			ko: '인수 x를 빠뜨렸습니다'
		})
	]
);

const maxA = binary(
	'max-a',
	'max',
	0,
	option(
		'\\begin{cases} 1 & x > y \\\\ 0 & x < y \\end{cases}',
		{ en: '1 if x > y, 0 if x < y', ko: 'x > y이면 1, x < y이면 0' },
		(x, y) => (x > y ? 1 : 0),
		{
			en: 'a max gate routes the whole gradient to the larger input',
			ko: '최댓값 게이트는 기울기 전부를 더 큰 입력으로 보냅니다'
		}
	),
	[
		option(
			'\\begin{cases} 0 & x > y \\\\ 1 & x < y \\end{cases}',
			{ en: '0 if x > y, 1 if x < y', ko: 'x > y이면 0, x < y이면 1' },
			(x, y) => (x > y ? 0 : 1),
			{ en: 'routes the gradient to the smaller input', ko: '기울기를 더 작은 입력으로 보냅니다' }
		),
		option('1', '1', () => 1, {
			en: 'forgets that the smaller input gets nothing',
			ko: '더 작은 입력은 아무것도 받지 못한다는 것을 잊었습니다'
		}),
		option('\\tfrac{1}{2}', '½', () => 0.5, {
			en: 'splits the gradient, which only happens at a tie x = y',
			ko: '기울기를 나눴습니다. 그것은 x = y로 같을 때만 그렇습니다'
		}),
		option('\\max(x, y)', 'max(x, y)', (x, y) => Math.max(x, y), VALUE)
	]
);

const neg = unary(
	'neg',
	[1],
	() =>
		option('-1', '−1', () => -1, {
			en: '−x falls by exactly as much as x rises',
			ko: '−x는 x가 커지는 만큼 정확히 줄어듭니다'
		}),
	() => [
		option('1', '1', () => 1, SIGN),
		option('-x', '−x', (x) => -x, {
			en: 'is −x itself, not its slope',
			ko: '기울기가 아니라 −x 자체입니다'
		}),
		option('0', '0', () => 0, { en: 'treats −x as a constant', ko: '−x를 상수처럼 다뤘습니다' })
	]
);

const SUP = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** c·xᵉ as TeX and plain text, dropping a coefficient 1 and exponents 0 and 1. */
function mono(c: number, e: number): [string, string] {
	const coef = c === 1 ? '' : String(c);
	if (e === 0) return [String(c), String(c)];
	if (e === 1) return [`${coef}x`, `${coef}x`];
	return [`${coef}x^{${e}}`, `${coef}x${[...String(e)].map((d) => SUP[Number(d)]).join('')}`];
}

const powA: FormDef = {
	id: 'pow-a',
	op: 'pow',
	input: 0,
	wrt: 'x',
	ks: [2, 3, 4, 5],
	positive: true,
	args: (x, _y, k) => [x, k],
	chain: () => 1,
	texArgs: (k) => ['x', String(k)],
	right: (k) =>
		option(...mono(k, k - 1), (x) => k * x ** (k - 1), {
			en: `power rule: bring the exponent ${k} down and lower it by one`,
			ko: `거듭제곱 법칙: 지수 ${k}를 앞으로 내리고 지수를 하나 줄입니다`
		}),
	wrong: (k) => [
		option(...mono(1, k - 1), (x) => x ** (k - 1), {
			en: `lowers the exponent but forgets the factor ${k}`,
			ko: `지수는 낮췄지만 인수 ${k}를 빠뜨렸습니다`
		}),
		option(...mono(k, k), (x) => k * x ** k, {
			en: 'brings the exponent down but does not lower it',
			ko: '지수를 앞으로 내렸지만 낮추지 않았습니다'
		}),
		option(`\\frac{x^{${k + 1}}}{${k + 1}}`, `x^${k + 1}/${k + 1}`, (x) => x ** (k + 1) / (k + 1), {
			en: 'raises the exponent: that is an antiderivative',
			ko: '지수를 올렸습니다. 그것은 역도함수입니다'
		}),
		option(`x^{${k}}\\ln x`, `x^${k}·ln x`, (x) => x ** k * Math.log(x), {
			en: 'uses the rule for a variable exponent (kˣ), not a variable base',
			ko: '밑이 아니라 지수가 변수일 때(kˣ)의 규칙을 썼습니다'
		})
	]
};

const powB: FormDef = {
	id: 'pow-b',
	op: 'pow',
	input: 1,
	wrt: 'x',
	ks: [2, 3, 10],
	args: (x, _y, k) => [k, x],
	chain: () => 1,
	texArgs: (k) => [String(k), 'x'],
	right: (k) =>
		option(`${k}^{x} \\ln ${k}`, `${k}^x·ln ${k}`, (x) => k ** x * Math.log(k), {
			en: `${k}ˣ = e^(x·ln ${k}), so its slope is ${k}ˣ·ln ${k}`,
			ko: `${k}ˣ = e^(x·ln ${k})이므로 기울기는 ${k}ˣ·ln ${k}입니다`
		}),
	wrong: (k) => [
		option(`x \\cdot ${k}^{x - 1}`, `x·${k}^(x − 1)`, (x) => x * k ** (x - 1), {
			en: 'uses the power rule, which is for a fixed exponent',
			ko: '거듭제곱 법칙을 썼습니다. 그 법칙은 지수가 고정일 때 씁니다'
		}),
		option(`${k}^{x}`, `${k}^x`, (x) => k ** x, {
			en: `forgets the factor ln ${k} (only eˣ is its own slope)`,
			ko: `인수 ln ${k}를 빠뜨렸습니다(자기 자신이 기울기인 것은 eˣ뿐입니다)`
		}),
		option(`\\frac{${k}^{x}}{\\ln ${k}}`, `${k}^x / ln ${k}`, (x) => k ** x / Math.log(k), {
			en: `divides by ln ${k}: that is an antiderivative`,
			ko: `ln ${k}로 나눴습니다. 그것은 역도함수입니다`
		})
	]
};

export const GATES: readonly FormDef[] = [
	addX,
	subB,
	mulA,
	mulB,
	divA,
	divB,
	maxA,
	neg,
	powA,
	powB
];
