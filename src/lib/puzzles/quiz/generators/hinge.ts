// The multiclass SVM hinge loss (C23): L = Σ_{j≠y} max(0, s_j − s_y + Δ) for seeded scores, one
// of its terms, how many classes break the margin, its gradient, which scores give zero loss,
// and how it differs from cross-entropy once the margin is met.
import { int, pick } from '../../random';
import {
	form,
	generator,
	num,
	numeric,
	order,
	t,
	tex,
	vecTex,
	type Rand,
	vecText,
	par,
	texPar
} from './b-kit';
import { hingeLoss, hingeTerms } from './b-math';
import { CLASSES } from './softmax';
import { versusSoftmax, zeroLoss } from './hinge-choices';

export interface HingeCase {
	readonly s: readonly number[];
	readonly y: number;
	readonly delta: number;
	/** A class asked about (≠ y for `term`). */
	readonly k: number;
}

/** Scores with no margin exactly at its kink (so the gradient is defined). */
export function drawHinge(r: Rand): HingeCase {
	for (;;) {
		const n = int(r, 3, 4);
		const s = Array.from({ length: n }, () => int(r, -20, 30) / 10);
		const y = int(r, 0, n - 1);
		const delta = pick(r, [1, 1, 1, 2]);
		const k = (y + int(r, 1, n - 1)) % n;
		if (s.every((v, j) => j === y || Math.abs(v - s[y] + delta) > 1e-9)) return { s, y, delta, k };
	}
}

const HINGE_TEX = 'L_i = \\sum_{j \\ne y_i} \\max(0,\\ s_j - s_{y_i} + \\Delta)';
const named = (s: readonly number[], ko: boolean) =>
	s.map((v, i) => `${ko ? CLASSES[i].ko : CLASSES[i].en} ${num(v)}`).join(', ');
const ask = (c: HingeCase, en: string, ko: string) =>
	t(
		`Scores: ${named(c.s, false)}. The right class is ${CLASSES[c.y].en} and the margin is Δ = ${num(c.delta)}. ${en}`,
		`점수: ${named(c.s, true)}. 정답 클래스는 ${CLASSES[c.y].ko}, 마진은 Δ = ${num(c.delta)}입니다. ${ko}`
	);

function termsWords(c: HingeCase) {
	const terms = c.s
		.map((v, j) =>
			j === c.y
				? ''
				: `max(0, ${num(v)} − ${par(c.s[c.y])} + ${num(c.delta)}) = ${num(hingeTerms(c.s, c.y, c.delta)[j])}`
		)
		.filter(Boolean);
	return {
		en: `One term per wrong class: ${terms.join('; ')}. A wrong class costs nothing once its score is at least Δ below the right one.`,
		ko: `틀린 클래스마다 한 항씩: ${terms.join('; ')}. 틀린 클래스의 점수가 정답 점수보다 Δ 이상 낮으면 비용이 없습니다.`
	};
}

const loss = form(drawHinge, (ctx, c) =>
	numeric(
		ctx,
		{
			prompt: ask(c, 'What is the hinge loss?', '힌지 손실은 얼마입니까?'),
			promptTex: HINGE_TEX,
			explanation: termsWords(c),
			explanationTex: `L = ${tex(hingeLoss(c.s, c.y, c.delta))}`
		},
		hingeLoss(c.s, c.y, c.delta)
	)
);

const term = form(drawHinge, (ctx, c) => {
	const value = hingeTerms(c.s, c.y, c.delta)[c.k];
	return numeric(
		ctx,
		{
			prompt: ask(
				c,
				`What does ${CLASSES[c.k].en} add to the hinge loss?`,
				`${CLASSES[c.k].ko}가 힌지 손실에 더하는 값은 얼마입니까?`
			),
			promptTex: HINGE_TEX,
			explanation: t(
				`max(0, ${num(c.s[c.k])} − ${par(c.s[c.y])} + ${num(c.delta)}) = ${num(value)}. ${value > 0 ? 'Its score is not Δ below the right one, so it costs the gap.' : 'Its score is more than Δ below the right one, so it costs nothing.'}`,
				`max(0, ${num(c.s[c.k])} − ${par(c.s[c.y])} + ${num(c.delta)}) = ${num(value)}. ${value > 0 ? '정답 점수보다 Δ만큼 낮지 않으므로 그 차이만큼 비용이 듭니다.' : '정답 점수보다 Δ보다 더 낮으므로 비용이 없습니다.'}`
			),
			explanationTex: `\\max(0,\\ ${tex(c.s[c.k])} - ${texPar(c.s[c.y])} + ${tex(c.delta)}) = ${tex(value)}`
		},
		value
	);
});

