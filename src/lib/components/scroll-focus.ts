// A box that scrolls sideways on a narrow screen (a wide formula, matrix or table) must be reachable
// by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), but an extra tab stop where nothing
// scrolls is noise: this attachment makes the box a tab stop exactly while its content is wider.
// Every box is checked in one batch a frame: all the reads, then all the writes. Reading scrollWidth
// lays the page out, and a tabindex written between two reads would make the next read lay it out
// again; a page with many formulas would otherwise do that once per formula while it hydrates.
const pending = new Set<HTMLElement>();
let frame = 0;

function checkAll() {
	frame = 0;
	const boxes = [...pending].filter((node) => node.isConnected);
	pending.clear();
	const wide = boxes.map((node) => node.scrollWidth > node.clientWidth);
	boxes.forEach((node, i) => {
		if (wide[i]) {
			if (node.tabIndex !== 0) node.tabIndex = 0;
		} else if (node.hasAttribute('tabindex')) node.removeAttribute('tabindex');
	});
}

function check(node: HTMLElement) {
	pending.add(node);
	frame ||= requestAnimationFrame(checkAll);
}

// A web font that arrives (KaTeX's) changes widths: one listener for every box. Not
// `document.fonts.ready`, whose first read makes the browser work out its styles on the spot.
const live = new Set<HTMLElement>();
let listening = false;

function watchFonts() {
	if (listening || !document.fonts) return;
	listening = true;
	document.fonts.addEventListener('loadingdone', () => live.forEach(check));
}

export function focusableWhenScrolling(node: HTMLElement): () => void {
	const update = () => check(node);
	// Its size changes with the window; what is inside changes when KaTeX or a web font arrives.
	// The ResizeObserver also reports every box once when it is first observed.
	const resized = new ResizeObserver(update);
	const changed = new MutationObserver(() => {
		for (const child of node.children) resized.observe(child);
		update();
	});
	resized.observe(node);
	for (const child of node.children) resized.observe(child);
	changed.observe(node, { childList: true, subtree: true, characterData: true });
	live.add(node);
	watchFonts();
	return () => {
		live.delete(node);
		pending.delete(node);
		resized.disconnect();
		changed.disconnect();
		node.removeAttribute('tabindex');
	};
}
