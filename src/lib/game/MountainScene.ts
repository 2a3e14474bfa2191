// The mountain: the one Phaser scene. It draws what the page's bus tells it (terrain, racers,
// ghost, start region, view, motion, theme) and reports what the learner did on the canvas. It
// draws only when something changed and puts the game loop to sleep when nothing moves, so a
// paused game costs no CPU; any event or input wakes it. Its state lives in SceneModel.
import Phaser from 'phaser';
import { AxesPainter } from './AxesPainter';
import type { GameBus, GameEventName, GameEvents } from './events';
import { IdleClock } from './idle';
import { errorMessage, type Message } from './listeners';
import { MarksPainter } from './MarksPainter';
import { Occupancy } from './occupancy';
import { RacerPainter } from './RacerPainter';
import { SceneModel } from './SceneModel';
import { TerrainPainter } from './TerrainPainter';
import { palette } from './theme';
import { ViewInput } from './ViewInput';

export interface MountainData {
	bus: GameBus;
	reducedMotion: boolean;
	dark: boolean;
	/** Hands the scene's receiver to the bridge, which delivers what arrived while booting. */
	connect(receive: (message: Message) => void): void;
}

export class MountainScene extends Phaser.Scene {
	private options!: MountainData;
	private model!: SceneModel;
	private readonly idle = new IdleClock(3);
	/** Label space shared by landmarks (placed first) and contour labels. */
	private readonly occupancy = new Occupancy();
	private ready = false;
	private lastError = '';
	private ground!: TerrainPainter;
	private axes!: AxesPainter;
	private marksPainter!: MarksPainter;
	private racerPainter!: RacerPainter;
	private pointer!: ViewInput;
	private observer: ResizeObserver | null = null;

	constructor() {
		super({ key: 'mountain' });
	}

	init(data: MountainData): void {
		this.options = data;
	}

	create(): void {
		const size = { width: this.scale.width, height: this.scale.height };
		this.model = new SceneModel(this.options.dark, this.options.reducedMotion, size);
		// Depths: relief 0, profile grid 0.5, contours 1–2, marks 3–4, racers 5–7, axes 20–21.
		this.ground = new TerrainPainter(this, 0, this.occupancy);
		this.axes = new AxesPainter(this, 0.5, 20);
		this.marksPainter = new MarksPainter(this, 3, this.occupancy);
		this.racerPainter = new RacerPainter(this, 5, palette(false).outline);
		this.setTheme(this.model.dark);
		if (this.input.manager.pointersTotal < 2) this.input.addPointer(1);
		this.pointer = new ViewInput(this, {
			pan: (dx, dy) => this.model.pan(dx, dy),
			zoomAt: (factor, x, y) => this.model.zoomAt(factor, x, y),
			handle: () => this.model.handleOnScreen(),
			dragStart: (x, y, final) => {
				const dragged = this.model.dragStart(x, y, final);
				if (dragged) this.send('start:dragged', dragged);
			},
			wake: () => this.wake()
		});
		this.scale.on(Phaser.Scale.Events.RESIZE, this.onResize, this);
		this.watchParent();
		this.events.once(Phaser.Scenes.Events.DESTROY, this.teardown, this);
		this.game.events.once(Phaser.Core.Events.POST_RENDER, () => {
			this.ready = true;
			this.send('game:ready', {});
		});
		this.options.connect((message) => this.receive(message));
	}

	/** One page → scene event. Never throws: a failure becomes game:error. */
	receive(message: Message): void {
		try {
			this.model.apply(message, performance.now());
			if (message.type === 'terrain:set') this.ground.setTerrain(message.payload);
			if (message.type === 'theme:set') this.setTheme(message.payload.dark);
		} catch (error) {
			this.fail(error, message.type);
		}
		this.wake();
	}

	private setTheme(dark: boolean): void {
		this.cameras.main.setBackgroundColor(palette(dark).background);
		this.ground.setTheme(dark);
		this.axes.setTheme(dark);
		this.marksPainter.setTheme(dark);
	}

	override update(): void {
		const now = performance.now();
		try {
			this.draw(now);
		} catch (error) {
			this.fail(error, 'draw');
		}
		this.model.staticDirty = false;
		this.model.dynamicDirty = false;
		const busy = this.model.racers.walking(now) || this.pointer.active;
		if (this.ready && this.idle.frame(busy)) this.game.loop.sleep();
	}

	private draw(now: number): void {
		const model = this.model;
		const walking = model.racers.walking(now);
		if (!model.staticDirty && !model.dynamicDirty && !walking) return;
		const repaint = model.staticDirty;
		const stage = model.stage();
		if (!stage) return;
		if (repaint) {
			// Landmarks first: contour labels then keep out of their way.
			this.occupancy.clear();
			this.marksPainter.draw(stage, { ...model.marks, handle: model.handlePoint() });
			this.ground.draw(stage);
			this.axes.draw(stage);
		}
		this.racerPainter.draw(stage, model.racers, now);
	}

	/** Wakes the sleeping loop (any event or input) and keeps it awake for a few frames. */
	wake(): void {
		this.idle.poke();
		const loop = this.game?.loop;
		if (loop && loop.started && !loop.running) loop.wake();
	}

	private onResize(size: Phaser.Structs.Size): void {
		this.cameras.main.setSize(size.width, size.height);
		this.model.resize({ width: size.width, height: size.height });
		this.wake();
	}

	/** The scale manager only looks at its parent while the loop runs: wake it on a size change. */
	private watchParent(): void {
		const parent = this.scale.parent as HTMLElement | null;
		if (!parent || typeof ResizeObserver === 'undefined') return;
		this.observer = new ResizeObserver(() => {
			this.scale.dirty = true;
			this.wake();
		});
		this.observer.observe(parent);
	}

	private fail(error: unknown, where: string): void {
		const message = errorMessage(error, where);
		if (message === this.lastError) return;
		this.lastError = message;
		this.send('game:error', { message });
	}

	/** Emits to the page; a page listener that throws must not stop the game loop. */
	private send<K extends GameEventName>(type: K, payload: GameEvents[K]): void {
		try {
			this.options.bus.emit(type, payload);
		} catch (error) {
			queueMicrotask(() => {
				throw error;
			});
		}
	}

	private teardown(): void {
		this.observer?.disconnect();
		this.observer = null;
		this.pointer?.destroy();
		this.scale?.off(Phaser.Scale.Events.RESIZE, this.onResize, this);
		this.ground?.destroy();
		this.axes?.destroy();
		this.marksPainter?.destroy();
		this.racerPainter?.destroy();
	}
}
