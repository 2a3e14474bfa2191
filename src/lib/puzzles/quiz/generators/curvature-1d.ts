// Curvature in one dimension (C19): f'' of a seeded cubic at a point, by the engine, and what
// its sign says about the shape (concave up like a bowl, concave down like a cap).
import { parse } from '../../../engine';
import { int, nonZeroInt, pick } from '../../random';
import { choice, form, num, numeric, sumSource, sumTex, t, tex, type Term, par } from './b-kit';

export interface Cubic {
	readonly a: number;
	readonly b: number;
	readonly c: number;
	readonly x0: number;
}

const cubicTerms = (p: Cubic): Term[] => [
	{ c: p.a, src: 'x^3', tex: 'x^3' },
	{ c: p.b, src: 'x^2', tex: 'x^2' },
	{ c: p.c, src: 'x', tex: 'x' }
];

/** The engine's second derivative of the cubic at x0. */
export const cubicCurvature = (p: Cubic) =>
	parse(sumSource(cubicTerms(p))).hessian({ x: p.x0 })[0][0];

const cubicTex = (p: Cubic) => `f(x) = ${sumTex(cubicTerms(p))}`;

function curvatureWords(p: Cubic) {
	const f2 = cubicCurvature(p);
	return {
		explanation: t(
			`Differentiate twice: f''(x) = 6ax + 2b, so f''(${num(p.x0)}) = 6·${par(p.a)}·${par(p.x0)} + 2·${par(p.b)} = ${num(f2)}.`,
			`두 번 미분하면 f''(x) = 6ax + 2b이므로 f''(${num(p.x0)}) = 6·${par(p.a)}·${par(p.x0)} + 2·${par(p.b)} = ${num(f2)}입니다.`
		),
		explanationTex: `f''(x) = 6ax + 2b,\\quad f''(${tex(p.x0)}) = ${tex(f2)}`
	};
}

export const secondDerivative = form(
	(r): Cubic => ({
		a: nonZeroInt(r, -2, 2),
		b: int(r, -4, 4),
		c: int(r, -5, 5),
		x0: int(r, -2, 2)
	}),
	(ctx, p) => {
		const words = {
			prompt: t(
				`What is the second derivative $f''(x)$ at $x = ${tex(p.x0)}$?`,
				`$x = ${tex(p.x0)}$에서 2계 도함수 $f''(x)$의 값은 얼마입니까?`
			),
			promptTex: cubicTex(p),
			...curvatureWords(p)
		};
		return numeric(ctx, words, cubicCurvature(p));
	}
);

type Bend = 'up' | 'down' | 'flat';

const BEND: Record<Bend, { name: ReturnType<typeof t>; why: ReturnType<typeof t> }> = {
	up: {
		name: t('concave up (curving like a bowl)', '아래로 볼록(그릇처럼 위로 휨)'),
		why: t(
			"f'' > 0: the slope is increasing, so the graph bends upward like a bowl; a stationary point here would be a minimum.",
			"f'' > 0: 기울기가 커지고 있으므로 그래프가 그릇처럼 위로 휩니다. 여기서 정류점이라면 최솟값입니다."
		)
	},
	down: {
		name: t('concave down (curving like a cap)', '위로 볼록(뚜껑처럼 아래로 휨)'),
		why: t(
			"f'' < 0: the slope is decreasing, so the graph bends downward like a cap; a stationary point here would be a maximum.",
			"f'' < 0: 기울기가 작아지고 있으므로 그래프가 뚜껑처럼 아래로 휩니다. 여기서 정류점이라면 최댓값입니다."
		)
	},
	flat: {
		name: t("neither: f'' = 0 here", "어느 쪽도 아님: 여기서 f'' = 0"),
		why: t(
			"f'' = 0: the curvature changes sign here (an inflection point of the cubic), so it bends neither way.",
			"f'' = 0: 여기서 곡률의 부호가 바뀝니다(삼차함수의 변곡점). 어느 쪽으로도 휘지 않습니다."
		)
	}
};

export const concavity = form(
	(r): Cubic => {
		const bend = pick<Bend>(r, ['up', 'down', 'flat']);
		const a = nonZeroInt(r, -2, 2);
		const x0 = int(r, -2, 2);
		const shift = bend === 'flat' ? 0 : (bend === 'up' ? 1 : -1) * int(r, 1, 4);
		// f''(x0) = 6a·x0 + 2b, so b = −3a·x0 + shift gives f''(x0) = 2·shift.
		return { a, b: -3 * a * x0 + shift, c: int(r, -5, 5), x0 };
	},
	(ctx, p) => {
		const f2 = cubicCurvature(p);
		const bend: Bend = f2 > 0 ? 'up' : f2 < 0 ? 'down' : 'flat';
		const options = (['up', 'down', 'flat'] as const).map((k) => ({ key: k, text: BEND[k].name }));
		const words = curvatureWords(p);
		return choice(
			ctx,
			{
				prompt: t(
					`How does the graph of f bend at $x = ${tex(p.x0)}$?`,
					`$x = ${tex(p.x0)}$에서 f의 그래프는 어떻게 휘어 있습니까?`
				),
				promptTex: cubicTex(p),
				explanation: t(
					`${words.explanation.en} ${BEND[bend].why.en}`,
					`${words.explanation.ko} ${BEND[bend].why.ko}`
				),
				explanationTex: words.explanationTex
			},
			options,
			bend
		);
	}
);
