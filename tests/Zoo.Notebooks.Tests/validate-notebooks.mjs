// Validates notebooks against a JSON schema written in draft-04 (the official nbformat schemas are).
// Usage: node validate-notebooks.mjs <schema.json> <notebook.ipynb>...
// Prints one JSON object: {"<notebook>": ["<error>", ...], ...}; an empty list means the notebook is valid.
import { readFileSync } from "node:fs";
import Ajv from "ajv-draft-04";

const [schemaPath, ...notebooks] = process.argv.slice(2);
if (!schemaPath || notebooks.length === 0) {
  console.error("usage: node validate-notebooks.mjs <schema.json> <notebook.ipynb>...");
  process.exit(2);
}
const ajv = new Ajv({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, "utf8")));
const report = {};
for (const path of notebooks) {
  const valid = validate(JSON.parse(readFileSync(path, "utf8")));
  report[path] = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}
console.log(JSON.stringify(report));
