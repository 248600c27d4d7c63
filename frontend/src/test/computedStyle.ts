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
 * sheet not seen yet is trimmed to those declarations and to custom properties (antd writes e.g.
 * `display: var(--ant-grid-display)`); selectors, their order, `!important` and media queries stay as antd wrote them,
 * so jsdom's cascade gives these properties exactly the values it gave with the whole sheet.
 *
 * A test that needs another property of antd's CSS (e.g. `toHaveStyle({ color })`) must add it to OBSERVED.
 */
const OBSERVED = new Set(['display', 'visibility', 'opacity', 'pointer-events']);

const isObserved = (property: string) => OBSERVED.has(property) || property.startsWith('--');

function trimRules(rules: CSSRuleList, deleteRule: (index: number) => void) {
  for (let i = rules.length - 1; i >= 0; i--) {
    const rule = rules[i];
    if (rule instanceof CSSStyleRule) {
      const { style } = rule;
      const properties = Array.from({ length: style.length }, (_, j) => style.item(j));
      for (const property of properties) {
        if (!isObserved(property)) style.removeProperty(property);
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

export function installFastComputedStyle() {
  const original = window.getComputedStyle.bind(window);
  window.getComputedStyle = (element: Element, pseudo?: string | null) => {
    trimNewStyleSheets();
    // jsdom cannot compute pseudo-element styles; antd only measures scrollbars with it.
    return original(element, pseudo ? undefined : pseudo);
  };
}
