// Regularization (C22): L1, L2 and elastic-net penalties with worked numbers, which weights each
// prefers (CURRICULUM's example done right at reference seeds: L2 gives 1 vs 0.25, L1 ties),
// the total loss data + λR, and how a penalty grows when W is scaled.
import { int, pick, shuffle } from '../../random';
import {
	choice,
	form,
	generator,
	isReference,
	num,
	numeric,
	order,
	t,
	tex,
	vecTex,
	vecText,
	type Rand,
	par
} from './b-kit';
import { l1, l2, penalty, PENALTY_NAME, penaltyTex, worked, type Penalty } from './penalties';
import { overfitting } from './regularization-ideas';

const weight = (r: Rand) => int(r, -20, 20) / 10;
const weights = (r: Rand, n: number) => {
	for (;;) {
		const w = Array.from({ length: n }, () => weight(r));
		if (w.some((v) => v !== 0)) return w;
	}
};

const penaltyForm = (kind: Penalty) =>
	form(
		(r) => ({ w: weights(r, 4), beta: kind === 'elastic' ? pick(r, [0.5, 1, 2]) : 1 }),
		(ctx, { w, beta }) => {
			const name = PENALTY_NAME[kind];
			const words = {
				prompt: t(
					`What is the ${name.en} penalty $R(w)$ of $w = ${vecTex(w)}$?`,
					`$w = ${vecTex(w)}$의 ${name.ko} 정규화 항 $R(w)$는 얼마입니까?`
				),
				promptTex: penaltyTex(kind, beta),
				explanation: t(
					`Apply the penalty to each weight and add: ${worked(kind, w, beta)}.${kind === 'L1' ? ' Every weight costs in proportion to its size, which pushes small weights all the way to zero.' : kind === 'L2' ? ' Squaring makes large weights cost much more than small ones.' : ' Elastic net adds both: the squares (scaled by β) and the absolute values.'}`,
					`각 가중치에 정규화 항을 적용해 더합니다: ${worked(kind, w, beta)}.${kind === 'L1' ? ' 모든 가중치가 크기에 비례해 비용을 치르므로 작은 가중치는 0까지 밀려납니다.' : kind === 'L2' ? ' 제곱하기 때문에 큰 가중치가 작은 가중치보다 훨씬 비쌉니다.' : ' 엘라스틱 넷은 (β배 한) 제곱과 절댓값을 모두 더합니다.'}`
				),
				explanationTex: penaltyTex(kind, beta)
			};
			return numeric(ctx, words, penalty(kind, w, beta));
		}
	);

export interface Preference {
	readonly kind: Penalty;
	readonly beta: number;
	readonly w1: readonly number[];
	readonly w2: readonly number[];
}

const prefers = form(
	(r, seed): Preference => {
		if (isReference(seed))
			return { kind: 'L2', beta: 1, w1: [1, 0, 0, 0], w2: [0.25, 0.25, 0.25, 0.25] };
		const k = pick(r, [1, 2, 4]);
		const w1 = shuffle(r, [k, 0, 0, 0]);
		const spread = pick(r, [true, false]);
		const w2 = shuffle(r, spread ? [k / 4, k / 4, k / 4, k / 4] : [k / 2, k / 2, k / 4, -k / 4]);
		return { kind: pick<Penalty>(r, ['L1', 'L2', 'elastic']), beta: pick(r, [0.5, 1]), w1, w2 };
	},
	(ctx, p) => {
		const [r1, r2] = [penalty(p.kind, p.w1, p.beta), penalty(p.kind, p.w2, p.beta)];
		const answer = Math.abs(r1 - r2) < 1e-9 ? 'tie' : r1 < r2 ? 'w1' : 'w2';
		const name = PENALTY_NAME[p.kind];
		const options = [
			{ key: 'w1', text: t('w₁', 'w₁'), tex: 'w_1' },
			{ key: 'w2', text: t('w₂', 'w₂'), tex: 'w_2' },
			{ key: 'tie', text: t('Neither: the penalties are equal', '둘 다 아님: 정규화 항이 같음') }
		];
		const words = {
			prompt: t(
				`With $x = (1, 1, 1, 1)$ both $w_1 = ${vecTex(p.w1)}$ and $w_2 = ${vecTex(p.w2)}$ give the same score $w \\cdot x = ${tex(l1(p.w1))}$. Which does the ${name.en} penalty prefer (the smaller $R$)?`,
				`$x = (1, 1, 1, 1)$일 때 두 가중치 $w_1 = ${vecTex(p.w1)}$, $w_2 = ${vecTex(p.w2)}$ 모두 같은 점수($w \\cdot x = ${tex(l1(p.w1))}$)를 줍니다. ${name.ko} 정규화는 어느 쪽을 선호합니까(R이 작은 쪽)?`
			),
			promptTex: penaltyTex(p.kind, p.beta),
			explanation: t(
				`R(w₁) = ${worked(p.kind, p.w1, p.beta)} and R(w₂) = ${worked(p.kind, p.w2, p.beta)}. The penalty is Σw² (not Σ(1 − w)²). L2 favours weights spread over many inputs; L1 charges only the total size, so spreading does not help it.`,
				`R(w₁) = ${worked(p.kind, p.w1, p.beta)}, R(w₂) = ${worked(p.kind, p.w2, p.beta)}입니다. 정규화 항은 Σ(1 − w)²가 아니라 Σw²입니다. L2는 여러 입력에 고르게 퍼진 가중치를 선호하고, L1은 크기의 합만 따지므로 퍼뜨려도 이득이 없습니다.`
			),
			explanationTex: `${penaltyTex(p.kind, p.beta)}:\\quad R(w_1) = ${tex(r1)},\\ R(w_2) = ${tex(r2)}`
		};
		return choice(ctx, words, options, answer);
	}
);

