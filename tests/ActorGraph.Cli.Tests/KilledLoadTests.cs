using System.Diagnostics;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Cli.Tests;

/// <summary>`actorgraph load` killed with SIGKILL mid-run leaves a consistent store, and the next load completes it exactly.</summary>
public sealed class KilledLoadTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("actorgraph-kill-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task a_load_killed_mid_run_leaves_every_document_whole_or_absent_and_the_reload_is_exact()
    {
        var documents = Path.Combine(_folder, "docs");
        Directory.CreateDirectory(documents);
        for (var i = 0; i < 300; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, 30).Select(k =>
                $"The Islamic State attacked the Free Syrian Army near town {i}-{k}, and Hezbollah fought the Nusra Front."));
            File.WriteAllText(Path.Combine(documents, $"d{i:D3}.txt"), $"Report {i}\nPublished: 2015-03-10\n\n{body}\n");
        }
        var killedDb = Path.Combine(_folder, "killed.db");
        var referenceDb = Path.Combine(_folder, "reference.db");

        // Kill the load once it has stored some documents but not all (progress lines say how far it is).
        var loaded = await RunUntilKilledAsync(documents, killedDb, afterProgressLines: 5);
        Assert.True(loaded, "the load finished before it could be killed: make the documents longer");
        var partial = await PerDocumentEvidenceAsync(killedDb);
        Assert.Equal(0, CliRun.Of("load", documents, "--db", referenceDb).ExitCode);
        var reference = await PerDocumentEvidenceAsync(referenceDb);

        Assert.InRange(partial.Count, 1, reference.Count - 1);
        Assert.All(partial, stored => Assert.Equal(reference[stored.Key], stored.Value)); // whole, never half a document

        var resumed = CliRun.Of("load", documents, "--db", killedDb);
        Assert.Equal(0, resumed.ExitCode);
        Assert.Contains($"{reference.Count - partial.Count} added", resumed.Out);
        Assert.Equal(reference, await PerDocumentEvidenceAsync(killedDb));
    }

    /// <summary>Starts `actorgraph load` as its own process and kills it (SIGKILL) after some progress; false when it ended first.</summary>
    private static async Task<bool> RunUntilKilledAsync(string documents, string db, int afterProgressLines)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "actorgraph.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = CliRun.RepositoryRoot };
        foreach (var argument in new[] { cli, "load", documents, "--db", db })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var progressLines = 0;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("loaded ", StringComparison.Ordinal) && ++progressLines >= afterProgressLines)
            {
                process.Kill(entireProcessTree: true); // SIGKILL: no finally blocks, no rollback by the program itself
                await process.WaitForExitAsync();
                return true;
            }
        }
        await process.WaitForExitAsync();
        return false;
    }

    /// <summary>Evidence sentences stored per document key.</summary>
    private static async Task<Dictionary<string, int>> PerDocumentEvidenceAsync(string db)
    {
        await using var store = new SqliteGraphStore(db);
        await store.InitializeAsync();
        return (await store.GetRelationsAsync()).SelectMany(r => r.Evidence).GroupBy(e => e.Document.Key)
            .ToDictionary(g => g.Key, g => g.Count());
    }
}
