// The words of the run analysis, in English and Korean, with the numbers a teacher can check.
import type { AnalysisKind, AnalysisNumbers } from './analyse';
import type { CriticalPoint, Text } from './types';

const n = (value: number | undefined) =>
	value === undefined || !Number.isFinite(value)
		? String(value)
		: Number(value.toPrecision(3)).toString();

const at = (point: CriticalPoint) =>
	`(${Object.values(point.at)
		.map((v) => n(v))
		.join(', ')})`;

export function describe(
	kind: AnalysisKind,
	numbers: AnalysisNumbers,
	reached: CriticalPoint | undefined,
	settings: { name: string; lr: number } | undefined
): Text {
	const loss = `${n(numbers.startLoss)} → ${n(numbers.finalLoss)}`;
	const eta = numbers.etaLambdaMax;
	switch (kind) {
		case 'global-minimum':
			return {
				en: `You reached the lowest valley at ${at(reached!)} in ${numbers.steps} steps; the loss went ${loss}.`,
				ko: `${numbers.steps}걸음 만에 ${at(reached!)}의 가장 낮은 골짜기에 도착했습니다. 손실: ${loss}.`
			};
		case 'local-minimum':
			return reached
				? {
						en: `You settled in a valley at ${at(reached)} (loss ${n(reached.value)}), but it is not the deepest one on this map. Try another start or a method that can roll over the ridge.`,
						ko: `${at(reached)}의 골짜기(손실 ${n(reached.value)})에 멈췄지만, 이 지도에서 가장 깊은 곳은 아닙니다. 다른 출발점이나 능선을 넘을 수 있는 방법을 써 보세요.`
					}
				: {
						en: `The slope vanished (|∇L| = ${n(numbers.gradientNorm)}) and the curvature is positive in every direction: a local minimum with loss ${n(numbers.finalLoss)}.`,
						ko: `기울기가 사라졌고(|∇L| = ${n(numbers.gradientNorm)}) 모든 방향의 곡률이 양수입니다. 손실 ${n(numbers.finalLoss)}인 지역 최솟값입니다.`
					};
		case 'saddle':
			return {
				en: `You stalled at a saddle point${reached ? ` ${at(reached)}` : ''}: the slope is almost zero (|∇L| = ${n(numbers.gradientNorm)}), yet the Hessian has eigenvalues of both signs (${(numbers.eigenvalues ?? []).map(n).join(', ')}), so there is still a way down.`,
				ko: `안장점${reached ? ` ${at(reached)}` : ''}에서 멈췄습니다. 기울기는 거의 0이지만(|∇L| = ${n(numbers.gradientNorm)}) 헤세 행렬의 고윳값 부호가 섞여 있어(${(numbers.eigenvalues ?? []).map(n).join(', ')}) 아직 내려갈 길이 있습니다.`
			};
		case 'plateau':
			return {
				en: `You are crawling on a plateau: the slope is only ${n(numbers.gradientNorm)}, so each step barely moves. A larger learning rate, momentum or Adam helps here.`,
				ko: `고원 위를 기어가고 있습니다. 기울기가 ${n(numbers.gradientNorm)}밖에 되지 않아 한 걸음이 거의 움직이지 않습니다. 더 큰 학습률, 모멘텀, Adam이 도움이 됩니다.`
			};
		case 'oscillating':
			return {
				en: `Your steps bounce from wall to wall${eta !== undefined ? `: η·λmax = ${n(eta)}, so each step overshoots the valley floor` : ''}. A smaller learning rate or momentum steadies the descent.`,
				ko: `걸음이 벽과 벽 사이를 오가고 있습니다${eta !== undefined ? `. η·λmax = ${n(eta)}이므로 매 걸음이 골짜기 바닥을 지나칩니다` : ''}. 학습률을 줄이거나 모멘텀을 쓰면 안정됩니다.`
			};
		case 'crawling':
			return {
				en: `Still on the way down when the steps ran out: the loss went ${loss} and the slope is ${n(numbers.gradientNorm)}. A larger learning rate would get there sooner.`,
				ko: `걸음을 다 쓸 때까지 아직 내려가는 중이었습니다. 손실은 ${loss}, 기울기는 ${n(numbers.gradientNorm)}입니다. 학습률을 키우면 더 빨리 도착합니다.`
			};
		case 'diverged':
			return eta !== undefined && eta > 2
				? {
						en: `You fell off the mountain: η·λmax = ${n(eta)} > 2, so every step overshoots by more than it corrects and the loss grows (${loss}). Use η below ${n((2 * settings!.lr) / eta)}.`,
						ko: `산에서 떨어졌습니다. η·λmax = ${n(eta)} > 2이므로 매 걸음이 바로잡는 것보다 더 많이 지나쳐 손실이 커집니다(${loss}). η를 ${n((2 * settings!.lr) / eta)}보다 작게 하세요.`
					}
				: {
						en: `You fell off the mountain: the steps grew until the loss blew up (${loss}). Try a smaller learning rate.`,
						ko: `산에서 떨어졌습니다. 걸음이 점점 커져 손실이 폭발했습니다(${loss}). 학습률을 줄여 보세요.`
					};
		case 'left-map':
			return {
				en: `You walked downhill right off the edge of the map (loss ${loss}): in that direction this surface keeps falling and has no bottom.`,
				ko: `내리막을 따라 지도 밖으로 걸어 나갔습니다(손실 ${loss}). 그 방향으로는 지형이 계속 내려가며 바닥이 없습니다.`
			};
		case 'singular':
			return {
				en: `Newton's method stopped: the Hessian here cannot be inverted (its eigenvalues are ${(numbers.eigenvalues ?? []).map(n).join(', ')}), so there is no Newton step.`,
				ko: `뉴턴 방법이 멈췄습니다. 이곳의 헤세 행렬은 역행렬이 없어서(고윳값 ${(numbers.eigenvalues ?? []).map(n).join(', ')}) 뉴턴 걸음을 계산할 수 없습니다.`
			};
	}
}
