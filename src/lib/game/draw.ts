// Small Graphics helpers shared by the painters: polygons and polylines from flat point arrays.
import type Phaser from 'phaser';

/** Fills (and, with a line style set, strokes) the closed polygon of flat points. */
export function polygon(
	g: Phaser.GameObjects.Graphics,
	flat: readonly number[],
	stroke = true
): void {
	if (flat.length < 6) return;
	g.beginPath();
	g.moveTo(flat[0], flat[1]);
	for (let i = 2; i + 1 < flat.length; i += 2) g.lineTo(flat[i], flat[i + 1]);
	g.closePath();
	g.fillPath();
	if (stroke) g.strokePath();
}
