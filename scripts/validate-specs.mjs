// Validates model specs against model-specs/zoo-spec.schema.json (JSON Schema draft 2020-12, with ajv in strict mode).
//
//   node scripts/validate-specs.mjs [--schema path] file.zoo.json ...   (no files: every model-specs/**/*.zoo.json)
//
// Prints one JSON line per file, {"file", "valid", "errors": ["/path: message", ...]}, and exits 1 when one is invalid.
import Ajv2020 from "ajv/dist/2020.js";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
let schemaPath = join(root, "model-specs", "zoo-spec.schema.json");
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--schema") schemaPath = args[++i];
  else files.push(args[i]);
}

function specsUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return specsUnder(path);
    return name.endsWith(".zoo.json") ? [path] : [];
  });
}
if (files.length === 0) files.push(...specsUnder(join(root, "model-specs")));

const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));

let failed = false;
for (const file of files) {
  let errors;
  try {
    const ok = validate(JSON.parse(readFileSync(file, "utf8")));
    errors = ok ? [] : validate.errors.map((e) => `${e.instancePath || "/"}: ${e.message}${e.params && e.params.additionalProperty ? ` (${e.params.additionalProperty})` : ""}`);
  } catch (error) {
    errors = [`not JSON: ${error.message}`];
  }
  if (errors.length > 0) failed = true;
  console.log(JSON.stringify({ file, valid: errors.length === 0, errors }));
}
process.exit(failed ? 1 : 0);
