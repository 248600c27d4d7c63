// Import rules of the SPA (GUIDE.md, frontend style): no import cycles, and src/shared/ never imports a feature or
// the app. Runs in the frontend's Maven test phase (npm run lint).
import importX, { createNodeResolver } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Not yet enforced: a zone per src/features/<name> (from src/features and src/app, except its own folder). Today
// 28 imports cross features (me/CurrentUser, registry/api, indicators/api, exchange/*, schools/useSchoolSearch,
// campaigns/CampaignTags); they move to src/shared/ first, then the zones are added here.

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
          ],
        },
      ],
    },
  },
);
