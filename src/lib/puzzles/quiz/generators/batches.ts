// Batch questions (C6): full batch vs mini-batch vs SGD, and the bookkeeping of epochs and
// iterations. Counts come from the optimizers' own `iterationsPerEpoch` (⌈N/n⌉: the last batch
// may be partial); a quarter of the seeds use CURRICULUM's N = 50,000, n = 256 → 196.
import type { FormContext } from '../build';
import { choice, defineGenerator, numeric, order, text, whichIsTrue } from '../build';
import { int, pick } from '../../random';
import { iterationsPerEpoch } from '../../../optimizers';

const SIZES = [32, 64, 100, 128, 250, 256, 500, 512];
const REFERENCE = { size: 50_000, batch: 256 };

/** A data-set size and batch size; every fourth seed is CURRICULUM's reference pair. */
function dataset(ctx: FormContext): { size: number; batch: number } {
	if (ctx.seed % 4 === 0) return REFERENCE;
	const batch = pick(ctx.r, SIZES);
	return { size: int(ctx.r, 20, 600) * 100 + int(ctx.r, 0, 99), batch };
}

const ITER = text('iterations', '번 반복');
const big = (n: number) => n.toLocaleString('en-US');
/** A large number inside TeX: `{,}` keeps the thousands comma from adding a space. */
const bigTex = (n: number) => big(n).replace(/,/g, '{,}');
const ceilTex = (size: number, batch: number) =>
	`\\left\\lceil \\frac{${size}}{${batch}} \\right\\rceil = ${iterationsPerEpoch(size, batch)}`;

function iterations(ctx: FormContext) {
	const { size, batch } = dataset(ctx);
	const count = iterationsPerEpoch(size, batch);
	const partial = size % batch;
	return numeric(ctx, {
		prompt: text(
			`A data set has $N = ${bigTex(size)}$ examples and the mini-batch size is $n = ${batch}$. How many iterations (weight updates) make one epoch?`,
			`데이터가 $N = ${bigTex(size)}$개이고 미니 배치 크기가 $n = ${batch}$입니다. 한 에폭은 몇 번의 반복(가중치 업데이트)인가요?`
		),
		explanation: text(
			partial
				? `One epoch passes over every example once, $n$ at a time. $${size}/${batch}$ is not whole: the last batch holds only ${partial} examples but is still one iteration, so round up.`
				: `One epoch passes over every example once, $n$ at a time: $${size}/${batch}$ batches exactly.`,
			partial
				? `한 에폭은 모든 데이터를 $n$개씩 한 번 훑는 것입니다. $${size}/${batch}$는 나누어떨어지지 않으므로 마지막 배치는 ${partial}개뿐이지만 그것도 한 번의 반복이라 올림합니다.`
				: `한 에폭은 모든 데이터를 $n$개씩 한 번 훑는 것입니다. $${size}/${batch}$로 나누어떨어집니다.`
		),
		explanationTex: `\\text{iterations} = ${ceilTex(size, batch)}`,
		params: { size, batch },
		answer: count,
		tolerance: 0,
		unit: ITER
	});
}

function updatesTotal(ctx: FormContext) {
	const { size, batch } = dataset(ctx);
	const epochs = int(ctx.r, 2, 20);
	const total = epochs * iterationsPerEpoch(size, batch);
	return numeric(ctx, {
		prompt: text(
			`Training runs for ${epochs} epochs on $N = ${bigTex(size)}$ examples with mini-batches of $n = ${batch}$. How many weight updates is that in all?`,
			`$N = ${bigTex(size)}$개의 데이터로 미니 배치 $n = ${batch}$, ${epochs} 에폭을 학습합니다. 가중치는 모두 몇 번 업데이트되나요?`
		),
		explanation: text(
			`Each mini-batch gives one update, and each epoch has $\\lceil N/n \\rceil$ mini-batches.`,
			`미니 배치 하나마다 업데이트가 한 번이고, 한 에폭에는 미니 배치가 $\\lceil N/n \\rceil$개 있습니다.`
		),
		explanationTex: `${epochs} \\times ${ceilTex(size, batch)} \\;\\Rightarrow\\; ${total}`,
		params: { size, batch, epochs },
		answer: total,
		tolerance: 0,
		unit: text('updates', '번')
	});
}

