using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ActorGraph.Core.Exports;
using ActorGraph.Core.Graph;
using ActorGraph.Core.Model;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

/// <summary>Every export format read back gives the same actors, relations and sentences, awkward characters included.</summary>
public sealed partial class ExportTests : IAsyncLifetime, IDisposable
{
    // Names and a sentence that break naive writers: quotes, a backslash, an apostrophe, Arabic, a line break, an emoji.
    private const string Brigade = "Brigade \"Lions\" of \\ Homs";
    private const string Front = "جبهة النصرة";
    private const string Oneil = "O'Neil Front";
    private const string Awkward = "He said: \"they attacked\" the \\ base;\nthen 'left', كما قال 😀.";

    private readonly TempFolder _folder = TestPaths.NewTempFolder();
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(Path.Combine(_folder.Path, "export.db"));
        await _store.InitializeAsync();
        var document = new SourceDocument("awkward.txt", "A \"report\"", new DateOnly(2015, 7, 1), "Wire", "Ann O'Hara", null, "text", 0);
        Evidence Said(string sentence, int index, PartialDate date) =>
            new("awkward.txt", sentence, index, 0, date, null, Attribution.Author, null, 0.8, false, "a test \\ explanation");
        var relations = new List<ExtractedRelation>
        {
            new(Brigade, Front, RelationKind.Attacked, Said(Awkward, 0, new PartialDate(new DateOnly(2015, 3, 1), DatePrecision.Day))),
            new(Front, Oneil, RelationKind.Allied, Said("They fought side by side.", 1, new PartialDate(new DateOnly(2014, 1, 5), DatePrecision.Day))),
            new(Front, Oneil, RelationKind.Rival, Said("They fell out.", 2, new PartialDate(new DateOnly(2015, 6, 1), DatePrecision.Month))),
        };
        var actors = new[] { Brigade, Front, Oneil }.Select(n => new Actor(n, ActorType.ArmedGroup, [], Discovered: true)).ToList();
        await _store.LoadAsync(new ExtractionResult(document, actors, relations), "f1");
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();

    public void Dispose() => _folder.Dispose();

    private async Task<ExportedGraph> GraphAsync(GraphFilter? filter = null) =>
        await ExportedGraph.BuildAsync(_store, await GraphSnapshot.LoadAsync(_store), filter ?? GraphFilter.All);

    private static byte[] Write(ExportedGraph graph, ExportFormat format)
    {
        using var buffer = new MemoryStream();
        ExportWriter.Write(graph, format, buffer);
        return buffer.ToArray();
    }

    // Rival and allied edges keep their ends in name order (ordinal: the Latin name first).
    private static readonly string[] ExpectedEdges =
        [$"{Brigade} -attacked-> {Front}", $"{Oneil} -allied-> {Front}", $"{Oneil} -rival-> {Front}"];

    private static string[] Sorted(IEnumerable<string> items) => items.Order(StringComparer.Ordinal).ToArray();

    [Fact]
    public async Task graphml_reads_back_to_the_same_actors_relations_and_sentences()
    {
        XNamespace g = GraphMLWriter.Namespace;
        var xml = XDocument.Load(new MemoryStream(Write(await GraphAsync(), ExportFormat.GraphML)));
        string? Data(XElement e, string key) => e.Elements(g + "data").FirstOrDefault(d => (string?)d.Attribute("key") == key)?.Value;
        var names = xml.Descendants(g + "node").ToDictionary(n => (string)n.Attribute("id")!, n => Data(n, "name")!);
        var edges = xml.Descendants(g + "edge").ToList();

        Assert.Equal(Sorted([Brigade, Front, Oneil]), Sorted(names.Values));
        Assert.Equal(Sorted(ExpectedEdges), Sorted(edges.Select(e => $"{names[(string)e.Attribute("source")!]} -{Data(e, "kind")}-> {names[(string)e.Attribute("target")!]}")));
        Assert.Contains(edges, e => Data(e, "evidence")!.EndsWith(Awkward, StringComparison.Ordinal));
        Assert.Equal("2015-06", Data(edges.Single(e => Data(e, "kind") == "allied"), "validTo"));
    }

