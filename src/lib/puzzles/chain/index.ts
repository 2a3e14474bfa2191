// The chain-rule puzzles: the tiers in the order a learner meets them, and the verbs the page and
// the server call. Everything here is pure: (id, seed) makes a puzzle, answers make a score.
import type {
	FieldResult,
	Puzzle,
	PuzzleDef,
	PuzzleScore,
	PuzzleSubmission,
	TierDef
} from '../types';
import { checkFields, scoreWith } from './check';
import { CIRCUIT_PUZZLES } from './circuits';
import { GATE_PUZZLES } from './gates';
import { GENERATED_PUZZLES } from './generated';
import { GRADCHECK_TIER } from './gradcheck';
import { LOSS_PUZZLES } from './losses';
import { MATRIX_TIER } from './matrix';
import { NETWORK_PUZZLES } from './network';
import { PERCEPTRON_PUZZLES } from './perceptron';
import { walk, type WalkStep } from './step-through';

export { MAX_ANSWER_LENGTH, MAX_HINTS } from './check';
export { MAX_SEED } from './seed';
export type { WalkStep } from './step-through';

export const TIERS: readonly TierDef[] = [
	{
		id: 'gates',
		title: { en: 'Single gates', ko: '게이트 하나씩' },
		intro: {
			en: 'Each gate passes the gradient down by its own rule: add copies it, mul swaps the inputs’ values, max routes it to the winner, and a value used twice adds up what comes back.',
			ko: '게이트마다 기울기를 내려보내는 규칙이 있습니다. 덧셈은 그대로 복사하고, 곱셈은 입력값을 맞바꿔 곱하고, max는 이긴 쪽에만 보내며, 두 번 쓰인 값은 돌아오는 기울기를 더합니다.'
		},
		puzzles: GATE_PUZZLES
	},
	{
		id: 'circuits',
		title: { en: 'Classic circuits', ko: '고전적인 회로' },
		intro: {
			en: 'Whole graphs, forward then backward: downstream = upstream × local, node by node, from ∂f/∂f = 1 down to the inputs.',
			ko: '그래프 전체를 순전파한 뒤 역전파합니다. ∂f/∂f = 1에서 입력까지 노드마다 하류 기울기 = 상류 기울기 × 국소 미분을 적용합니다.'
		},
		puzzles: CIRCUIT_PUZZLES
	},
	{
		id: 'losses',
		title: { en: 'Loss nodes', ko: '손실 노드' },
		intro: {
			en: 'The loss sits at the top of the graph and starts the backward pass. After a sigmoid, cross-entropy’s gradient simplifies to ŷ − y.',
			ko: '손실은 그래프의 맨 위에서 역전파를 시작합니다. 시그모이드 뒤의 교차 엔트로피는 기울기가 ŷ − y로 간단해집니다.'
		},
		puzzles: LOSS_PUZZLES
	},
	{
		id: 'perceptron',
		title: { en: 'The perceptron', ko: '퍼셉트론' },
		intro: {
			en: 'A perceptron for regression and for classification, from prediction to loss to gradient, ending in one step of gradient descent w ← w − α·∂L/∂w.',
			ko: '회귀와 분류를 하는 퍼셉트론을 예측, 손실, 기울기 순서로 따라가고, 경사하강법 한 걸음 w ← w − α·∂L/∂w로 마칩니다.'
		},
		puzzles: PERCEPTRON_PUZZLES
	},
	{
		id: 'network',
		title: { en: 'A two-layer network', ko: '2층 신경망' },
		intro: {
			en: 'Backpropagation through a hidden layer: the gradient reaches w11 and b1 only by passing through the output layer first.',
			ko: '은닉층을 지나는 역전파입니다. 기울기는 출력층을 먼저 거쳐야 w11과 b1에 닿습니다.'
		},
		puzzles: NETWORK_PUZZLES
	},
	MATRIX_TIER,
	GRADCHECK_TIER,
	{
		id: 'generated',
		title: { en: 'Endless graphs', ko: '끝없는 그래프' },
		intro: {
			en: 'Random graphs by difficulty and seed: more nodes, more values used twice and more nonlinear gates as the difficulty grows.',
			ko: '난이도와 시드로 만드는 무작위 그래프입니다. 난이도가 높을수록 노드, 두 번 쓰이는 값, 비선형 게이트가 많아집니다.'
		},
		puzzles: GENERATED_PUZZLES
	}
];

const BY_ID = new Map(TIERS.flatMap((t) => t.puzzles.map((p) => [p.id, p] as const)));

/** The definition of a puzzle, or undefined for an unknown id (for a 404 page). */
export function findPuzzleDef(id: string): PuzzleDef | undefined {
	return BY_ID.get(id);
}

/** The definition of a puzzle; an unknown id is an Error naming it. */
export function getPuzzleDef(id: string): PuzzleDef {
	const def = BY_ID.get(id);
	if (def === undefined) throw new Error(`Unknown puzzle "${id}"`);
	return def;
}

/** The puzzle `id` for `seed` (a whole number from 0 to MAX_SEED). */
export function makePuzzle(id: string, seed: number): Puzzle {
	return getPuzzleDef(id).make(seed);
}

/** Each field's status: empty, unreadable, correct, or wrong with the broken rule and the right number. */
export function checkAnswers(
	puzzle: Puzzle,
	answers: Readonly<Record<string, string>>
): FieldResult[] {
	return checkFields(getPuzzleDef(puzzle.id), puzzle, answers);
}

/** Re-makes the puzzle from the submission and scores it; refuses a submission no page could send. */
export function scorePuzzle(sub: PuzzleSubmission): PuzzleScore {
	if (typeof sub !== 'object' || sub === null) throw new Error('A submission must be an object');
	return scoreWith(getPuzzleDef(sub.id), sub);
}

/** The worked walk: forward values in order, then the backward pass from the root, node by node. */
export function stepThrough(puzzle: Puzzle): WalkStep[] {
	return walk(getPuzzleDef(puzzle.id), puzzle);
}
