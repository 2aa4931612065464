// @ts-check
// What both report pages build alike, with createElement and textContent only (document text is
// never parsed as HTML): an element, and a source's sentence with its figure marked. Shared by the
// compare view and the workspace report; sets window.crosscheckDom.
(function () {
  /** @param {string} tag @param {string} [cls] @param {string} [text] */
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  /**
   * Appends a place's sentence to `into`, its figure marked; the figure alone when the sentence is unknown.
   * @param {HTMLElement} into @param {{ text: string, sentence?: { before: string, marked: string, after: string } }} place
   */
  function markSentence(into, place) {
    if (place.sentence) {
      into.appendChild(document.createTextNode(place.sentence.before));
      into.appendChild(el('mark', undefined, place.sentence.marked));
      into.appendChild(document.createTextNode(place.sentence.after));
    } else into.appendChild(el('mark', undefined, place.text));
    return into;
  }

  // @ts-ignore
  window.crosscheckDom = { el, markSentence };
})();