    [Fact]
    public async Task gexf_reads_back_with_each_relation_s_time_interval()
    {
        XNamespace g = GexfWriter.Namespace;
        var xml = XDocument.Load(new MemoryStream(Write(await GraphAsync(), ExportFormat.Gexf)));
        var names = xml.Descendants(g + "node").ToDictionary(n => (string)n.Attribute("id")!, n => (string)n.Attribute("label")!);
        var edges = xml.Descendants(g + "edge").ToList();
        string? Value(XElement e, string key) => e.Descendants(g + "attvalue").FirstOrDefault(v => (string?)v.Attribute("for") == key)?.Attribute("value")?.Value;

        Assert.Equal("dynamic", (string?)xml.Root!.Element(g + "graph")!.Attribute("mode"));
        Assert.Equal(Sorted([Brigade, Front, Oneil]), Sorted(names.Values));
        Assert.Equal(Sorted(ExpectedEdges), Sorted(edges.Select(e => $"{names[(string)e.Attribute("source")!]} -{(string)e.Attribute("label")!}-> {names[(string)e.Attribute("target")!]}")));
        var allied = edges.Single(e => (string?)e.Attribute("label") == "allied");
        Assert.Equal(("2014-01-05", "2015-06-01"), ((string)allied.Attribute("start")!, (string)allied.Attribute("end")!));
        Assert.Null(edges.Single(e => (string?)e.Attribute("label") == "rival").Attribute("end"));
        Assert.Contains(edges, e => Value(e, "evidence")!.EndsWith(Awkward, StringComparison.Ordinal));
    }

