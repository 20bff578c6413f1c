import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'public/data', 'coverage', 'eslint.config.js', '*.config.js'] },
  js.configs.recommended,
  // Type-aware rules: unawaited promises, unsafe `any` flows, misused async handlers.
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // The React hooks rules, with the React Compiler's checks (refs read during render, state set in render…).
    ...reactHooks.configs.flat['recommended-latest'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Text from data is rendered as text.',
        },
        {
          selector: "CallExpression[callee.property.name='setHTML']",
          message: 'Popups are React panels, never setHTML.',
        },
      ],
    },
  },
  {
    // Tests read JSON fixtures and the app's data files as they are: the no-unsafe-* family would only ask
    // for casts there. Promises, unused code and the rest stay checked.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
