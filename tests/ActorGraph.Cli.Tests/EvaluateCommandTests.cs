using System.Diagnostics;
using System.Text.Json;

namespace ActorGraph.Cli.Tests;

/// <summary><c>actorgraph evaluate</c>: scores on the seed's own gold file in any clone, and agrees with the shared scorer.</summary>
public sealed class EvaluateCommandTests
{
    private static string Shared => Path.GetFullPath(Path.Combine(CliRun.RepositoryRoot, "..", "shared"));

    [Fact]
    public void evaluates_the_seed_against_its_gold_file_in_any_clone()
    {
        var run = CliRun.Of("evaluate", "seed");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("000_16b1e143a013c3da", run.Out);
        Assert.Matches(@"precision \d\.\d{3} recall \d\.\d{3} f1 \d\.\d{3} \| required \d+/\d+ \| dates \d+/\d+ of found \(\d+ in gold\) \| must-not violations 0", run.Out);
    }

    [Fact]
    public void prints_hits_misses_and_extras_with_verbose_and_json_with_json()
    {
        var verbose = CliRun.Of("evaluate", "seed", "--verbose");
        Assert.Contains("  hit    Al Nusrah Front -affiliate-> al Qaeda", verbose.Out);
        var json = JsonDocument.Parse(CliRun.Of("evaluate", "seed", "--json").Out).RootElement;
        Assert.Equal(json.GetProperty("required").GetInt32(), json.GetProperty("documents")[0].GetProperty("required").GetInt32());
        Assert.InRange(json.GetProperty("f1").GetDouble(), 0.9, 1.0);
    }

    [Fact]
    public void a_folder_without_gold_files_is_bad_input()
    {
        var run = CliRun.Of("evaluate", "examples/documents");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no gold files", run.Error);
    }

    [SkippableFact]
    public void agrees_with_the_shared_scorer_where_it_is_beside_the_clone()
    {
        var scorer = Path.Combine(Shared, "eval", "score.py");
        Skip.If(!File.Exists(scorer), $"the shared scorer is not at {scorer} (it is beside the development clone, not in the repository)");
        Skip.If(!Runs("python3", "--version"), "python3 is not installed");
        var predictions = Path.Combine(Path.GetTempPath(), $"actorgraph-eval-{Guid.NewGuid():N}.jsonl");
        try
        {
            foreach (var (documents, gold) in new[] { ("seed", Path.Combine(CliRun.RepositoryRoot, "seed")), (Path.Combine(Shared, "corpus", "dev"), Path.Combine(Shared, "corpus", "dev")) })
            {
                if (!Directory.Exists(gold))
                    continue;
                File.WriteAllText(predictions, CliRun.Of("extract", documents, "--format", "jsonl").Out);
                var goldFiles = Directory.GetFiles(gold, "*.gold.json").Order(StringComparer.Ordinal).ToArray();
                var theirs = JsonDocument.Parse(Python(scorer, [predictions, .. goldFiles, "--json"])).RootElement;
                var ours = JsonDocument.Parse(CliRun.Of(["evaluate", .. goldFiles, "--predictions", predictions, "--aliases", Path.Combine(Shared, "eval", "aliases.json"), "--json"]).Out).RootElement;
                foreach (var field in new[] { "tp", "fn", "fp", "required", "dated", "dated_hit", "gold_dates", "violations", "unresolved", "precision", "recall", "f1" })
                    Assert.True(theirs.GetProperty(field).GetDouble() == ours.GetProperty(field).GetDouble(),
                        $"{gold}: {field} is {ours.GetProperty(field)} here and {theirs.GetProperty(field)} by score.py");
            }
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    private static bool Runs(string program, string argument)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, argument) { RedirectStandardOutput = true, RedirectStandardError = true });
            process!.WaitForExit(10_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string Python(string script, string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(60_000);
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
        return output;
    }
}
