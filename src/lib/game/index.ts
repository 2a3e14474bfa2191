// The game's one entry: createGame boots Phaser with the mountain scene inside a parent element and
// returns destroy(), which removes every bus listener the game added and the canvas. The play page
// imports this module lazily in onMount (`await import('$lib/game')`), so Phaser never loads on
// other pages or during server rendering. Events sent before the scene is up wait in an inbox.
import Phaser from 'phaser';
import type { GameBus } from './events';
import { INBOUND, Inbox, ListenerBag, type Message } from './listeners';
import { MountainScene, type MountainData } from './MountainScene';

export interface GameOptions {
	level: { id: string; title: string };
	bus: GameBus;
	reducedMotion?: boolean;
	dark?: boolean;
}

export interface GameHandle {
	destroy(): void;
}

export function createGame(parent: HTMLElement, options: GameOptions): GameHandle {
	const bag = new ListenerBag(options.bus);
	const inbox = new Inbox();
	let receive: ((message: Message) => void) | null = null;
	for (const type of INBOUND) {
		bag.on(type, (payload) => {
			const message = { type, payload } as Message;
			if (receive) receive(message);
			else inbox.push(message);
		});
	}
	const data: MountainData = {
		bus: options.bus,
		reducedMotion: options.reducedMotion ?? false,
		dark: options.dark ?? false,
		connect: (handler) => {
			if (bag.disposed) return;
			receive = handler;
			for (const message of inbox.drain()) handler(message);
		}
	};
	const game = new Phaser.Game(gameConfig(parent, options.dark ?? false));
	labelCanvas(game, options.level);
	game.scene.add('mountain', MountainScene, true, data);
	let destroyed = false;
	return {
		destroy() {
			if (destroyed) return;
			destroyed = true;
			receive = null;
			bag.dispose();
			game.destroy(true);
			// Phaser destroys on its next step; a sleeping loop has none, so wake it for that one.
			if (game.loop.started && !game.loop.running) game.loop.wake();
		}
	};
}

function gameConfig(parent: HTMLElement, dark: boolean): Phaser.Types.Core.GameConfig {
	return {
		// The scene is an image and vector lines: Canvas 2D draws it at 60 fps even where WebGL is
		// software-rendered (measured by `npm run bench:game`: WebGL under SwiftShader held ~25 fps).
		type: Phaser.CANVAS,
		parent,
		backgroundColor: dark ? '#111614' : '#f7f8f6',
		banner: false,
		autoFocus: false,
		audio: { noAudio: true },
		scale: {
			mode: Phaser.Scale.RESIZE,
			width: '100%',
			height: '100%',
			expandParent: false,
			autoRound: true
		},
		render: { antialias: true, powerPreference: 'low-power' },
		input: {
			keyboard: false,
			gamepad: false,
			mouse: { preventDefaultWheel: true },
			touch: { capture: true }
		},
		canvasStyle: 'display: block; touch-action: none;',
		scene: []
	};
}

/** The canvas is one image to assistive technology; the page gives the text alternatives. */
function labelCanvas(game: Phaser.Game, { id, title }: GameOptions['level']): void {
	const apply = () => {
		game.canvas?.setAttribute('role', 'img');
		game.canvas?.setAttribute('aria-label', title);
		if (game.canvas) game.canvas.dataset.level = id;
	};
	if (game.canvas) apply();
	else game.events.once(Phaser.Core.Events.BOOT, apply);
}
