// Reused Text objects for labels that move with the view (contour levels, ticks, landmarks): a
// redraw places labels from the pool instead of creating and destroying Text every frame, and
// skips a label that would overlap one already placed (in this pool, or in a shared Occupancy so
// contour labels give way to landmarks).
import Phaser from 'phaser';
import { Occupancy } from './occupancy';

type Style = Phaser.Types.GameObjects.Text.TextStyle;

export class TextPool {
	private readonly items: Phaser.GameObjects.Text[] = [];
	private used = 0;
	private readonly own: boolean;
	private readonly taken: Occupancy;

	constructor(
		private readonly scene: Phaser.Scene,
		private style: Style,
		private readonly depth: number,
		shared: Occupancy | null = null
	) {
		this.own = shared === null;
		this.taken = shared ?? new Occupancy();
	}

	/** Starts a pass; a shared occupancy is cleared by its owner, not here. */
	begin(): void {
		this.used = 0;
		if (this.own) this.taken.clear();
	}

	/**
	 * Places a label with its anchor at (x, y) (origin 0…1 each way). With `avoid`, a label that
	 * would overlap an earlier one of this pass is not placed; returns whether it was.
	 */
	put(x: number, y: number, text: string, ox = 0.5, oy = 0.5, avoid = false): boolean {
		let item = this.items[this.used];
		if (!item) {
			item = this.scene.add.text(0, 0, '', this.style).setDepth(this.depth);
			this.items.push(item);
		}
		item.setText(text).setOrigin(ox, oy).setPosition(Math.round(x), Math.round(y));
		const box = { x: x - ox * item.width, y: y - oy * item.height, w: item.width, h: item.height };
		if (avoid && this.taken.hits(box)) {
			item.setVisible(false);
			return false;
		}
		this.taken.add(box);
		item.setVisible(true);
		this.used++;
		return true;
	}

	/** Hides the labels this pass did not use. */
	end(): void {
		for (let i = this.used; i < this.items.length; i++) this.items[i].setVisible(false);
	}

	restyle(style: Style): void {
		this.style = style;
		for (const item of this.items) item.setStyle(style);
	}

	destroy(): void {
		for (const item of this.items.splice(0)) item.destroy();
	}
}
