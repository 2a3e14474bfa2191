// A box that scrolls sideways on a narrow screen must be reachable by keyboard (WCAG 2.1.1), but an
// extra tab stop where nothing scrolls is noise: take focus only while the content is wider.
export function focusableWhenScrolling(node: HTMLElement) {
	const update = () => {
		if (node.scrollWidth > node.clientWidth + 1) node.tabIndex = 0;
		else node.removeAttribute('tabindex');
	};
	const resized = new ResizeObserver(update);
	resized.observe(node);
	for (const child of node.children) resized.observe(child);
	update();
	return () => {
		resized.disconnect();
		node.removeAttribute('tabindex');
	};
}
