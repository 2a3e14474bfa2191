// The built-in MLP landscapes. Sizes are kept small on purpose: training plus a 64×64 grid of each
// must take well under a second on a modest laptop (bench/run.ts measures it), and the data sets
// are regenerated from their seeds rather than shipped.
import { MlpLandscape, type MlpLandscapeSpec } from './MlpLandscape';

const SPECS: MlpLandscapeSpec[] = [
	{
		id: 'spirals-tanh',
		name: { en: 'Two spirals (tanh)', ko: '두 나선 (tanh)' },
		description: {
			en: 'A network with two tanh layers of 8 units, trained on two interleaved spirals. The map is a slice through its 105 trained weights along two random directions: the trained network sits in the middle.',
			ko: '8개 유닛의 tanh 층 두 개로 된 신경망을 서로 감긴 두 나선으로 학습시켰습니다. 지도는 학습된 가중치 105개를 두 무작위 방향으로 자른 단면이며, 학습된 신경망이 한가운데 있습니다.'
		},
		data: { set: 'spirals', examples: 96, seed: 1 },
		net: { hidden: [8, 8], activation: 'tanh' },
		train: { seed: 1, steps: 1200, lr: 0.02 },
		directions: [11, 12],
		range: 0.5
	},
	{
		id: 'moons-relu',
		name: { en: 'Two moons (ReLU)', ko: '두 개의 달 (ReLU)' },
		description: {
			en: 'One ReLU layer of 8 units separates two interlocking half moons. ReLU units switch off abruptly, so the slice has creases where a unit turns on or off.',
			ko: '8개 유닛의 ReLU 층 하나가 맞물린 두 반달을 가릅니다. ReLU 유닛은 갑자기 꺼지므로 단면에는 유닛이 켜지고 꺼지는 곳마다 주름이 생깁니다.'
		},
		data: { set: 'moons', examples: 64, seed: 2 },
		net: { hidden: [8], activation: 'relu' },
		train: { seed: 2, steps: 600, lr: 0.05 },
		directions: [21, 22],
		range: 0.5
	},
	{
		id: 'circles-sigmoid',
		name: { en: 'Circle in a circle (sigmoid)', ko: '원 안의 원 (시그모이드)' },
		description: {
			en: 'Six sigmoid units learn to tell an inner ring from an outer one. A straight line cannot do it; a ring of units can.',
			ko: '시그모이드 유닛 6개가 안쪽 고리와 바깥 고리를 구별하도록 배웁니다. 직선으로는 할 수 없지만 유닛 여러 개가 모이면 할 수 있습니다.'
		},
		data: { set: 'circles', examples: 64, seed: 3 },
		net: { hidden: [6], activation: 'sigmoid' },
		train: { seed: 3, steps: 800, lr: 0.1 },
		directions: [31, 32],
		range: 0.5
	},
	{
		id: 'xor-tanh',
		name: { en: 'XOR (tanh)', ko: 'XOR (tanh)' },
		description: {
			en: 'The classic problem one neuron cannot solve: label 1 where the two inputs have different signs. Four tanh units are enough.',
			ko: '뉴런 하나로는 풀 수 없는 고전 문제입니다. 두 입력의 부호가 다르면 1입니다. tanh 유닛 네 개면 충분합니다.'
		},
		data: { set: 'xor', examples: 48, seed: 4 },
		net: { hidden: [4], activation: 'tanh' },
		train: { seed: 4, steps: 600, lr: 0.05 },
		directions: [41, 42],
		range: 0.5
	},
	{
		id: 'blobs-relu',
		name: { en: 'Two clouds (ReLU)', ko: '두 구름 (ReLU)' },
		description: {
			en: 'Two overlapping Gaussian clouds: an easy problem, so the slice is a wide, smooth basin.',
			ko: '겹쳐 있는 두 가우스 구름입니다. 쉬운 문제라서 단면은 넓고 매끄러운 분지입니다.'
		},
		data: { set: 'blobs', examples: 64, seed: 5 },
		net: { hidden: [4], activation: 'relu' },
		train: { seed: 5, steps: 300, lr: 0.05 },
		directions: [51, 52],
		range: 1
	},
	{
		id: 'deep-sigmoid',
		name: { en: 'Deep and sigmoid', ko: '깊은 시그모이드 신경망' },
		description: {
			en: 'Three sigmoid layers on the two moons. Each sigmoid passes back at most a quarter of the gradient, so the first layers learn slowly: the gradients vanish, the training stalls at a high loss, and the map is a broad, nearly flat plateau.',
			ko: '두 개의 달 데이터에 시그모이드 층 세 개를 쌓았습니다. 시그모이드는 기울기를 많아야 4분의 1만 뒤로 전하므로 앞쪽 층은 느리게 배웁니다. 기울기가 사라지고 학습은 높은 손실에서 멈추며, 지도는 넓고 거의 평평한 고원입니다.'
		},
		data: { set: 'moons', examples: 64, seed: 6 },
		net: { hidden: [6, 6, 6], activation: 'sigmoid' },
		train: { seed: 6, steps: 400, lr: 0.01 },
		directions: [61, 62],
		range: 1
	}
];

/** The MLP landscapes; each trains only when first used. */
export function mlpLandscapes(): MlpLandscape[] {
	return SPECS.map((spec) => new MlpLandscape(spec));
}
