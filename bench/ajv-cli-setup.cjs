// ajv-cli plugin for the benchmark (`ajv validate -c ./bench/ajv-cli-setup.cjs`), CommonJS because ajv-cli
// loads -c modules with require(). It makes ajv-cli do the same validation as `hatinh-report check`:
// - the `discriminator` keyword, as the tool's Ajv has it (ajv-cli has no option for it; without this,
//   targets.schema.json only compiles with --strict=false, which ignores the keyword);
// - ajv-formats (date, uri);
// - YAML read as YAML 1.2 core, like the tool's `yaml` parser: ajv-cli's js-yaml 3 reads YAML 1.1, which
//   turns `date: 2019-02-28` into a Date object, so data/2018.yaml would fail "must be string".
const discriminator = require('ajv/dist/vocabularies/discriminator').default;
const addFormats = require('ajv-formats');

module.exports = (ajv) => {
  ajv.opts.discriminator = true;
  ajv.addKeyword(discriminator);
  addFormats(ajv);
  const yaml = require.main.require('js-yaml');
  const safeLoad = yaml.safeLoad;
  yaml.safeLoad = (text, options) => safeLoad(text, { schema: yaml.CORE_SCHEMA, ...options });
};
