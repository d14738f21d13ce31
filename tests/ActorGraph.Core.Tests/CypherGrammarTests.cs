using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ActorGraph.Core.Exports;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Neo4j;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>
/// Every Cypher statement the Neo4j store sends, and every line of the Cypher export, passes Neo4j's own parser
/// and linter (npm @neo4j-cypher/language-support, installed by the test build): we cannot run Neo4j here, but
/// its grammar can run.
/// </summary>
public sealed class CypherGrammarTests
{
    private static string LintFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "cypher-lint");

    /// <summary>Statements with their problems, as Neo4j's linter reports them (parameters aside).</summary>
    private static async Task<List<(string Statement, string[] Problems)>> LintAsync(IEnumerable<string> statements)
    {
        Assert.True(File.Exists(Path.Combine(LintFolder, "node_modules", "@neo4j-cypher", "language-support", "package.json")),
            "the Cypher linter is not installed: the test build runs 'npm ci' in tests/cypher-lint");
        var input = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(input, JsonSerializer.Serialize(statements.ToList()));
            var start = new ProcessStartInfo("node") { WorkingDirectory = LintFolder, RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
            start.ArgumentList.Add("lint.mjs");
            start.ArgumentList.Add(input);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await error);
            using var json = JsonDocument.Parse(await output);
            return json.RootElement.EnumerateArray()
                .Select(f => (f.GetProperty("statement").GetString()!, f.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToArray())).ToList();
        }
        finally
        {
            File.Delete(input);
        }
    }

    [Fact]
    public async Task the_linter_finds_a_broken_statement()
    {
        // Without this, a linter that found nothing would pass every check below.
        var failures = await LintAsync(["MATCH (a:Actor {name: $name) RETURN a", "MATCH (a:Actor) RETURN b", "MATCH (a:Actor {name: $name}) RETURN a"]);
        Assert.Equal(2, failures.Count);
        Assert.Contains(failures, f => f.Problems.Any(p => p.Contains("Invalid input ')'", StringComparison.Ordinal)));
        Assert.Contains(failures, f => f.Problems.Any(p => p.Contains("Variable `b` not defined", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task every_statement_the_neo4j_store_sends_passes_neo4j_s_grammar()
    {
        var failures = await LintAsync(Neo4jCypher.All);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => $"{f.Statement}\n  -> {string.Join("; ", f.Problems)}")));
    }

    [Fact]
    public async Task every_query_in_docs_neo4j_md_passes_neo4j_s_grammar()
    {
        var text = await File.ReadAllTextAsync(Path.Combine(TestPaths.RepositoryRoot, "docs", "neo4j.md"));
        var queries = System.Text.RegularExpressions.Regex.Matches(text, "```cypher\n(.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value.Trim()).ToList();
        Assert.True(queries.Count >= 5);
        var failures = await LintAsync(queries);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Select(f => $"{f.Statement}\n  -> {string.Join("; ", f.Problems)}")));
    }

    [Fact]
    public async Task every_statement_of_the_cypher_export_passes_neo4j_s_grammar()
    {
        using var folder = TestPaths.NewTempFolder();
        await using var store = new SqliteGraphStore(Path.Combine(folder.Path, "seed.db"));
        await store.InitializeAsync();
        await new GraphLoader(store, TestPaths.SeedLexicon).LoadFilesAsync(Extraction.DocumentFiles.Expand([TestPaths.SeedFolder]));
        var graph = await ExportedGraph.BuildAsync(store, await GraphSnapshot.LoadAsync(store), GraphFilter.All);
        using var buffer = new MemoryStream();
        ExportWriter.Write(graph, ExportFormat.Cypher, buffer);
        var statements = Encoding.UTF8.GetString(buffer.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith("//", StringComparison.Ordinal)).Select(l => l.TrimEnd(';')).ToList();
        Assert.True(statements.Count > 30);

        var failures = await LintAsync(statements);
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5).Select(f => $"{f.Statement}\n  -> {string.Join("; ", f.Problems)}")));
    }
}
