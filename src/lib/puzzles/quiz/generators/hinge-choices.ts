// Hinge-loss questions with choices (C23): which scores meet every margin (one trap has the right
// class on top but too close), and what happens to hinge and cross-entropy once the margin is met.
import { int, pick, shuffle } from '../../random';
import { choice, form, num, t, tex, vecTex, type Rand, vecText } from './b-kit';
import { hingeLoss } from './b-math';
import { CLASSES, softmax } from './softmax';

const score = (r: Rand) => int(r, -10, 30) / 10;

/** Four score vectors for class 0, exactly one with zero loss (Δ = 1); the first is that one. */
export function drawZeroLoss(r: Rand): number[][] {
	for (;;) {
		const top = score(r);
		const safe = [top, top - 1 - int(r, 1, 10) / 10, top - 1 - int(r, 1, 20) / 10];
		const close = [top, top - int(r, 1, 9) / 10, top - 1 - int(r, 1, 10) / 10]; // on top, yet inside the margin
		const other = [score(r), score(r), score(r)];
		const another = [score(r), score(r), score(r)];
		const list = [safe, close, other, another];
		const faces = new Set(list.map((s) => vecTex(s)));
		// Clear of the kink both ways, so round-off cannot blur which loss is zero.
		const losses = list.map((s) => hingeLoss(s, 0, 1));
		const clear = losses.every((v) => v === 0 || v > 0.05);
		if (clear && losses.filter((v) => v === 0).length === 1 && losses[0] === 0 && faces.size === 4)
			return list;
	}
}

export const zeroLoss = form(drawZeroLoss, (ctx, list) => {
	const lines = list.map((s) => `${vecText(s)} → ${num(hingeLoss(s, 0, 1))}`).join('; ');
	return choice(
		ctx,
		{
			prompt: t(
				`An image of a ${CLASSES[0].en}; each vector lists the scores (${CLASSES.slice(0, 3)
					.map((c) => c.en)
					.join(', ')}). With Δ = 1, which one has zero hinge loss?`,
				`${CLASSES[0].ko} 이미지입니다. 각 벡터는 (${CLASSES.slice(0, 3)
					.map((c) => c.ko)
					.join(', ')}) 점수입니다. Δ = 1일 때 힌지 손실이 0인 것은 어느 것입니까?`
			),
			promptTex: 'L_i = \\sum_{j \\ne y_i} \\max(0,\\ s_j - s_{y_i} + 1)',
			explanation: t(
				`Zero loss needs the right score at least Δ = 1 above every other score; being the largest is not enough. The losses: ${lines}.`,
				`손실이 0이려면 정답 점수가 다른 모든 점수보다 Δ = 1 이상 커야 합니다. 가장 크기만 해서는 부족합니다. 손실: ${lines}.`
			)
		},
		list.map((s) => ({
			key: `s${vecTex(s).replace(/[ ()]/g, '')}`,
			text: t(`s = ${vecText(s)}`, `s = ${vecText(s)}`),
			tex: `s = ${vecTex(s)}`
		})),
		`s${vecTex(list[0]).replace(/[ ()]/g, '')}`
	);
});

export const versusSoftmax = form(
	(r) => {
		const top = int(r, 20, 40) / 10;
		const rest = shuffle(r, [top - 1 - int(r, 1, 10) / 10, top - 1 - int(r, 1, 20) / 10]);
		return { s: [top, ...rest], raise: pick(r, [0.5, 1, 2]) };
	},
	(ctx, { s, raise }) => {
		const after = [s[0] + raise, s[1], s[2]];
		const ce = (v: readonly number[]) => -Math.log(softmax(v)[0]);
		return choice(
			ctx,
			{
				prompt: t(
					`Scores $${vecTex(s)}$, right class first, Δ = 1. Training raises the right score by ${num(raise)}. What happens to the hinge loss and to the cross-entropy loss?`,
					`점수 $${vecTex(s)}$, 첫 번째가 정답 클래스, Δ = 1입니다. 학습으로 정답 점수가 ${num(raise)}만큼 오릅니다. 힌지 손실과 교차 엔트로피 손실은 어떻게 됩니까?`
				),
				explanation: t(
					`Every margin was already met, so the hinge loss is ${num(hingeLoss(s, 0, 1))} before and ${num(hingeLoss(after, 0, 1))} after: it is satisfied and stops pushing. Cross-entropy is never exactly satisfied: it goes from ${num(ce(s))} to ${num(ce(after))}, still asking for a larger gap.`,
					`모든 마진이 이미 만족되었으므로 힌지 손실은 전에도 ${num(hingeLoss(s, 0, 1))}, 후에도 ${num(hingeLoss(after, 0, 1))}입니다. 만족한 뒤에는 더 밀지 않습니다. 교차 엔트로피는 결코 완전히 만족하지 않아 ${num(ce(s))} → ${num(ce(after))}처럼 줄며 더 큰 차이를 계속 요구합니다.`
				),
				explanationTex: `-\\ln p_y:\\ ${tex(ce(s))} \\to ${tex(ce(after))}`
			},
			[
				{
					key: 'hinge-flat',
					text: t(
						'Hinge stays 0; cross-entropy still falls a little.',
						'힌지는 0 그대로이고, 교차 엔트로피는 조금 더 줄어듭니다.'
					)
				},
				{ key: 'both-fall', text: t('Both fall.', '둘 다 줄어듭니다.') },
				{ key: 'both-flat', text: t('Neither changes.', '둘 다 변하지 않습니다.') },
				{
					key: 'ce-flat',
					text: t(
						'Hinge falls; cross-entropy stays the same.',
						'힌지는 줄고, 교차 엔트로피는 그대로입니다.'
					)
				}
			],
			'hinge-flat'
		);
	}
);
