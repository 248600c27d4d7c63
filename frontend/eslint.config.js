// Import rules of the SPA (GUIDE.md, frontend style): no import cycles, and src/shared/ never imports a feature or
// the app. Runs in the frontend's Maven test phase (npm run lint).
import { readdirSync } from 'node:fs';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// A feature imports src/shared/ and its own folder only: what several features need (the current user, reference
// data such as municipalities and the indicator catalogue, import jobs) lives in src/shared/. Only src/app composes
// features. Tests may use src/test/.
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureZones = features.map((feature) => ({
  target: `./src/features/${feature}`,
  from: './src/features',
  except: [`./${feature}`],
  message: 'A feature imports only src/shared/ and its own folder; move what two features need to src/shared/.',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**', 'src/shared/api/schema.d.ts'] },
  {
    files: ['src/**/*.{ts,tsx}', 'e2e/**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.d.ts'] })],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/shared',
              from: ['./src/features', './src/app'],
              except: [],
              message: 'src/shared/ is imported by features and the app, never the other way round.',
            },
            ...featureZones,
          ],
        },
      ],
    },
  },
);