function lastBatch(ctx: FormContext) {
	const { size, batch } = dataset(ctx);
	const count = iterationsPerEpoch(size, batch);
	const last = size - (count - 1) * batch;
	return numeric(ctx, {
		prompt: text(
			`$N = ${bigTex(size)}$ examples are split into mini-batches of $n = ${batch}$ in order. How many examples are in the last mini-batch of the epoch?`,
			`$N = ${bigTex(size)}$개의 데이터를 차례로 $n = ${batch}$개씩 미니 배치로 나눕니다. 에폭의 마지막 미니 배치에는 몇 개가 들어가나요?`
		),
		explanation: text(
			`There are $\\lceil N/n \\rceil = ${count}$ batches; the first ${count - 1} are full and take ${(count - 1) * batch} examples, the last one gets the rest.`,
			`배치는 $\\lceil N/n \\rceil = ${count}$개이고, 앞의 ${count - 1}개가 가득 차서 ${(count - 1) * batch}개를 쓰고 마지막 배치가 나머지를 받습니다.`
		),
		explanationTex: `N - (\\lceil N/n \\rceil - 1)\\,n = ${size} - ${count - 1} \\cdot ${batch} = ${last}`,
		params: { size, batch },
		answer: last,
		tolerance: 0,
		unit: text('examples', '개')
	});
}

const METHODS = {
	sgd: text('Stochastic gradient descent (SGD)', '확률적 경사하강법(SGD)'),
	mini: text('Mini-batch gradient descent', '미니 배치 경사하강법'),
	full: text('(Full-)batch gradient descent', '(전체) 배치 경사하강법'),
	newton: text("Newton's method", '뉴턴 방법')
};
type Method = keyof typeof METHODS;

/** The method a batch size makes, read from how many updates one epoch gives. */
export function methodOf(size: number, batch: number): Method {
	const count = iterationsPerEpoch(size, batch);
	if (count === 1) return 'full';
	return count === size ? 'sgd' : 'mini';
}

function kind(ctx: FormContext) {
	const size = int(ctx.r, 10, 90) * 100;
	const batch = pick(ctx.r, [1, size, pick(ctx.r, SIZES)]);
	const key = methodOf(size, batch);
	const count = iterationsPerEpoch(size, batch);
	return choice(ctx, {
		prompt: text(
			`With $N = ${bigTex(size)}$ training examples, each update uses a batch of $${batch}$. Which method is this?`,
			`학습 데이터가 $N = ${bigTex(size)}$개이고 업데이트마다 $${batch}$개짜리 배치를 씁니다. 어떤 방법인가요?`
		),
		explanation: text(
			`Batch size 1 is SGD (one example per update, noisy); the whole data set is (full-)batch descent (one update per epoch); anything between is mini-batch. Here one epoch is ${count} update${count === 1 ? '' : 's'}.`,
			`배치 크기 1은 SGD(한 번에 데이터 하나, 잡음이 큼), 데이터 전체는 배치 경사하강법(에폭당 한 번 업데이트), 그 사이는 미니 배치입니다. 여기서는 한 에폭이 ${count}번의 업데이트입니다.`
		),
		explanationTex: `\\text{updates per epoch} = ${ceilTex(size, batch)}`,
		params: { size, batch },
		correct: { id: key, text: METHODS[key] },
		wrong: (Object.keys(METHODS) as Method[])
			.filter((k) => k !== key)
			.map((k) => ({ id: k, text: METHODS[k] }))
	});
}

function epochsAfter(ctx: FormContext) {
	const { size, batch } = dataset(ctx);
	const count = iterationsPerEpoch(size, batch);
	const steps = count * int(ctx.r, 1, 6) + int(ctx.r, 0, count - 1);
	const epochs = Math.floor(steps / count);
	return numeric(ctx, {
		prompt: text(
			`After ${big(steps)} iterations with $N = ${bigTex(size)}$ and $n = ${batch}$, how many full epochs are complete?`,
			`$N = ${bigTex(size)}$, $n = ${batch}$로 ${big(steps)}번 반복했습니다. 완전히 끝난 에폭은 몇 번인가요?`
		),
		explanation: text(
			`One epoch is $\\lceil N/n \\rceil = ${count}$ iterations; count the whole epochs in ${steps}.`,
			`한 에폭은 $\\lceil N/n \\rceil = ${count}$번의 반복이므로 ${steps}번 안에 온전한 에폭이 몇 번 들어가는지 셉니다.`
		),
		explanationTex: `\\left\\lfloor \\frac{${steps}}{${count}} \\right\\rfloor = ${epochs}`,
		params: { size, batch, steps },
		answer: epochs,
		tolerance: 0,
		unit: text('epochs', '에폭')
	});
}

