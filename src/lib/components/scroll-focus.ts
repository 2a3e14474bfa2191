// A box that scrolls sideways on a narrow screen (a wide formula, matrix or table) must be reachable
// by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable), but an extra tab stop where nothing
// scrolls is noise: this attachment makes the box a tab stop exactly while its content is wider.
export function focusableWhenScrolling(node: HTMLElement): () => void {
	const update = () => {
		if (node.scrollWidth > node.clientWidth) node.tabIndex = 0;
		else node.removeAttribute('tabindex');
	};
	// Its size changes with the window; what is inside changes when KaTeX or a web font arrives.
	const resized = new ResizeObserver(update);
	const changed = new MutationObserver(() => {
		for (const child of node.children) resized.observe(child);
		update();
	});
	resized.observe(node);
	for (const child of node.children) resized.observe(child);
	changed.observe(node, { childList: true, subtree: true, characterData: true });
	void document.fonts?.ready.then(update);
	update();
	return () => {
		resized.disconnect();
		changed.disconnect();
		node.removeAttribute('tabindex');
	};
}
