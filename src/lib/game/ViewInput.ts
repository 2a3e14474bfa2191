// Pointer input on the canvas: drag to pan, wheel to zoom about the pointer, two fingers to pinch
// (zoom about their midpoint and pan with it), and drag the start handle where the level allows.
// Every input wakes the sleeping loop; hovering alone does not.
import type Phaser from 'phaser';

export interface InputHost {
	pan(dx: number, dy: number): void;
	zoomAt(factor: number, sx: number, sy: number): void;
	/** Screen position of the draggable start handle, or null when the start is fixed. */
	handle(): [number, number] | null;
	dragStart(sx: number, sy: number, final: boolean): void;
	wake(): void;
}

/** How close (px) a finger must come to the start handle to grab it. */
const GRAB_RADIUS = 26;
/** Zoom per pixel of wheel travel: one notch (100 px) is about ×1.16. */
const WHEEL_RATE = 0.0015;

type Mode = 'none' | 'pan' | 'pinch' | 'drag';

export class ViewInput {
	private readonly held = new Map<number, { x: number; y: number }>();
	private mode: Mode = 'none';
	private pinch: { distance: number; x: number; y: number } | null = null;

	constructor(
		private readonly scene: Phaser.Scene,
		private readonly host: InputHost
	) {
		const input = scene.input;
		input.on('pointerdown', this.down, this);
		input.on('pointermove', this.move, this);
		input.on('pointerup', this.up, this);
		input.on('pointerupoutside', this.up, this);
		input.on('wheel', this.wheel, this);
	}

	/** A pointer is held: the scene stays awake. */
	get active(): boolean {
		return this.held.size > 0;
	}

	private down(p: Phaser.Input.Pointer): void {
		this.host.wake();
		// A second finger ends a drag of the start where the first finger was.
		const first = this.held.values().next().value;
		if (this.mode === 'drag' && first) this.host.dragStart(first.x, first.y, true);
		this.held.set(p.id, { x: p.x, y: p.y });
		if (this.held.size >= 2) {
			this.mode = 'pinch';
			this.pinch = this.measure();
			return;
		}
		const handle = this.host.handle();
		const grab = handle && Math.hypot(p.x - handle[0], p.y - handle[1]) <= GRAB_RADIUS;
		this.mode = grab ? 'drag' : 'pan';
	}

	private move(p: Phaser.Input.Pointer): void {
		const last = this.held.get(p.id);
		if (!last) return;
		this.host.wake();
		const [dx, dy] = [p.x - last.x, p.y - last.y];
		this.held.set(p.id, { x: p.x, y: p.y });
		if (this.mode === 'pan') this.host.pan(dx, dy);
		else if (this.mode === 'drag') this.host.dragStart(p.x, p.y, false);
		else if (this.mode === 'pinch' && this.pinch) {
			const now = this.measure();
			if (now && this.pinch.distance > 0) {
				this.host.pan(now.x - this.pinch.x, now.y - this.pinch.y);
				this.host.zoomAt(now.distance / this.pinch.distance, now.x, now.y);
			}
			this.pinch = now;
		}
	}

	private up(p: Phaser.Input.Pointer): void {
		if (!this.held.delete(p.id)) return;
		this.host.wake();
		if (this.mode === 'drag') this.host.dragStart(p.x, p.y, true);
		// Lifting one finger of a pinch goes on panning with the other.
		this.mode = this.held.size === 0 ? 'none' : this.mode === 'pinch' ? 'pan' : this.mode;
		this.pinch = null;
	}

	private wheel(p: Phaser.Input.Pointer, _over: unknown, _dx: number, dy: number): void {
		this.host.wake();
		const factor = Math.min(2, Math.max(0.5, Math.exp(-dy * WHEEL_RATE)));
		this.host.zoomAt(factor, p.x, p.y);
	}

	/** Distance and midpoint of the first two held pointers. */
	private measure(): { distance: number; x: number; y: number } | null {
		const [a, b] = [...this.held.values()];
		if (!a || !b) return null;
		return { distance: Math.hypot(b.x - a.x, b.y - a.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
	}

	destroy(): void {
		this.scene.input?.off('pointerdown', this.down, this);
		this.scene.input?.off('pointermove', this.move, this);
		this.scene.input?.off('pointerup', this.up, this);
		this.scene.input?.off('pointerupoutside', this.up, this);
		this.scene.input?.off('wheel', this.wheel, this);
	}
}
