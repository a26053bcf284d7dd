// Runs inside the headless Chromium that renders the book's diagrams at build time, after the
// pinned mermaid bundle (window.mermaid). Plain browser JavaScript, loaded as a file, so that no
// transpiler helper (such as esbuild's __name) can leak into the page.
//
// window.bookMermaidRender({ theme, diagrams: [{ id, source }] }) renders each diagram and
// resolves with one outcome per diagram, in order: { ok: true, diagram: { svg, width, kind,
// title, labels } } or { ok: false, error }. See renderer.ts for the types.
(() => {
  /**
   * Drops the rules of mermaid's stylesheet that match nothing in this diagram: a flowchart
   * carries the CSS of every shape, class and animation mermaid knows, about half of its bytes.
   * A rule is kept when the element it styles exists, whatever its state (`.node:hover rect` is
   * kept when there is a `.node rect`), and when its selector cannot be tested.
   */
  function pruneStyles(root) {
    for (const style of root.querySelectorAll('style')) {
      const sheet = style.sheet;
      if (!sheet) continue;
      const kept = [];
      const keyframes = [];
      for (const rule of Array.from(sheet.cssRules)) {
        if (rule instanceof CSSKeyframesRule) {
          keyframes.push(rule);
        } else if (rule instanceof CSSStyleRule) {
          const plain = rule.selectorText
            .split(',')
            .map((part) => part.replace(/::?[\w-]+(\([^)]*\))?/g, '').trim())
            .map((part) => part.replace(/\s*[>+~]$/, '').trim());
          let used = true;
          try {
            used = plain.some(
              (part) => part === '' || root.matches(part) || root.querySelector(part) !== null,
            );
          } catch {
            used = true;
          }
          if (used) kept.push(rule.cssText);
        } else {
          kept.push(rule.cssText);
        }
      }
      const css = kept.join('');
      const animated = keyframes
        .filter((rule) => new RegExp(`animation[^;}]*\\b${rule.name}\\b`).test(css))
        .map((rule) => rule.cssText);
      style.textContent = css + animated.join('');
    }
  }

  /**
   * Drops what only mermaid's own scripts read, about a third of a flowchart's bytes: `data-*`
   * attributes (edge points as base64 JSON, ids, looks), ids nothing refers to, and the arrow
   * markers, gradients and filters nothing uses. The root keeps its id, the scope of its CSS.
   */
  function slim(root) {
    const markup = root.outerHTML;
    const referenced = new Set();
    for (const match of markup.matchAll(/url\(#([^)\s]+)\)|href="#([^"]+)"|#([\w-]+)/g)) {
      referenced.add(match[1] ?? match[2] ?? match[3]);
    }
    for (const name of ['aria-labelledby', 'aria-describedby']) {
      for (const element of root.querySelectorAll(`[${name}]`)) {
        for (const id of element.getAttribute(name).split(/\s+/)) referenced.add(id);
      }
      for (const id of (root.getAttribute(name) || '').split(/\s+/)) referenced.add(id);
    }
    const definitions =
      'marker, symbol, linearGradient, radialGradient, filter, pattern, clipPath, mask';
    for (const element of root.querySelectorAll(definitions)) {
      if (!referenced.has(element.id)) element.remove();
    }
    for (const element of root.querySelectorAll('*')) {
      if (element.id && !referenced.has(element.id)) element.removeAttribute('id');
      for (const name of element.getAttributeNames()) {
        if (name.startsWith('data-')) element.removeAttribute(name);
      }
      const style = element.getAttribute('style');
      if (style !== null && /^[\s;]*$/.test(style)) element.removeAttribute('style');
    }
  }

  /** The text of the elements an aria-labelledby/-describedby attribute points at. */
  function textOfReferences(root, ids) {
    return (ids || '')
      .split(/\s+/)
      .filter(Boolean)
      .map((ref) => root.querySelector(`[id="${CSS.escape(ref)}"]`)?.textContent ?? '')
      .join(' ')
      .trim();
  }

  /**
   * The text of every label without repeats: the shapes' in document order, then the edges'
   * (mermaid draws edges first, but a reader starts from the boxes).
   */
  function labelsOf(root) {
    const labels = [];
    const elements = Array.from(root.querySelectorAll('foreignObject, text'));
    const onEdge = (element) => element.closest('.edgeLabels, .edgeLabel') !== null;
    for (const element of [...elements.filter((e) => !onEdge(e)), ...elements.filter(onEdge)]) {
      if (element.closest('title, desc')) continue;
      if (element.tagName === 'text' && element.closest('foreignObject')) continue;
      // A <br> inside a label separates words that textContent would glue together.
      const clone = element.cloneNode(true);
      for (const br of clone.querySelectorAll('br')) br.replaceWith(' ');
      const text = (clone.textContent || '').replace(/\s+/g, ' ').trim();
      if (text && !labels.includes(text)) labels.push(text);
    }
    return labels;
  }

  async function renderOne(host, id, source) {
    const { svg } = await window.mermaid.render(id, source);
    host.innerHTML = svg;
    const root = host.querySelector('svg');
    if (!root) throw new Error('mermaid returned no <svg>');
    pruneStyles(root);
    slim(root);
    const title =
      textOfReferences(root, root.getAttribute('aria-labelledby')) ||
      (root.querySelector('.flowchartTitleText, .titleText')?.textContent ?? '').trim();
    return {
      svg: root.outerHTML,
      width: root.viewBox.baseVal.width,
      kind: root.getAttribute('aria-roledescription') || '',
      title: title || undefined,
      labels: labelsOf(root),
    };
  }

  window.bookMermaidRender = async ({ theme, diagrams }) => {
    window.mermaid.initialize({ startOnLoad: false, theme });
    const host = document.createElement('div');
    document.body.append(host);
    const outcomes = [];
    for (const { id, source } of diagrams) {
      try {
        outcomes.push({ ok: true, diagram: await renderOne(host, id, source) });
      } catch (error) {
        outcomes.push({ ok: false, error: error instanceof Error ? error.message : String(error) });
      } finally {
        host.innerHTML = '';
        // mermaid leaves its scratch element (d<id>) behind when a diagram fails.
        document.getElementById(`d${id}`)?.remove();
      }
    }
    host.remove();
    return outcomes;
  };
})();
