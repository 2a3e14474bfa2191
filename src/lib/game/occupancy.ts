// Screen rectangles already used this frame, so labels do not pile on top of each other or on
// markers. Pure.

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

export class Occupancy {
	private boxes: Box[] = [];

	clear(): void {
		this.boxes = [];
	}

	add(box: Box): void {
		this.boxes.push(box);
	}

	/** A square of half-size r around a point (a marker). */
	addPoint(x: number, y: number, r: number): void {
		this.boxes.push({ x: x - r, y: y - r, w: 2 * r, h: 2 * r });
	}

	hits(b: Box): boolean {
		return this.boxes.some(
			(t) => b.x < t.x + t.w && b.x + b.w > t.x && b.y < t.y + t.h && b.y + b.h > t.y
		);
	}
}
