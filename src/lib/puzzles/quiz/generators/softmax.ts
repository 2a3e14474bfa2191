// Softmax and cross-entropy (C23): scores → probabilities → −log p of the right class, the loss
// of a small batch, its gradient p − onehot, why shifting every score changes nothing, and ln C
// at the start of training. Numbers are the seeded scores run through the formulas here.
import { int, pick } from '../../random';
import type { Text } from '../../types';
import { choice, form, generator, num, numeric, t, tex, vecTex, type Rand } from './b-kit';
import { softmaxOrder, initialLoss } from './softmax-ideas';

export const CLASSES: readonly Text[] = [
	t('cat', '고양이'),
	t('car', '자동차'),
	t('frog', '개구리'),
	t('ship', '배')
];

/** Softmax, shifted by the largest score so e^s never overflows (the result is the same). */
export function softmax(s: readonly number[]): number[] {
	const top = Math.max(...s);
	const e = s.map((v) => Math.exp(v - top));
	const sum = e.reduce((a, b) => a + b, 0);
	return e.map((v) => v / sum);
}

export interface Scores {
	readonly s: readonly number[];
	/** The right class. */
	readonly y: number;
	/** The class asked about. */
	readonly k: number;
}

export const drawScores = (r: Rand, classes?: number): Scores => {
	const n = classes ?? int(r, 3, 4);
	const s = Array.from({ length: n }, () => int(r, -20, 30) / 10);
	return { s, y: int(r, 0, n - 1), k: int(r, 0, n - 1) };
};

const scoresText = (s: readonly number[]) =>
	s.map((v, i) => `${CLASSES[i].en} ${num(v)}`).join(', ');
const scoresKo = (s: readonly number[]) => s.map((v, i) => `${CLASSES[i].ko} ${num(v)}`).join(', ');
const expList = (s: readonly number[]) =>
	s.map((v) => `e^${num(v)} = ${num(Math.exp(v))}`).join(', ');
const SOFTMAX_TEX = 'p_k = \\frac{e^{s_k}}{\\sum_j e^{s_j}}';

const probability = form(
	(r) => drawScores(r),
	(ctx, { s, k }) => {
		const p = softmax(s);
		const sum = s.reduce((a, v) => a + Math.exp(v), 0);
		const words = {
			prompt: t(
				`The scores are ${scoresText(s)}. What probability does softmax give to ${CLASSES[k].en}?`,
				`점수는 ${scoresKo(s)}입니다. 소프트맥스는 ${CLASSES[k].ko}에 어떤 확률을 줍니까?`
			),
			promptTex: SOFTMAX_TEX,
			explanation: t(
				`Exponentiate every score (${expList(s)}), then divide by their sum ${num(sum)}: p = ${num(Math.exp(s[k]))} / ${num(sum)} = ${num(p[k])}. Exponentials make every probability positive; dividing makes them add up to 1.`,
				`모든 점수를 지수로 바꾸고(${expList(s)}) 그 합(${num(sum)})으로 나눕니다: p = ${num(Math.exp(s[k]))} / ${num(sum)} = ${num(p[k])}. 지수 때문에 모든 확률이 양수가 되고, 나누기 때문에 합이 1이 됩니다.`
			),
			explanationTex: `p = \\frac{e^{${tex(s[k])}}}{${s.map((v) => `e^{${tex(v)}}`).join(' + ')}} \\approx ${tex(p[k])}`
		};
		return numeric(ctx, words, p[k]);
	}
);

