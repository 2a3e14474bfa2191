// The wrong numbers a learner is likely to type in a gradient check by hand, each with what was
// done: named mistakes (MistakeId) where one fits, plain notes for the rest.
import { sigmoid } from '../../engine';
import { show } from '../numbers';
import type { MistakeId, Text } from '../types';
import type { Checked } from './gradcheck-functions';

/** One gradient check: the function at x, the step h and the engine's numbers. */
export interface Instance {
	readonly c: Checked;
	readonly h: number;
	readonly numerical: number;
	readonly relativeError: number;
}

export interface Slip {
	readonly mistake?: MistakeId;
	readonly value: number;
	readonly note: Text;
}

const signSlip = (value: number): Slip => ({
	mistake: 'sign-slip',
	value,
	note: { en: 'Right size, wrong sign.', ko: '크기는 맞지만 부호가 반대입니다.' }
});

export function centredSlips(i: Instance): Slip[] {
	const { c, h } = i;
	const forward = (c.value(c.x + h) - c.value(c.x)) / h;
	return [
		signSlip(-i.numerical),
		{
			value: c.analytic,
			note: {
				en: `That is the exact derivative. With h = ${show(h)} the difference quotient is not exact: it differs from f′(x) by its truncation error, which is what this check measures.`,
				ko: `그 값은 정확한 도함수입니다. h = ${show(h)}에서 차분 몫은 정확하지 않고 절단 오차만큼 f′(x)와 다릅니다. 이 검사는 바로 그 차이를 잽니다.`
			}
		},
		{
			value: forward,
			note: {
				en: 'That is the forward difference (f(x+h) − f(x)) / h. The centred one looks both ways, which makes its error shrink like h² instead of h.',
				ko: '그 값은 전진 차분 (f(x+h) − f(x)) / h입니다. 중앙 차분은 양쪽을 보기 때문에 오차가 h가 아니라 h²에 비례해 줄어듭니다.'
			}
		},
		{
			value: 2 * i.numerical,
			note: {
				en: 'That divides by h; the two points are 2h apart.',
				ko: '그 값은 h로 나눈 것입니다. 두 점 사이의 거리는 2h입니다.'
			}
		}
	];
}

export function analyticSlips(i: Instance): Slip[] {
	const { c } = i;
	const out: Slip[] = [signSlip(-c.analytic)];
	if (c.fn.id === 'sigmoid') {
		out.push({
			mistake: 'sigma-not-derivative',
			value: sigmoid(c.x),
			note: {
				en: 'That is σ(x) itself; its slope is σ(x)·(1 − σ(x)).',
				ko: '그 값은 σ(x) 자체입니다. 기울기는 σ(x)·(1 − σ(x))입니다.'
			}
		});
	}
	out.push({
		value: i.numerical,
		note: {
			en: 'That is the centred difference; the exact derivative comes from the rule, with no step h.',
			ko: '그 값은 중앙 차분입니다. 정확한 도함수는 간격 h 없이 미분 규칙에서 나옵니다.'
		}
	});
	// eˣ is its own slope, so for exp the height is no slip; for σ it is named above.
	if (c.fn.id !== 'exp' && c.fn.id !== 'sigmoid') {
		out.push({
			value: c.value(c.x),
			note: {
				en: 'That is f(x), the height, not the slope.',
				ko: '그 값은 기울기가 아니라 높이 f(x)입니다.'
			}
		});
	}
	return out;
}

export function relativeSlips(i: Instance): Slip[] {
	const gap = Math.abs(i.c.analytic - i.numerical);
	return [
		signSlip(-i.relativeError),
		{
			value: gap,
			note: {
				en: 'That is the absolute error |a − n|; the relative error divides it by the larger of |a| and |n|.',
				ko: '그 값은 절대 오차 |a − n|입니다. 상대 오차는 이를 |a|와 |n| 중 큰 값으로 나눕니다.'
			}
		},
		{
			value: gap / Math.min(Math.abs(i.c.analytic), Math.abs(i.numerical)),
			note: {
				en: 'That divides by the smaller of |a| and |n|; divide by the larger, so it does not matter which of the two you call the reference.',
				ko: '그 값은 |a|와 |n| 중 작은 값으로 나눈 것입니다. 큰 값으로 나누어야 둘 중 어느 쪽을 기준으로 삼든 같은 값이 나옵니다.'
			}
		}
	];
}
