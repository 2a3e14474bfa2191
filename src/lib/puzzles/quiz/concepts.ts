// The concepts the quizzes track mastery of, with their names in both languages, one line on what
// each covers, and the CURRICULUM.md C-numbers they come from.
import type { ConceptId } from './types';
import type { Text } from '../types';

export interface ConceptInfo {
	readonly id: ConceptId;
	readonly name: Text;
	readonly description: Text;
	/** CURRICULUM.md concept numbers, e.g. `C4`. */
	readonly curriculum: readonly string[];
}

const c = (
	id: ConceptId,
	curriculum: string[],
	en: [string, string],
	ko: [string, string]
): ConceptInfo => ({
	id,
	curriculum,
	name: { en: en[0], ko: ko[0] },
	description: { en: en[1], ko: ko[1] }
});

/** Every concept, in the order the quiz page lists them. */
export const CONCEPTS: readonly ConceptInfo[] = [
	c(
		'learning-rate',
		['C4', 'C5'],
		[
			'Learning rate',
			'How the step w ← w − η·dL/dw behaves when η is too small, right, or too large.'
		],
		['학습률', '학습률 η가 너무 작거나, 알맞거나, 너무 클 때 w ← w − η·dL/dw가 어떻게 움직이는지.']
	),
	c(
		'batches',
		['C6'],
		['Batches and epochs', 'Full batch, mini-batch and SGD; how many iterations make one epoch.'],
		['배치와 에폭', '배치, 미니 배치, 확률적 경사하강법(SGD)과 한 에폭에 필요한 반복 횟수.']
	),
	c(
		'gradients',
		['C3'],
		[
			'Numerical vs analytic gradients',
			'Finite differences, the step h, and what a gradient check catches.'
		],
		['수치 기울기와 해석적 기울기', '유한 차분, 간격 h, 그리고 기울기 검사가 잡아내는 것.']
	),
	c(
		'chain-rule',
		['C7', 'C8', 'C9', 'C10'],
		[
			'Chain rule',
			'Downstream = upstream × local; how add, mul, max and copy gates pass gradients back.'
		],
		[
			'연쇄 법칙',
			'하류 기울기 = 상류 기울기 × 국소 기울기. 덧셈·곱셈·max·복사 노드가 기울기를 돌려보내는 방식.'
		]
	),
	c(
		'activations',
		['C15'],
		[
			'Activation functions',
			'Sigmoid, tanh, ReLU, Leaky ReLU, ELU and Maxout: values and derivatives.'
		],
		['활성화 함수', '시그모이드, tanh, ReLU, Leaky ReLU, ELU, Maxout의 값과 도함수.']
	),
	c(
		'vanishing',
		['C16'],
		[
			'Vanishing gradients and dead ReLUs',
			'Why deep sigmoid nets barely learn, and why some ReLU units stop learning.'
		],
		[
			'기울기 소실과 죽은 ReLU',
			'깊은 시그모이드 신경망이 잘 배우지 못하는 이유와 ReLU 유닛이 학습을 멈추는 이유.'
		]
	),
	c(
		'why-activations',
		['C14'],
		['Why activations?', 'Without a nonlinearity, W₂·W₁ is just one matrix: depth adds nothing.'],
		[
			'활성화 함수가 필요한 이유',
			'비선형 함수가 없으면 W₂·W₁은 행렬 하나일 뿐이라 층을 쌓아도 소용이 없습니다.'
		]
	),
	c(
		'curvature',
		['C19', 'C20'],
		[
			'Curvature and the Hessian',
			'Second derivatives, concavity, and telling minima, maxima and saddles apart.'
		],
		['곡률과 헤세 행렬', '이계도함수와 볼록성, 그리고 최솟값·최댓값·안장점을 구별하는 법.']
	),
	c(
		'newton',
		['C21'],
		["Newton's method", 'One step x ← x − H⁻¹∇f, in one and two dimensions.'],
		['뉴턴 방법', '1차원과 2차원에서 x ← x − H⁻¹∇f 한 걸음.']
	),
	c(
		'optimizers',
		['C17', 'C18'],
		[
			'Optimizers',
			'One step of momentum, Nesterov, Adagrad, RMSprop or Adam by hand; local minima.'
		],
		[
			'옵티마이저',
			'모멘텀, 네스테로프, Adagrad, RMSprop, Adam의 한 걸음을 손으로 계산하기. 지역 최솟값.'
		]
	),
	c(
		'regularization',
		['C22'],
		['Regularization', 'L1, L2 and elastic-net penalties, and what they do against overfitting.'],
		['정규화', 'L1, L2, 엘라스틱 넷 페널티와 과적합을 막는 원리.']
	),
	c(
		'softmax',
		['C23'],
		[
			'Softmax and cross-entropy',
			'Scores to probabilities, and the loss −log p of the right class.'
		],
		['소프트맥스와 교차 엔트로피', '점수를 확률로 바꾸고 정답 클래스의 −log p를 손실로 쓰기.']
	),
	c(
		'hinge',
		['C23'],
		['Hinge loss', 'The SVM loss Σ max(0, sⱼ − s_y + Δ) and its margin.'],
		['힌지 손실', 'SVM 손실 Σ max(0, sⱼ − s_y + Δ)와 마진.']
	),
	c(
		'linear-score',
		['C11', 'C12', 'C24'],
		[
			'Linear scores and shapes',
			'f = Wx + b, the perceptron, and the shapes of scalars, vectors and tensors.'
		],
		['선형 점수와 모양', 'f = Wx + b, 퍼셉트론, 스칼라·벡터·텐서의 모양.']
	),
	c(
		'features',
		['C25'],
		['Features', 'Hand-made features (colour histograms, HoG) versus features a network learns.'],
		['특징', '사람이 만든 특징(색상 히스토그램, HoG)과 신경망이 배우는 특징.']
	),
	c(
		'misconceptions',
		['C3', 'C17', 'C21', 'C22', 'C24'],
		['Common mistakes', 'Claims that sound right but are not, from real study notes.'],
		['흔한 오해', '그럴듯하지만 틀린 주장들, 실제 학습 노트에서 나온 것.']
	)
];

/** The concept's names and description; throws on an unknown id. */
export function conceptInfo(id: ConceptId): ConceptInfo {
	const info = CONCEPTS.find((x) => x.id === id);
	if (!info) throw new Error(`Unknown quiz concept "${id}"`);
	return info;
}
