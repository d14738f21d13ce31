// Checks Cypher statements with Neo4j's own parser and linter (the one Neo4j's tools use).
// Usage: node lint.mjs statements.json   (a JSON array of statements)
// Prints a JSON array of {statement, problems} for every statement with syntax or semantic errors;
// "Parameter $x is not defined" is not one: parameters arrive with the request.
import { readFileSync } from "node:fs";
import { lintCypherQuery, isNotParamError } from "@neo4j-cypher/language-support";

const statements = JSON.parse(readFileSync(process.argv[2], "utf8"));
const failures = [];
for (const statement of statements) {
  const result = lintCypherQuery(statement, {});
  const problems = (result.diagnostics ?? result)
    .filter((d) => d.severity === 1 && isNotParamError(d))
    .map((d) => `${d.message} (at ${d.offsets?.start})`);
  if (problems.length > 0) failures.push({ statement, problems });
}
process.stdout.write(JSON.stringify(failures));
