// createGame's bookkeeping, with Phaser replaced by a stand-in (Phaser needs a browser): every bus
// listener the game adds is gone after destroy(), events sent while booting are delivered once the
// scene connects, and destroy() reaches Phaser even when its loop sleeps.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { GameBus, type TerrainSpec } from './events';
import type { Message } from './listeners';
import type { MountainData } from './MountainScene';

const fake = vi.hoisted(() => ({
	games: [] as {
		config: Record<string, unknown>;
		data?: MountainData;
		destroy: ReturnType<typeof import('vitest').vi.fn>;
		loop: { started: boolean; running: boolean; wake: ReturnType<typeof import('vitest').vi.fn> };
		canvas: { attributes: Record<string, string>; dataset: Record<string, string> };
	}[]
}));

vi.mock('phaser', async () => {
	const { vi } = await import('vitest');
	class Game {
		destroy = vi.fn();
		loop = { started: true, running: false, wake: vi.fn() };
		canvas = {
			attributes: {} as Record<string, string>,
			dataset: {} as Record<string, string>,
			setAttribute(name: string, value: string) {
				this.attributes[name] = value;
			}
		};
		events = { once: vi.fn() };
		scene = {
			add: (_key: string, _scene: unknown, _start: boolean, data: MountainData) => {
				fake.games[fake.games.length - 1].data = data;
			}
		};
		constructor(public config: Record<string, unknown>) {
			fake.games.push(this as never);
		}
	}
	return {
		default: { Game, AUTO: 0, Scale: { RESIZE: 5 }, Core: { Events: { BOOT: 'boot' } } }
	};
});
vi.mock('./MountainScene', () => ({ MountainScene: class {} }));

const { createGame } = await import('./index');

const terrain: TerrainSpec = {
	variables: ['x'],
	bounds: [[0, 1]],
	values: new Float64Array(2),
	rows: 1,
	cols: 2,
	min: 0,
	max: 0,
	landmarks: []
};

describe('createGame', () => {
	beforeEach(() => {
		fake.games.length = 0;
	});

	it('removes every bus listener it added on destroy, and destroys the game', () => {
		const bus = new GameBus();
		bus.on('game:ready', () => {});
		const before = bus.size;
		const handle = createGame({} as HTMLElement, {
			level: { id: 'l1', title: 'First steps' },
			bus
		});
		expect(bus.size).toBeGreaterThan(before);
		handle.destroy();
		expect(bus.size).toBe(before);
		const game = fake.games[0];
		expect(game.destroy).toHaveBeenCalledWith(true);
		// The loop slept: it is woken so Phaser runs its pending destroy.
		expect(game.loop.wake).toHaveBeenCalled();
		handle.destroy();
		expect(game.destroy).toHaveBeenCalledTimes(1);
	});

	it('holds events sent while booting and delivers them when the scene connects', () => {
		const bus = new GameBus();
		createGame({} as HTMLElement, { level: { id: 'l1', title: 'First steps' }, bus, dark: true });
		bus.emit('theme:set', { dark: false });
		bus.emit('terrain:set', terrain);
		const received: Message[] = [];
		const data = fake.games[0].data!;
		expect(data.dark).toBe(true);
		data.connect((m) => received.push(m));
		expect(received.map((m) => m.type)).toEqual(['theme:set', 'terrain:set']);
		bus.emit('view:zoom', { factor: 2 });
		expect(received.at(-1)).toEqual({ type: 'view:zoom', payload: { factor: 2 } });
	});

	it('lets no scene connect after destroy (a late boot adds nothing)', () => {
		const bus = new GameBus();
		const handle = createGame({} as HTMLElement, { level: { id: 'l1', title: 'T' }, bus });
		handle.destroy();
		const received: Message[] = [];
		fake.games[0].data!.connect((m) => received.push(m));
		bus.emit('view:reset', {});
		expect(received).toEqual([]);
		expect(bus.size).toBe(0);
	});

	it('labels the canvas as one image named by the level title', () => {
		createGame({} as HTMLElement, { level: { id: 'l7', title: 'The ravine' }, bus: new GameBus() });
		const canvas = fake.games[0].canvas;
		expect(canvas.attributes).toEqual({ role: 'img', 'aria-label': 'The ravine' });
		expect(canvas.dataset.level).toBe('l7');
	});
});
