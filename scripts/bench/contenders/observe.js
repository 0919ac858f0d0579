/**
 * The minimal dynamic-page support a library-based extension would add: a MutationObserver that
 * runs `mark` on every element added under `<body>`. It disconnects while marking so the
 * contender never sees its own wrappers. Added bare text nodes are ignored (re-marking their
 * parent would nest wrappers); the benchmark pages only add elements.
 * @param {(root: Element) => void} mark
 */
export function observeAdded(mark) {
  const options = { childList: true, subtree: true };
  const observer = new MutationObserver((records) => {
    observer.disconnect();
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && node.isConnected)
          mark(/** @type {Element} */ (node));
      }
    }
    observer.observe(document.body, options);
  });
  observer.observe(document.body, options);
}