function orderUpdates(ctx: FormContext) {
	const size = int(ctx.r, 20, 90) * 1000;
	const middle = [...new Set([pick(ctx.r, [8, 16, 32]), pick(ctx.r, [128, 256, 512])])];
	const batches = [1, ...middle, size];
	const sorted = [...batches].sort(
		(a, b) => iterationsPerEpoch(size, b) - iterationsPerEpoch(size, a)
	);
	return order(ctx, {
		prompt: text(
			`With $N = ${bigTex(size)}$ examples, order these batch sizes by how many weight updates one epoch gives, most first.`,
			`데이터가 $N = ${bigTex(size)}$개일 때, 한 에폭의 가중치 업데이트 횟수가 많은 배치 크기부터 놓으세요.`
		),
		explanation: text(
			`Updates per epoch are $\\lceil N/n \\rceil$: SGD (n = 1) updates after every example, full batch only once. More updates per epoch, but each one is noisier.`,
			`에폭당 업데이트는 $\\lceil N/n \\rceil$번입니다. SGD(n = 1)는 데이터마다, 전체 배치는 한 번만 업데이트합니다. 업데이트가 많을수록 하나하나는 잡음이 큽니다.`
		),
		explanationTex: sorted.map((b) => `n = ${b}: ${iterationsPerEpoch(size, b)}`).join(',\\; '),
		params: { size, batches },
		items: sorted.map((b) => ({
			id: `n-${b}`,
			text: text(`batch of ${big(b)}`, `배치 크기 ${big(b)}`)
		}))
	});
}

const TRUTHS = [
	{
		id: 'mini-tradeoff',
		text: text(
			'A mini-batch gradient is an average over n examples: less noisy than SGD, and far cheaper per update than the full batch.',
			'미니 배치 기울기는 n개 데이터의 평균이라 SGD보다 잡음이 적고, 업데이트 한 번이 전체 배치보다 훨씬 가볍다.'
		)
	},
	{
		id: 'epoch-def',
		text: text(
			'An epoch is one pass over the whole training set, however many iterations that takes.',
			'에폭은 반복이 몇 번이든 학습 데이터 전체를 한 번 훑는 것이다.'
		)
	},
	{
		id: 'sgd-noise',
		text: text(
			'The noise in SGD steps can help a run shake out of a shallow dip.',
			'SGD 걸음의 잡음은 얕은 웅덩이에서 빠져나오는 데 도움이 되기도 한다.'
		)
	}
];
const FALSEHOODS = [
	{
		id: 'full-more-updates',
		text: text(
			'Full-batch descent makes more weight updates per epoch than SGD.',
			'전체 배치 경사하강법은 SGD보다 에폭당 가중치 업데이트를 더 많이 한다.'
		)
	},
	{
		id: 'sgd-exact',
		text: text(
			'With batch size 1, each step follows the exact gradient of the full loss.',
			'배치 크기가 1이면 매 걸음이 전체 손실의 정확한 기울기를 따른다.'
		)
	},
	{
		id: 'iteration-epoch',
		text: text(
			'An iteration and an epoch are the same thing.',
			'반복(iteration)과 에폭은 같은 것이다.'
		)
	},
	{
		id: 'drop-last',
		text: text(
			'When N is not a multiple of n, the leftover examples are never used.',
			'N이 n의 배수가 아니면 남는 데이터는 절대 쓰이지 않는다.'
		)
	},
	{
		id: 'bigger-always',
		text: text(
			'A bigger batch always reaches a lower loss in the same number of epochs.',
			'배치가 클수록 같은 에폭 수에서 항상 더 낮은 손실에 도달한다.'
		)
	}
];

function whichTrue(ctx: FormContext) {
	const { size, batch } = REFERENCE;
	const count = iterationsPerEpoch(size, batch);
	const last = size - (count - 1) * batch;
	return whichIsTrue(ctx, {
		prompt: text('Which statement is true?', '다음 중 옳은 것은?'),
		truths: TRUTHS,
		falsehoods: FALSEHOODS,
		extra: text(
			`Iterations per epoch are ⌈N/n⌉, e.g. ${big(size)} examples in batches of ${batch} take ${count} iterations (the last batch holds ${last}).`,
			`에폭당 반복 횟수는 ⌈N/n⌉입니다. 예를 들어 데이터 ${big(size)}개를 ${batch}개씩 나누면 ${count}번이고 마지막 배치는 ${last}개입니다.`
		)
	});
}

export const BATCH_STATEMENTS = { truths: TRUTHS, falsehoods: FALSEHOODS };

export const batches = defineGenerator('batches', 'batches', {
	iterations,
	'updates-total': updatesTotal,
	'last-batch': lastBatch,
	kind,
	'epochs-after': epochsAfter,
	'order-updates': orderUpdates,
	'which-true': whichTrue
});
