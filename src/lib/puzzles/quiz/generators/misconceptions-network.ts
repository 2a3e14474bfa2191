// 001's two-layer network equations, done right (CURRICULUM.md mistake 3): the second hidden
// unit is z₂ = x₁w₁₂ + x₂w₂₂ + b₂, the output is ŷ = σ(z) with z = a₁w₁ + a₂w₂ + b, and in
// ∂L/∂w₁ the factor ∂z/∂w₁ is a₁. The seed picks which equation is asked about.
import { pick } from '../../random';
import { choice, form, plainTex, t, type Option } from './b-kit';

type Part = 'hidden' | 'output' | 'factor';

const eq = (key: string, tex: string): Option => ({
	key,
	text: t(plainTex(tex), plainTex(tex)),
	tex
});

const PARTS: Record<
	Part,
	{ ask: ReturnType<typeof t>; options: Option[]; why: ReturnType<typeof t>; tex: string }
> = {
	hidden: {
		ask: t(
			'In a 2-input network with weights $w_{ij}$ from input $i$ to hidden unit $j$, which is the pre-activation of hidden unit 2? (One study note writes $x_2w_{21} + x_2w_{22} + b_2$.)',
			'가중치 $w_{ij}$가 입력 $i$에서 은닉 유닛 $j$로 가는 입력 2개짜리 신경망에서, 은닉 유닛 2의 활성화 전 값은 어느 것입니까? (한 학습 노트는 $x_2w_{21} + x_2w_{22} + b_2$라고 적었습니다.)'
		),
		options: [
			eq('both-inputs', 'z_2 = x_1w_{12} + x_2w_{22} + b_2'),
			eq('note', 'z_2 = x_2w_{21} + x_2w_{22} + b_2'),
			eq('unit-one', 'z_2 = x_1w_{11} + x_2w_{21} + b_2'),
			eq('no-bias', 'z_2 = x_1w_{12} + x_2w_{22}')
		],
		why: t(
			'Each hidden unit sees every input once, through the weights that lead into it (second index 2), plus its own bias. The note’s version uses x₂ twice and never x₁.',
			'은닉 유닛마다 모든 입력을 한 번씩, 자기에게 들어오는 가중치(두 번째 인덱스가 2)로 받고 자기 편향을 더합니다. 노트의 식은 x₂를 두 번 쓰고 x₁은 쓰지 않습니다.'
		),
		tex: 'z_j = \\sum_i x_i w_{ij} + b_j'
	},
	output: {
		ask: t(
			'The hidden activations are $a_1 = \\sigma(z_1)$ and $a_2 = \\sigma(z_2)$. Which is the network’s output? (One study note writes $\\hat y = \\sigma(a_1)$.)',
			'은닉층 활성값은 $a_1 = \\sigma(z_1)$, $a_2 = \\sigma(z_2)$입니다. 신경망의 출력은 어느 것입니까? (한 학습 노트는 $\\hat y = \\sigma(a_1)$이라고 적었습니다.)'
		),
		options: [
			eq('weighted', '\\hat y = \\sigma(a_1w_1 + a_2w_2 + b)'),
			eq('note', '\\hat y = \\sigma(a_1)'),
			eq('linear', '\\hat y = a_1w_1 + a_2w_2'),
			eq('first', '\\hat y = \\sigma(z_1)')
		],
		why: t(
			'The output unit is a neuron like the others: it weighs both hidden activations, adds its bias, then applies σ. σ(a₁) would ignore a₂ and every output weight.',
			'출력 유닛도 다른 뉴런과 같습니다. 두 은닉 활성값에 가중치를 곱해 더하고 편향을 더한 뒤 σ를 적용합니다. σ(a₁)은 a₂와 출력 가중치를 모두 무시합니다.'
		),
		tex: 'z = a_1w_1 + a_2w_2 + b,\\quad \\hat y = \\sigma(z)'
	},
	factor: {
		ask: t(
			'With $z = a_1w_1 + a_2w_2 + b$ and $\\hat y = \\sigma(z)$, the chain rule gives $\\partial L/\\partial w_1 = \\partial L/\\partial \\hat y \\cdot \\partial \\hat y/\\partial z \\cdot \\partial z/\\partial w_1$. What is the last factor $\\partial z/\\partial w_1$?',
			'$z = a_1w_1 + a_2w_2 + b$, $\\hat y = \\sigma(z)$일 때 연쇄 법칙으로 $\\partial L/\\partial w_1 = \\partial L/\\partial \\hat y \\cdot \\partial \\hat y/\\partial z \\cdot \\partial z/\\partial w_1$입니다. 마지막 인수 $\\partial z/\\partial w_1$은?'
		),
		options: [
			eq('activation', 'a_1'),
			eq('input', 'x_1'),
			eq('weight', 'w_1'),
			eq('sigma', '\\sigma(z)(1 - \\sigma(z))')
		],
		why: t(
			'z depends on w₁ only through the product a₁w₁, so its derivative with respect to w₁ is a₁ (a multiply gate hands each input the other one).',
			'z는 곱 a₁w₁을 통해서만 w₁에 의존하므로 w₁에 대한 도함수는 a₁입니다(곱셈 게이트는 각 입력에 다른 쪽 값을 넘깁니다).'
		),
		tex: '\\frac{\\partial z}{\\partial w_1} = a_1'
	}
};

export const twoLayer = form(
	(r) => pick<Part>(r, ['hidden', 'output', 'factor']),
	(ctx, part) => {
		const p = PARTS[part];
		return choice(
			ctx,
			{ prompt: p.ask, explanation: p.why, explanationTex: p.tex },
			p.options,
			p.options[0].key
		);
	}
);
