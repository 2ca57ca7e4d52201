/**
 * Inline styles set through the CSSOM: `<div ${cssomStyle({ left: '10px' })}>`. A page whose CSP
 * has no 'unsafe-inline' blocks style attributes (lit's styleMap writes the attribute on its
 * first render), but not `element.style.setProperty`, which this directive uses every time.
 */
import { noChange } from 'lit';
import { Directive, PartType, directive, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssomStyle extends Directive {
  private names = new Set<string>();

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.ELEMENT) throw new Error('cssomStyle() goes in an element position: <div ${cssomStyle({…})}>');
  }

  render(styles: Readonly<Record<string, string | null>>): typeof noChange {
    void styles; // applied in update(), through the CSSOM
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string | null>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of this.names) if (styles[name] == null) style.removeProperty(name);
    this.names = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value == null) continue;
      style.setProperty(name, value);
      this.names.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
