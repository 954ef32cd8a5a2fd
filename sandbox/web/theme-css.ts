import { createRequire } from 'node:module';

const load = createRequire(__filename);

const themeModules = [
  'atlassian-light',
  'atlassian-dark',
  'atlassian-spacing',
  'atlassian-typography',
  'atlassian-shape',
];

let cached: string | null = null;

/**
 * The Atlassian design tokens' CSS for the themes `view.theme.enable()` turns on, as the product
 * serves them to a themed frame. Read from @atlaskit/tokens once; throws when it is not installed.
 */
export const themeCss = (): string => {
  cached ??= themeModules
    .map((name) => {
      // The theme artifacts are CommonJS modules whose default export is the CSS text.
      const artifact = load(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}.js`) as {
        default: unknown;
      };
      if (typeof artifact.default !== 'string')
        throw new Error(`Theme ${name} exports no CSS text.`);
      return artifact.default;
    })
    .join('\n');
  return cached;
};
