/**
 * The web components, defined: `import './gazette-lens.js'` (the bundle `npm run build:components`
 * writes to dist/components/) and use <gazette-lens-document>, <gl-card>, <gl-outline> and
 * <gl-launcher> on any page. Elements already defined (a second copy of the bundle) are left as
 * they are.
 */
import { GazetteLensDocument } from './document/gazette-lens-document.ts';
import { GlCard } from './card/gl-card.ts';
import { GlOutline } from './outline/gl-outline.ts';
import { GlLauncher } from './launcher/gl-launcher.ts';

export const elements = {
  'gazette-lens-document': GazetteLensDocument,
  'gl-card': GlCard,
  'gl-outline': GlOutline,
  'gl-launcher': GlLauncher,
} as const;

export function defineElements(registry: CustomElementRegistry = customElements): void {
  for (const [name, ctor] of Object.entries(elements)) if (!registry.get(name)) registry.define(name, ctor);
}

defineElements();

export { GazetteLensDocument, GlCard, GlOutline, GlLauncher };
