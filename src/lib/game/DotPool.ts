// Footprints as pooled images of a small dot texture per colour: thousands of them cost a batched
// quad each per frame, where Graphics circles would be re-tessellated every frame (a long race
// leaves ~2000 footprints, and the hikers walk at 60 frames per second on top of them). One
// texture per colour rather than a tint, because the Canvas renderer does not tint.
import type Phaser from 'phaser';

const KEY = 'downhill-footprint';
/** The texture is drawn at twice the size it is shown, for a smooth edge. */
const SIZE = 14;

export class DotPool {
	private readonly items: Phaser.GameObjects.Image[] = [];
	private used = 0;

	constructor(
		private readonly scene: Phaser.Scene,
		private readonly depth: number,
		private readonly outline: number
	) {}

	/** The dot texture of a colour: an outlined disc, made on first use. */
	private texture(colour: number): string {
		const key = `${KEY}-${colour.toString(16)}`;
		if (!this.scene.textures.exists(key)) {
			const g = this.scene.make.graphics({}, false);
			g.fillStyle(this.outline, 0.65).fillCircle(SIZE / 2, SIZE / 2, SIZE / 2);
			g.fillStyle(colour, 1).fillCircle(SIZE / 2, SIZE / 2, SIZE / 2 - 2);
			g.generateTexture(key, SIZE, SIZE);
			g.destroy();
		}
		return key;
	}

	begin(): void {
		this.used = 0;
	}

	/** A dot of `radius` screen pixels in `colour`, at this alpha. */
	put(x: number, y: number, radius: number, colour: number, alpha: number): void {
		const key = this.texture(colour);
		let dot = this.items[this.used];
		if (!dot) {
			dot = this.scene.add.image(0, 0, key).setDepth(this.depth);
			this.items.push(dot);
		} else if (dot.texture.key !== key) dot.setTexture(key);
		this.used++;
		dot
			.setPosition(x, y)
			.setScale((2 * radius) / SIZE)
			.setAlpha(alpha)
			.setVisible(true);
	}

	end(): void {
		for (let i = this.used; i < this.items.length; i++) this.items[i].setVisible(false);
	}

	destroy(): void {
		for (const dot of this.items.splice(0)) dot.destroy();
	}
}