const count = form(drawHinge, (ctx, c) => {
	const n = hingeTerms(c.s, c.y, c.delta).filter((v) => v > 0).length;
	return numeric(
		ctx,
		{
			prompt: ask(
				c,
				'How many wrong classes break the margin (add a positive term)?',
				'마진을 어기는(양수 항을 더하는) 틀린 클래스는 몇 개입니까?'
			),
			promptTex: HINGE_TEX,
			explanation: termsWords(c),
			explanationTex: `\\#\\{j \\ne y : s_j - s_y + \\Delta > 0\\} = ${n}`
		},
		n,
		{ tolerance: 0, unit: t('classes', '개') }
	);
});

const gradient = form(
	(r) => ({ ...drawHinge(r), right: pick(r, [true, false]) }),
	(ctx, c) => {
		const broken = hingeTerms(c.s, c.y, c.delta).map((v) => (v > 0 ? 1 : 0));
		const n = broken.reduce<number>((a, b) => a + b, 0);
		const k = c.right ? c.y : c.k;
		const value = c.right ? -n : broken[c.k];
		return numeric(
			ctx,
			{
				prompt: ask(
					c,
					`What is $\\partial L / \\partial s$ for ${CLASSES[k].en}?`,
					`${CLASSES[k].ko}의 $\\partial L / \\partial s$는 얼마입니까?`
				),
				promptTex: HINGE_TEX,
				explanation: t(
					`Each term that is positive has slope +1 for its wrong class and −1 for the right class; a zero term has slope 0. ${n} term(s) are positive, so ∂L/∂s is −${n} for the right class, and 1 or 0 for each wrong class: here ${num(value)}.`,
					`양수인 항은 그 틀린 클래스에 대해 기울기 +1, 정답 클래스에 대해 −1이고, 0인 항은 기울기 0입니다. 양수인 항이 ${n}개이므로 정답 클래스의 ∂L/∂s는 −${n}, 틀린 클래스는 각각 1 또는 0입니다. 여기서는 ${num(value)}입니다.`
				),
				explanationTex:
					'\\frac{\\partial L}{\\partial s_j} = \\mathbb{1}[s_j - s_y + \\Delta > 0],\\quad \\frac{\\partial L}{\\partial s_y} = -\\sum_{j \\ne y} \\mathbb{1}[s_j - s_y + \\Delta > 0]'
			},
			value
		);
	}
);

const orderExamples = form(
	(r) => {
		for (;;) {
			const list = [0, 1, 2, 3].map(() => ({
				s: Array.from({ length: 3 }, () => int(r, -10, 30) / 10),
				y: 0
			}));
			const values = list.map((e) => hingeLoss(e.s, e.y, 1)).sort((a, b) => a - b);
			if (values.every((v, i) => i === 0 || v - values[i - 1] >= 0.05)) return list;
		}
	},
	(ctx, list) => {
		const sorted = list
			.map((e, i) => ({ ...e, i, L: hingeLoss(e.s, e.y, 1) }))
			.sort((a, b) => a.L - b.L);
		const items = sorted.map((e) => ({
			key: `x-${e.i}`,
			text: t(`s = ${vecText(e.s)}`, `s = ${vecText(e.s)}`),
			tex: `s = ${vecTex(e.s)}`
		}));
		const lines = sorted.map((e) => `${vecText(e.s)} → ${num(e.L)}`).join('; ');
		return order(
			ctx,
			{
				prompt: t(
					`Each score vector lists (${CLASSES.slice(0, 3)
						.map((c) => c.en)
						.join(
							', '
						)}) for an image of a ${CLASSES[0].en}. With Δ = 1, order them by hinge loss, smallest first.`,
					`각 점수 벡터는 ${CLASSES[0].ko} 이미지에 대한 (${CLASSES.slice(0, 3)
						.map((c) => c.ko)
						.join(', ')}) 점수입니다. Δ = 1일 때 힌지 손실이 작은 것부터 나열하세요.`
				),
				promptTex: HINGE_TEX,
				explanation: t(`The losses: ${lines}.`, `손실: ${lines}.`),
				explanationTex: HINGE_TEX
			},
			items
		);
	}
);

export const hingeForms = {
	loss,
	term,
	count,
	gradient,
	'order-examples': orderExamples,
	'zero-loss': zeroLoss,
	'vs-softmax': versusSoftmax
};

export const hinge = generator('hinge', 'hinge', hingeForms);