const orderPenalties = form(
	(r) => {
		const kind = pick<Penalty>(r, ['L1', 'L2']);
		for (;;) {
			const list = [0, 1, 2, 3].map(() => weights(r, 3));
			const values = list.map((w) => penalty(kind, w)).sort((a, b) => a - b);
			if (values.every((v, i) => i === 0 || v - values[i - 1] >= 0.05)) return { kind, list };
		}
	},
	(ctx, { kind, list }) => {
		const sorted = list.map((w, i) => ({ w, i, R: penalty(kind, w) })).sort((a, b) => a.R - b.R);
		const items = sorted.map(({ w, i }) => ({
			key: `w-${i}`,
			text: t(`w = ${vecText(w)}`, `w = ${vecText(w)}`),
			tex: `w = ${vecTex(w)}`
		}));
		const lines = sorted.map(({ w }) => worked(kind, w)).join('; ');
		const words = {
			prompt: t(
				`Order these weight vectors by their ${kind} penalty, smallest first.`,
				`이 가중치 벡터들을 ${kind} 정규화 항이 작은 것부터 나열하세요.`
			),
			promptTex: penaltyTex(kind),
			explanation: t(`The penalties: ${lines}.`, `정규화 항: ${lines}.`),
			explanationTex: penaltyTex(kind)
		};
		return order(ctx, words, items);
	}
);

const total = form(
	(r) => ({ data: int(r, 5, 30) / 10, lambda: pick(r, [0.01, 0.1, 0.5, 1]), w: weights(r, 4) }),
	(ctx, { data, lambda, w }) => {
		const R = l2(w);
		const words = {
			prompt: t(
				`The data loss is $${tex(data)}$, the weights are $W = ${vecTex(w)}$ and $\\lambda = ${tex(lambda)}$ with the L2 penalty. What is the total loss?`,
				`데이터 손실은 $${tex(data)}$, 가중치는 $W = ${vecTex(w)}$, L2 정규화에 $\\lambda = ${tex(lambda)}$입니다. 전체 손실은 얼마입니까?`
			),
			promptTex: 'L = \\frac{1}{N}\\sum_i L_i + \\lambda R(W),\\quad R(W) = \\sum_k W_k^2',
			explanation: t(
				`R(W) = ${worked('L2', w)}, so L = ${num(data)} + ${num(lambda)} × ${num(R)} = ${num(data + lambda * R)}. λ sets how much a large weight costs compared with fitting the data.`,
				`R(W) = ${worked('L2', w)}이므로 L = ${num(data)} + ${num(lambda)} × ${num(R)} = ${num(data + lambda * R)}입니다. λ는 데이터를 맞추는 것에 비해 큰 가중치가 얼마나 비싼지를 정합니다.`
			),
			explanationTex: `L = ${tex(data)} + ${tex(lambda)} \\times ${tex(R)} = ${tex(data + lambda * R)}`
		};
		return numeric(ctx, words, data + lambda * R);
	}
);

const scale = form(
	(r) => ({
		kind: pick<Penalty>(r, ['L1', 'L2']),
		R: int(r, 5, 40) / 10,
		c: pick(r, [2, 3, 0.5, -2, 10])
	}),
	(ctx, { kind, R, c }) => {
		const grow = kind === 'L2' ? c * c : Math.abs(c);
		const words = {
			prompt: t(
				`A weight matrix $W$ has ${kind} penalty $R(W) = ${tex(R)}$. What is $R(${tex(c)}W)$?`,
				`가중치 행렬 $W$의 ${kind} 정규화 항이 $R(W) = ${tex(R)}$입니다. $R(${tex(c)}W)$는 얼마입니까?`
			),
			promptTex: penaltyTex(kind).replaceAll('w', 'W'),
			explanation: t(
				`Every entry is multiplied by ${num(c)}, so ${kind === 'L2' ? `each square grows ${par(c)}² = ${num(grow)} times` : `each absolute value grows |${num(c)}| = ${num(grow)} times`}: ${num(grow)} × ${num(R)} = ${num(grow * R)}. Scaling W up can leave a zero hinge loss at zero, yet the penalty notices it: that is how regularization chooses between weights the data cannot tell apart.`,
				`모든 원소가 ${num(c)}배가 되므로 ${kind === 'L2' ? `각 제곱은 ${par(c)}² = ${num(grow)}배` : `각 절댓값은 |${num(c)}| = ${num(grow)}배`}가 됩니다: ${num(grow)} × ${num(R)} = ${num(grow * R)}. W를 키워도 0인 힌지 손실은 0으로 남지만 정규화 항은 달라집니다. 데이터로는 구별할 수 없는 가중치들 사이에서 정규화가 고르는 방식입니다.`
			),
			explanationTex:
				kind === 'L2'
					? `R(cW) = c^2 R(W) = ${tex(grow * R)}`
					: `R(cW) = |c|\\,R(W) = ${tex(grow * R)}`
		};
		return numeric(ctx, words, grow * R);
	}
);

export const regularizationForms = {
	l2: penaltyForm('L2'),
	l1: penaltyForm('L1'),
	elastic: penaltyForm('elastic'),
	prefers,
	'order-penalties': orderPenalties,
	total,
	scale,
	overfitting
};

export const regularization = generator('regularization', 'regularization', regularizationForms);
