/**
 * The one Jest transform every project uses: SWC with decorator metadata
 * (NestJS dependency injection needs it). NestJS 12 ships as ES modules, so
 * its packages are transformed to CommonJS as well.
 */
const typescript = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const javascript = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];

export const swcJestTransform = {
  '^.+\\.ts$': typescript,
  '^.+\\.m?js$': javascript,
};

/** ES-module packages that Jest must compile before it can require them. */
export const esmPackages = ['@nestjs', 'file-type', 'strtok3', 'token-types', 'peek-readable', 'uint8array-extras', '@tokenizer'];

export const transformIgnorePatterns = [`/node_modules/(?!(${esmPackages.join('|')})/)`];

export const moduleNameMapper = {
  '^@klasteris/contracts$': '<rootDir>/../../libs/contracts/src/index.ts',
};