const loss = form(
	(r) => drawScores(r),
	(ctx, { s, y }) => {
		const p = softmax(s);
		const words = {
			prompt: t(
				`The scores are ${scoresText(s)} and the right class is ${CLASSES[y].en}. What is the cross-entropy loss $-\\ln p_y$?`,
				`점수는 ${scoresKo(s)}이고 정답 클래스는 ${CLASSES[y].ko}입니다. 교차 엔트로피 손실 $-\\ln p_y$는 얼마입니까?`
			),
			promptTex: `L_i = -\\ln \\frac{e^{s_{y_i}}}{\\sum_j e^{s_j}}`,
			explanation: t(
				`Softmax gives the right class p = ${num(p[y])}, and the loss is −ln ${num(p[y])} = ${num(-Math.log(p[y]))}. Only the right class's probability enters; the loss is 0 when it is 1 and grows without bound as it falls to 0.`,
				`소프트맥스가 정답 클래스에 주는 확률은 p = ${num(p[y])}이고, 손실은 −ln ${num(p[y])} = ${num(-Math.log(p[y]))}입니다. 정답 클래스의 확률만 들어가며, 그 확률이 1이면 손실은 0이고 0에 가까워질수록 한없이 커집니다.`
			),
			explanationTex: `L = -\\ln ${tex(p[y])} \\approx ${tex(-Math.log(p[y]))}`
		};
		return numeric(ctx, words, -Math.log(p[y]));
	}
);

const negLog = form(
	(r) => pick(r, [0.9, 0.8, 0.75, 0.6, 0.5, 0.4, 0.25, 0.2, 0.1, 0.05, 0.01]),
	(ctx, p) => {
		const words = {
			prompt: t(
				`The model gives the right class probability ${num(p)}. What is its cross-entropy loss (natural log)?`,
				`모델이 정답 클래스에 주는 확률은 ${num(p)}입니다. 교차 엔트로피 손실(자연로그)은 얼마입니까?`
			),
			promptTex: 'L = -\\ln p_y',
			explanation: t(
				`L = −ln ${num(p)} = ${num(-Math.log(p))}. Halving a confident probability adds only ln 2 ≈ 0.69, but a probability near 0 costs a lot: the loss punishes confident mistakes hardest.`,
				`L = −ln ${num(p)} = ${num(-Math.log(p))}입니다. 확률을 절반으로 줄이면 ln 2 ≈ 0.69만 더해지지만, 0에 가까운 확률은 큰 손실을 냅니다. 자신 있게 틀린 답을 가장 크게 벌합니다.`
			),
			explanationTex: `-\\ln ${tex(p)} \\approx ${tex(-Math.log(p))}`
		};
		return numeric(ctx, words, -Math.log(p));
	}
);

const batch = form(
	(r) => [drawScores(r, 3), drawScores(r, 3)] as const,
	(ctx, examples) => {
		const losses = examples.map(({ s, y }) => -Math.log(softmax(s)[y]));
		const mean = (losses[0] + losses[1]) / 2;
		const line = (e: Scores, i: number, ko: boolean) =>
			`${ko ? '예제' : 'example'} ${i + 1}: ${ko ? scoresKo(e.s) : scoresText(e.s)} → ${ko ? CLASSES[e.y].ko : CLASSES[e.y].en}`;
		const words = {
			prompt: t(
				`Two examples (scores → right class): ${examples.map((e, i) => line(e, i, false)).join('; ')}. What is the mean cross-entropy loss?`,
				`두 예제(점수 → 정답 클래스): ${examples.map((e, i) => line(e, i, true)).join('; ')}. 평균 교차 엔트로피 손실은 얼마입니까?`
			),
			promptTex: 'L = \\frac{1}{N}\\sum_{i=1}^{N} -\\ln p_{y_i}',
			explanation: t(
				`Each example's loss is −ln of its right class's softmax probability: ${losses.map((v) => num(v)).join(' and ')}. The batch loss is their mean, ${num(mean)}.`,
				`각 예제의 손실은 정답 클래스 소프트맥스 확률의 −ln입니다: ${losses.map((v) => num(v)).join(', ')}. 배치 손실은 그 평균 ${num(mean)}입니다.`
			),
			explanationTex: `L = \\tfrac{1}{2}(${tex(losses[0])} + ${tex(losses[1])}) \\approx ${tex(mean)}`
		};
		return numeric(ctx, words, mean);
	}
);

