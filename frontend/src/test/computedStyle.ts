/**
 * A fast `getComputedStyle` for the unit tests.
 *
 * Ant Design injects its CSS-in-JS as thousands of rules; jsdom applies every matching rule and parses every
 * declaration (margins, flex, transitions…) for each element and each of its ancestors whenever a computed style is
 * asked for, and it forgets the result on any DOM change. Testing Library asks for every candidate of a `*ByRole`
 * query, user-event before every pointer action, antd's autosize on every keystroke: that was a third of the suite.
 *
 * jsdom has no layout, so the only computed values the tests can observe are those that decide whether an element
 * is shown and can be used: `display` and `visibility` (Testing Library's accessibility tree, accessible names,
 * user-event), `opacity` (jest-dom's `toBeVisible`) and `pointer-events` (user-event). Before answering, every style
 * sheet not seen yet is trimmed to those declarations; selectors, their order, `!important` and media queries stay
 * as antd wrote them, so jsdom's cascade gives these properties exactly the values it gave with the whole sheet.
 * Custom properties go too (antd's CSS variables were most of what jsdom copied per element): jsdom does not resolve
 * `var()` — `display: var(--ant-grid-display)` computes to that very text — so they cannot change these values;
 * a probe at start fails loudly should a newer jsdom begin to resolve them.
 *
 * A test that needs another property of antd's CSS (e.g. `toHaveStyle({ color })`) must add it to OBSERVED.
 */
const OBSERVED = new Set(['display', 'visibility', 'opacity', 'pointer-events']);

function trimRules(rules: CSSRuleList, deleteRule: (index: number) => void) {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule instanceof CSSStyleRule) {
      const { style } = rule;
      const properties = Array.from({ length: style.length }, (_, j) => style.item(j));
      for (const property of properties) {
        if (!OBSERVED.has(property)) style.removeProperty(property);
      }
      if (style.length === 0) deleteRule(i);
    } else if (rule instanceof CSSMediaRule) {
      trimRules(rule.cssRules, (index) => rule.deleteRule(index));
      if (rule.cssRules.length === 0) deleteRule(i);
    }
  }
}

const trimmed = new WeakSet<CSSStyleSheet>();

function trimNewStyleSheets() {
  const sheets = document.styleSheets;
  for (let i = 0; i < sheets.length; i++) {
    const sheet = sheets[i];
    if (!trimmed.has(sheet)) {
      trimmed.add(sheet);
      trimRules(sheet.cssRules, (index) => sheet.deleteRule(index));
    }
  }
}

/** Dropping custom properties is only sound while jsdom leaves `var()` unresolved. */
function assertVarIsNotResolved(getComputedStyle: Window['getComputedStyle']) {
  const probe = document.createElement('div');
  probe.style.setProperty('--probe-display', 'none');
  probe.style.setProperty('display', 'var(--probe-display)');
  document.body.append(probe);
  const resolved = getComputedStyle(probe).display === 'none';
  probe.remove();
  if (resolved) {
    throw new Error('jsdom now resolves var(): keep the custom properties that OBSERVED declarations use (src/test/computedStyle.ts)');
  }
}

export function installFastComputedStyle() {
  const original = window.getComputedStyle.bind(window);
  assertVarIsNotResolved(original);
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    trimNewStyleSheets();
    // jsdom cannot compute pseudo-element styles; antd only measures scrollbars with it.
    return original(element, pseudo ? undefined : pseudo);
  };
}