    [Fact]
    public async Task node_link_json_reads_back_with_every_sentence_exact()
    {
        using var json = JsonDocument.Parse(Write(await GraphAsync(), ExportFormat.Json));
        var root = json.RootElement;
        var links = root.GetProperty("links").EnumerateArray().ToList();

        Assert.True(root.GetProperty("multigraph").GetBoolean());
        Assert.Equal(Sorted([Brigade, Front, Oneil]), Sorted(root.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!)));
        Assert.Equal(Sorted(ExpectedEdges), Sorted(links.Select(l => $"{l.GetProperty("source").GetString()} -{l.GetProperty("key").GetString()}-> {l.GetProperty("target").GetString()}")));
        Assert.Contains(links, l => l.GetProperty("evidence").EnumerateArray().Any(e => e.GetProperty("sentence").GetString() == Awkward));
    }

    [Fact]
    public async Task neo4j_csv_reads_back_as_neo4j_admin_reads_it()
    {
        using var zip = new ZipArchive(new MemoryStream(Write(await GraphAsync(), ExportFormat.Csv)));
        List<string[]> Rows(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open());
            return Csv(reader.ReadToEnd());
        }
        var actors = Rows("actors.csv");
        var relations = Rows("relations.csv");
        var evidence = Rows("evidence.csv");

        Assert.Equal(["name:ID(Actor)", "type", "aliases:string[]", "discovered:boolean"], actors[0]);
        Assert.Equal(Sorted([Brigade, Front, Oneil]), Sorted(actors.Skip(1).Select(r => r[0])));
        Assert.Equal(Sorted([$"{Brigade} ATTACKED {Front}", $"{Oneil} ALLIED_WITH {Front}", $"{Oneil} RIVAL_OF {Front}"]), Sorted(relations.Skip(1).Select(r => $"{r[0]} {r[2]} {r[1]}")));
        Assert.Contains(evidence, r => r[2] == Awkward);
        Assert.Equal(4, Rows("evidence_in.csv").Count);
        Assert.Contains("neo4j-admin database import full", new StreamReader(zip.GetEntry("import.txt")!.Open()).ReadToEnd());
    }

    [Fact]
    public async Task the_cypher_script_s_literals_read_back_to_the_names_and_sentences()
    {
        var script = Encoding.UTF8.GetString(Write(await GraphAsync(), ExportFormat.Cypher));
        // One statement a line: a line break inside a value is written as \n.
        var statements = script.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.All(statements, s => Assert.EndsWith(";", s));
        var literals = statements.SelectMany(s => CypherLiteral().Matches(s).Select(m => Unescape(m.Groups[1].Value))).ToHashSet();

        Assert.Contains(Brigade, literals);
        Assert.Contains(Front, literals);
        Assert.Contains(Oneil, literals);
        Assert.Contains(Awkward, literals);
        Assert.Contains(statements, s => s.Contains("MERGE (a)-[r:ALLIED_WITH {key: ", StringComparison.Ordinal) && s.Contains("r.validTo = date('2015-06-01')", StringComparison.Ordinal));
    }

    [Fact]
    public async Task as_of_a_date_only_the_relations_holding_then_and_what_was_known_then_are_exported()
    {
        var graph = await GraphAsync(new GraphFilter(AsOf: new DateOnly(2015, 4, 1)));

        Assert.Equal(Sorted([$"{Brigade} -attacked-> {Front}", $"{Oneil} -allied-> {Front}"]),
            Sorted(graph.Edges.Select(e => $"{e.Edge.Source} -{ModelNames.Of(e.Edge.Kind)}-> {e.Edge.Target}")));
        Assert.All(graph.Edges.SelectMany(e => e.Evidence), e => Assert.True(e.Evidence.Date!.Value.Value <= new DateOnly(2015, 4, 1)));
    }

    [SkippableFact]
    public async Task networkx_reads_the_json_and_graphml_exports()
    {
        var graph = await GraphAsync();
        var json = Path.Combine(_folder.Path, "g.json");
        var graphml = Path.Combine(_folder.Path, "g.graphml");
        await File.WriteAllBytesAsync(json, Write(graph, ExportFormat.Json));
        await File.WriteAllBytesAsync(graphml, Write(graph, ExportFormat.GraphML));
        const string script = """
            import json, sys, networkx as nx
            data = json.load(open(sys.argv[1], encoding="utf-8"))
            try:
                g = nx.node_link_graph(data, edges="links")
            except TypeError:  # networkx before 3.4
                g = nx.node_link_graph(data)
            h = nx.read_graphml(sys.argv[2])
            names = {n: d["name"] for n, d in h.nodes(data=True)}
            print(json.dumps({
                "json": sorted(f"{u} -{k}-> {v}" for u, v, k in g.edges(keys=True)),
                "graphml": sorted(f"{names[u]} -{d['kind']}-> {names[v]}" for u, v, d in h.edges(data=True)),
                "sentences": sorted(e["sentence"] for _, _, d in g.edges(data=True) for e in d["evidence"]),
            }, ensure_ascii=False))
            """;
        var scriptPath = Path.Combine(_folder.Path, "read.py");
        await File.WriteAllTextAsync(scriptPath, script);
        var (exit, output, error) = await RunAsync("python3", scriptPath, json, graphml);
        Skip.If(exit != 0 && (error.Contains("No module named 'networkx'") || exit == -1), $"networkx is not installed here ({error.Trim()}); CI installs it");
        Assert.True(exit == 0, error);

        using var read = JsonDocument.Parse(output);
        Assert.Equal(Sorted(ExpectedEdges), read.RootElement.GetProperty("json").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Equal(Sorted(ExpectedEdges), read.RootElement.GetProperty("graphml").EnumerateArray().Select(e => e.GetString()!).ToArray());
        Assert.Contains(Awkward, read.RootElement.GetProperty("sentences").EnumerateArray().Select(e => e.GetString()));
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", $"{program} cannot be run: {e.Message}");
        }
    }

    /// <summary>RFC 4180 as neo4j-admin reads it: quoted fields, doubled quotes, line breaks inside quotes.</summary>
    private static List<string[]> Csv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                    quoted = false;
                else
                    field.Append(c);
            }
            else if (c == '"')
                quoted = true;
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
                field.Append(c);
        }
        return rows;
    }

    private static string Unescape(string literal) =>
        Regex.Replace(literal, @"\\(u[0-9A-Fa-f]{4}|.)", m => m.Groups[1].Value switch
        {
            "n" => "\n",
            "r" => "\r",
            "t" => "\t",
            var u when u.Length == 5 => ((char)Convert.ToInt32(u[1..], 16)).ToString(),
            var other => other,
        });

    [GeneratedRegex(@"'((?:[^'\\]|\\.)*)'")]
    private static partial Regex CypherLiteral();
}