const gradient = form(
	(r) => drawScores(r),
	(ctx, { s, y, k }) => {
		const p = softmax(s);
		const g = p[k] - (k === y ? 1 : 0);
		const words = {
			prompt: t(
				`Scores ${scoresText(s)}; the right class is ${CLASSES[y].en}. What is $\\partial L / \\partial s$ for ${CLASSES[k].en}, with $L = -\\ln p_y$?`,
				`점수 ${scoresKo(s)}, 정답 클래스는 ${CLASSES[y].ko}입니다. $L = -\\ln p_y$일 때 ${CLASSES[k].ko}의 $\\partial L / \\partial s$는 얼마입니까?`
			),
			promptTex: '\\frac{\\partial L}{\\partial s_k} = p_k - \\mathbb{1}[k = y]',
			explanation: t(
				`The gradient of softmax + cross-entropy is the probability minus the one-hot label: p = ${num(p[k])}${k === y ? ', minus 1 because this is the right class' : ', minus 0 because this is a wrong class'}, so ${num(g)}. ${k === y ? 'It is negative: raising the right score lowers the loss.' : 'It is positive: lowering a wrong score lowers the loss.'}`,
				`소프트맥스 + 교차 엔트로피의 기울기는 확률에서 원-핫 정답을 뺀 것입니다: p = ${num(p[k])}${k === y ? '에서 정답 클래스이므로 1을 빼서' : '에서 틀린 클래스이므로 0을 빼서'} ${num(g)}입니다. ${k === y ? '음수이므로 정답 점수를 올리면 손실이 줄어듭니다.' : '양수이므로 틀린 점수를 낮추면 손실이 줄어듭니다.'}`
			),
			explanationTex: `\\frac{\\partial L}{\\partial s_k} = ${tex(p[k])} - ${k === y ? 1 : 0} \\approx ${tex(g)}`
		};
		return numeric(ctx, words, g);
	}
);

const shift = form(
	(r) => ({ s: drawScores(r, 3).s, c: pick(r, [-3, -1, 2, 5, 10, 100]) }),
	(ctx, { s, c }) => {
		const p = softmax(s);
		const words = {
			prompt: t(
				`Softmax turns the scores $${vecTex(s)}$ into $${vecTex(p.map((v) => Number(v.toPrecision(3))))}$. What happens to the probabilities if ${num(c)} is added to every score?`,
				`점수 $s = ${vecTex(s)}$의 소프트맥스 확률은 $p = ${vecTex(p.map((v) => Number(v.toPrecision(3))))}$입니다. 모든 점수에 ${num(c)}만큼 더하면 확률은 어떻게 됩니까?`
			),
			explanation: t(
				`Nothing changes: e^(s + c) = e^c·e^s, and the common factor e^c cancels between the top and the sum below. Only differences between scores matter, which is also why code subtracts the largest score before exponentiating, to avoid overflow.`,
				`아무것도 바뀌지 않습니다. e^(s + c) = e^c·e^s이고, 공통 인수 e^c가 분자와 분모의 합에서 약분됩니다. 점수의 차이만 중요하며, 그래서 코드는 넘침을 막으려고 지수를 취하기 전에 가장 큰 점수를 뺍니다.`
			),
			explanationTex:
				'\\frac{e^{s_k + c}}{\\sum_j e^{s_j + c}} = \\frac{e^{c}\\,e^{s_k}}{e^{c}\\sum_j e^{s_j}} = \\frac{e^{s_k}}{\\sum_j e^{s_j}}'
		};
		return choice(
			ctx,
			words,
			[
				{ key: 'unchanged', text: t('They stay exactly the same.', '정확히 그대로입니다.') },
				{
					key: 'times',
					text: t(`Each is multiplied by e^${num(c)}.`, `각각 e^${num(c)}배가 됩니다.`)
				},
				{
					key: 'largest',
					text: t('The largest probability grows toward 1.', '가장 큰 확률이 1에 가까워집니다.')
				},
				{
					key: 'uniform',
					text: t(
						'They move toward equal probabilities.',
						'확률들이 서로 같아지는 쪽으로 움직입니다.'
					)
				}
			],
			'unchanged'
		);
	}
);

export const softmaxForms = {
	probability,
	loss,
	'neg-log': negLog,
	batch,
	gradient,
	shift,
	'order-pipeline': softmaxOrder,
	'initial-loss': initialLoss
};

export const softmaxGenerator = generator('softmax', 'softmax', softmaxForms);
