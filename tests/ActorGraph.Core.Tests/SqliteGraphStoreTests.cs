using ActorGraph.Core.Graph;
using ActorGraph.Core.Storage;
using ActorGraph.Core.Storage.Sqlite;

namespace ActorGraph.Core.Tests;

public sealed class SqliteGraphStoreTests : GraphStoreContractTests, IDisposable
{
    private readonly TempFolder _folder = TestPaths.NewTempFolder();

    private string DatabasePath => Path.Combine(_folder.Path, "graph.db");

    protected override Task<IGraphStore> CreateStoreAsync() => Task.FromResult<IGraphStore>(new SqliteGraphStore(DatabasePath));

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void names_sorted_in_memory_come_in_the_order_the_store_sorts_them()
    {
        string[] names = ["Zeta Brigade", "alpha", "ALPHA FRONT", "a_b", "aZ", "a[", "a]x", "Ab", "zeta 2", "Éclat", "éclat", "a\uE000", "a\U0001F600", "a", "a-b", "a'b", "a~", "Ωmega", "ωmega"];
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE n (name TEXT COLLATE NOCASE)";
            create.ExecuteNonQuery();
        }
        foreach (var name in names)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO n VALUES ($name)";
            insert.Parameters.AddWithValue("$name", name);
            insert.ExecuteNonQuery();
        }
        var sorted = new List<string>();
        using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT name FROM n ORDER BY name";
            using var rows = select.ExecuteReader();
            while (rows.Read())
                sorted.Add(rows.GetString(0));
        }
        Assert.Equal(sorted, names.Order(Model.NameOrder.Instance));
        Assert.NotEqual(sorted, names.Order(StringComparer.OrdinalIgnoreCase)); // the order a name list had before: not the store's
    }

    [Fact]
    public async Task reads_beside_a_running_load_see_every_document_whole_or_not_at_all()
    {
        // Each document gives the same 40 relations: whatever a reader sees, evidence is 40 per document.
        var body = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"The Islamic State attacked the Free Syrian Army on day {i}."));
        var documents = Enumerable.Range(0, 15).Select(i => Extract($"d{i}.txt", body)).ToList();
        Assert.All(documents, d => Assert.Equal(40, d.Relations.Count));
        var loading = Task.Run(async () =>
        {
            foreach (var document in documents)
                await Store.LoadAsync(document, "fp");
        });
        var seen = new List<GraphCounts>();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            do // at least once, even when the load ends before this reader starts (a busy machine)
            {
                var counts = await Store.CountAsync();
                lock (seen)
                    seen.Add(counts);
            }
            while (!loading.IsCompleted);
        })).ToList();
        await loading;
        await Task.WhenAll(readers);

        Assert.NotEmpty(seen);
        Assert.All(seen, c => Assert.Equal(c.Documents * 40, c.Evidence));
        Assert.Equal(15 * 40, (await Store.CountAsync()).Evidence);
    }

    [Fact]
    public async Task a_snapshot_brought_up_to_date_with_the_changes_equals_the_graph_read_whole()
    {
        var sqlite = (SqliteGraphStore)Store;
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State. The Liwa Fursan al-Haqq Brigade fought Hezbollah."), "1");
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fought the Nusra Front near Arsal. Hezbollah shelled the Islamic State near Qalamoun."), "1");
        var before = await GraphSnapshot.LoadAsync(Store);
        _ = before.EdgesById; // worked out before the change: carried over, not sorted again
        Assert.True(before.ChangeMark > 0);
        Assert.Contains(before.Actors, a => a.Name.Contains("Fursan", StringComparison.Ordinal));

        // A new document, and a replaced one whose old relations and discovered actor lose all support.
        await Store.LoadAsync(Extract("c.txt", "Turkey struck the PKK in Qandil. Iran backs Hezbollah. In June 2015 Hezbollah fought alongside the Nusra Front. Ahrar al-Sham attacked Hezbollah near Zabadani."), "1");
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam fought the Nusra Front in Douma."), "2");
        var changes = await sqlite.ReadChangesAsync(before.ChangeMark, maxDocuments: 10);
        var updated = before.WithChanges(Assert.IsType<StoredGraphChanges>(changes));
        var whole = await GraphSnapshot.LoadAsync(Store);

        Assert.NotNull(updated);
        Assert.Equal(Describe(whole), Describe(updated));
        Assert.DoesNotContain(updated.Actors, a => a.Name.Contains("Fursan", StringComparison.Ordinal));
        Assert.Equal(whole.ChangeMark, updated.ChangeMark);
        Assert.Same(updated, updated.WithChanges((await sqlite.ReadChangesAsync(updated.ChangeMark, 10))!)); // nothing new: the same snapshot
    }

    [Fact]
    public async Task each_relation_s_end_is_stored_when_loads_complete_and_moves_when_another_document_flips_its_pair()
    {
        var sqlite = (SqliteGraphStore)Store;
        await Store.LoadAsync(Extract("a.txt", "In March 2014 Hezbollah fought alongside the Nusra Front near Qusayr.", "2014-03-20"), "1");
        await Store.CompleteLoadsAsync();
        var before = await GraphSnapshot.LoadAsync(Store);
        var allied = Assert.Single(await Store.GetRelationsAsync("Hezbollah"));
        Assert.Equal(new StoredValidity(null), allied.Validity); // stored, and open: nothing has flipped the pair yet

        // A later document turns the pair hostile. Until the run of loads completes the pair's ends are not stored
        // (a read works them out); then the allied relation, which the document does not touch, ends.
        await Store.LoadAsync(Extract("b.txt", "In June 2015 Hezbollah fought the Nusra Front near Arsal.", "2015-06-20"), "1");
        Assert.All(await Store.GetRelationsAsync("Hezbollah"), r => Assert.Null(r.Validity));
        var workedOut = (await GraphSnapshot.LoadAsync(Store)).Edges.Select(e => (e.Id, e.ValidTo)).Order().ToList();
        await Store.CompleteLoadsAsync();
        var relations = await Store.GetRelationsAsync("Hezbollah");
        Assert.All(relations, r => Assert.NotNull(r.Validity));
        var flips = EdgeValidity.Flips(relations);
        Assert.All(relations, r => Assert.Equal(EdgeValidity.ValidTo(r, flips), r.Validity!.Value.ValidTo));
        Assert.Equal("2015-06", relations.Single(r => r.Kind == Model.RelationKind.Allied).Validity!.Value.ValidTo?.ToString()[..7]);

        // Stored or worked out, a graph read whole and one brought up to date give the same ends.
        var updated = before.WithChanges((await sqlite.ReadChangesAsync(before.ChangeMark, 10))!);
        var whole = await GraphSnapshot.LoadAsync(Store);
        Assert.Equal(workedOut, whole.Edges.Select(e => (e.Id, e.ValidTo)).Order());
        Assert.Equal(workedOut, updated!.Edges.Select(e => (e.Id, e.ValidTo)).Order());
        Assert.Contains(updated.Edges, e => e.Kind == Model.RelationKind.Allied && e.ValidTo is not null);

        // Replacing the later document with one that no longer flips the pair opens the end again.
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fighters were seen near Arsal.", "2015-06-20"), "2");
        await Store.CompleteLoadsAsync();
        Assert.Equal(new StoredValidity(null), Assert.Single(await Store.GetRelationsAsync("Hezbollah")).Validity);
    }

    [Fact]
    public async Task each_actor_s_counts_are_kept_at_load_and_follow_a_replaced_document()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr. Turkey struck the PKK in Qandil.", "2014-03-20"), "1");
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fought the Nusra Front near Arsal. Iran backs Hezbollah.", "2015-06-20"), "1");
        AssertCountsAsCounted();
        // Replacing a document that held Turkey and the PKK drops them, and Hezbollah's counts fall with it.
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fighters were seen near Qusayr.", "2014-03-20"), "2");
        AssertCountsAsCounted();
        var hezbollah = Assert.Single(await Store.GetActorsAsync("Hezbollah"), a => a.Name == "Hezbollah");
        Assert.Equal(2, hezbollah.Relations); // the rival relation and Iran's backing
    }

    [Fact]
    public async Task each_actor_s_dated_span_is_kept_at_load_and_worked_out_again_after_a_replaced_document()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr in May 2013. Turkey struck the PKK in Qandil.", "2014-03-20"), "1");
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fought the Nusra Front near Arsal on June 3. A reader wrote that Iran backs Hezbollah.", "2015-06-20"), "1");
        await Store.CompleteLoadsAsync();
        AssertSpansAsWorkedOut();
        Assert.Equal(("2013-05", "2015-06-03"), SpanOf("Hezbollah"));
        // A new document widens the spans its dates reach, at once.
        await Store.LoadAsync(Extract("c.txt", "Hezbollah shelled the Nusra Front near Zabadani on Jan. 9. Hezbollah fought the Islamic State near "
            + "Palmyra in 2012.", "2016-01-10"), "1");
        Assert.Equal(("2012", "2016-01-09"), SpanOf("Hezbollah"));
        AssertSpansAsWorkedOut();
        // A replaced version's dates may go with it: the spans it named are forgotten (a read works them out), then
        // worked out again when the run of loads completes.
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought the Nusra Front near Qusayr in 2014.", "2014-03-20"), "2");
        Assert.Equal(0, Count("SELECT COUNT(*) FROM actor_span s JOIN actors a ON a.id = s.actor_id WHERE a.name = 'Hezbollah'"));
        await using (var view = (await Store.OpenReadViewAsync())!)
        {
            var (earliest, latest) = await view.SeenSpanAsync("Hezbollah");
            Assert.Equal(("2012", "2016-01-09"), (earliest.ToString(), latest.ToString()));
        }
        await Store.CompleteLoadsAsync();
        Assert.Equal(("2012", "2016-01-09"), SpanOf("Hezbollah"));
        Assert.Equal(("2014", "2016-01-09"), SpanOf("Al Nusrah Front")); // its May 2013 went with the replaced version
        AssertSpansAsWorkedOut();
        Assert.Equal(0, Count("SELECT COUNT(*) FROM actor_span s WHERE NOT EXISTS (SELECT 1 FROM actors a WHERE a.id = s.actor_id)"));
    }

    [Fact]
    public async Task a_store_written_before_spans_were_kept_gets_them_once_when_opened()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr in May 2013. Turkey struck the PKK in Qandil.", "2014-03-20"), "1");
        await Store.CompleteLoadsAsync();
        Execute("DROP TABLE actor_span");
        await using var reopened = new SqliteGraphStore(DatabasePath);
        await reopened.InitializeAsync();
        Assert.Equal(Count("SELECT COUNT(*) FROM actors"), Count("SELECT COUNT(*) FROM actor_span"));
        Assert.Equal(("2013-05", "2013-05"), SpanOf("Hezbollah"));
        AssertSpansAsWorkedOut();
    }

    /// <summary>The span stored for an actor, as written; (null, null) for a row with no dates.</summary>
    private (string?, string?) SpanOf(string actor)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT s.earliest, s.latest FROM actor_span s JOIN actors a ON a.id = s.actor_id WHERE a.name = $actor";
        command.Parameters.AddWithValue("$actor", actor);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"no span stored for {actor}");
        return (reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    /// <summary>Every stored span equals what reading the actor's dated sentences (comments left out) gives.</summary>
    private void AssertSpansAsWorkedOut() => Assert.Equal(0, Count("""
        SELECT COUNT(*) FROM actor_span s
        WHERE s.earliest IS NOT (SELECT MIN(e.date) FROM relations r JOIN evidence e ON e.relation_id = r.id
                                 WHERE (r.source_id = s.actor_id OR r.target_id = s.actor_id) AND e.date IS NOT NULL AND e.attribution <> 'comment')
           OR s.latest IS NOT (SELECT MAX(e.date) FROM relations r JOIN evidence e ON e.relation_id = r.id
                               WHERE (r.source_id = s.actor_id OR r.target_id = s.actor_id) AND e.date IS NOT NULL AND e.attribution <> 'comment')
        """));

    [Fact]
    public async Task a_store_written_before_counts_were_kept_is_counted_once_when_opened()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr. Turkey struck the PKK in Qandil.", "2014-03-20"), "1");
        var before = (await Store.GetActorsAsync()).Select(a => (a.Name, a.Relations, a.Documents)).ToList();
        Execute("DROP TABLE actor_counts");
        Assert.Equal(0, Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'actor_counts'"));
        await using var reopened = new SqliteGraphStore(DatabasePath);
        await reopened.InitializeAsync();
        Assert.Equal(Count("SELECT COUNT(*) FROM actors"), Count("SELECT COUNT(*) FROM actor_counts"));
        Assert.Equal(before, (await reopened.GetActorsAsync()).Select(a => (a.Name, a.Relations, a.Documents)).ToList());
    }

    [Fact]
    public async Task a_hub_s_first_neighbours_walked_in_name_order_are_those_its_relations_sorted_give()
    {
        var all = await WriteHubAsync();
        var everyKind = Enum.GetValues<Model.RelationKind>().ToHashSet();
        await using var view = (await Store.OpenReadViewAsync())!;

        // Ten of 300 among some 600 actors: walked (4 × 10 × 600 < 300²); two hundred: read and sorted. Both are the sorted list's head.
        foreach (var first in new[] { 1, 10, 200 })
        {
            Assert.Equal(all.Take(first), await view.NeighborNamesAsync("Walked Hub", null, Direction.Both, first));
            Assert.Equal(all.Take(first), await view.NeighborNamesAsync("Walked Hub", everyKind, Direction.Both, first));
        }
        Assert.Equal((300, 300), await view.CountNeighborsAsync("walked hub", null, Direction.Both));
    }

    [Fact]
    public async Task a_hub_s_first_relations_read_from_the_store_are_the_head_of_its_edges_in_the_graph()
    {
        await WriteHubAsync();
        WriteEvidenceOfUnsupportedRelations();
        var whole = await Graph.GraphSnapshot.LoadAsync(Store);
        var edges = whole.EdgesOf("Walked Hub");
        Assert.Equal(300, edges.Count);
        Assert.Equal(edges.Select(e => e.Relation).Order(StoredRelation.Order), edges.Select(e => e.Relation)); // the graph keeps them in relation order
        await using var view = (await Store.OpenReadViewAsync())!;

        static string Key(StoredRelation r) => $"{r.Source} {r.Kind} {r.Target} {r.Evidence.Count}";
        foreach (var first in new[] { 1, 10, 300 })
            Assert.Equal(edges.Take(first).Select(e => Key(e.Relation)), (await view.RelationPageAsync("walked hub", null, Direction.Both, first)).Select(Key));
        var attacked = new HashSet<Model.RelationKind> { Model.RelationKind.Attacked };
        Assert.Equal(edges.Where(e => e.Kind == Model.RelationKind.Attacked && e.Source == "Walked Hub").Take(20).Select(e => Key(e.Relation)),
            (await view.RelationPageAsync("Walked Hub", attacked, Direction.Out, 20)).Select(Key));
        var written = edges.SelectMany(e => e.Relation.Evidence).Where(e => e.Evidence.Attribution != Model.Attribution.Comment)
            .Select(e => e.Evidence.Date!.Value.ToString()).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(("2013", written[^1]), ((await view.SeenSpanAsync("Walked Hub")).Earliest.ToString(), (await view.SeenSpanAsync("Walked Hub")).Latest.ToString()));
    }

    [Fact]
    public async Task a_hub_s_page_walked_in_name_order_holds_the_relations_from_names_before_it_then_its_own_then_those_after()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr.", "2014-03-20"), "1");
        // Nine sources before the hub's name (two kinds each), nine targets of its own, two thousand sources after it.
        Execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2018)
            INSERT INTO actors (name, type, discovered)
            SELECT CASE WHEN i <= 9 THEN 'al_' || i WHEN i <= 18 THEN 'Bx' || i ELSE 'Z[' || i END, 'armed_group', 1 FROM n;
            INSERT INTO actors (name, type, discovered) VALUES ('Mid Hub', 'armed_group', 1);
            INSERT INTO relations (source_id, target_id, kind)
            SELECT CASE WHEN a.name GLOB 'Bx[0-9]*' THEN h.id ELSE a.id END, CASE WHEN a.name GLOB 'Bx[0-9]*' THEN a.id ELSE h.id END, 'attacked'
            FROM actors a, actors h WHERE h.name = 'Mid Hub' AND (a.name GLOB 'al_[0-9]*' OR a.name GLOB 'Bx[0-9]*' OR a.name GLOB 'Z[[][0-9]*');
            INSERT INTO relations (source_id, target_id, kind) SELECT a.id, h.id, 'rival' FROM actors a, actors h WHERE h.name = 'Mid Hub' AND a.name GLOB 'al_[0-9]*';
            INSERT OR REPLACE INTO actor_counts (actor_id, relations, documents) SELECT id, 2027, 0 FROM actors WHERE name = 'Mid Hub';
            """);
        WriteEvidenceOfUnsupportedRelations();
        var edges = (await Graph.GraphSnapshot.LoadAsync(Store)).EdgesOf("Mid Hub");
        await using var view = (await Store.OpenReadViewAsync())!;

        // Thirty of 2,027 among some 2,500 actors (with the dictionary's): walked (4 × 30 × 2,500 < 2,027²), through all three walks.
        var page = await view.RelationPageAsync("Mid Hub", null, Direction.Both, 30);
        Assert.Equal(edges.Take(30).Select(e => (e.Source, e.Kind, e.Target)), page.Select(r => (r.Source, r.Kind, r.Target)));
        Assert.Equal(("al_1", Model.RelationKind.Attacked, "Mid Hub"), (page[0].Source, page[0].Kind, page[0].Target));
        Assert.Equal([.. Enumerable.Repeat("al_", 18), .. Enumerable.Repeat("Bx", 9), .. Enumerable.Repeat("Z[", 3)],
            page.Select(r => r.Source == "Mid Hub" ? r.Target[..2] : r.Source[..r.Source.IndexOfAny("123456789".ToCharArray())]));
    }

    /// <summary>One sentence for each relation that has none, dated by year, month or day, some of them readers' comments.</summary>
    private void WriteEvidenceOfUnsupportedRelations() => Execute("""
        INSERT INTO evidence (relation_id, document_id, sentence, sentence_index, sentence_start, date, date_precision, attribution, confidence, background, explanation)
        SELECT r.id, (SELECT MIN(id) FROM documents), 'Made.', 0, 0,
               CASE r.id % 3 WHEN 0 THEN '2013' WHEN 1 THEN '2013-0' || (r.id % 9 + 1) ELSE '2014-02-0' || (r.id % 9 + 1) END,
               CASE r.id % 3 WHEN 0 THEN 'year' WHEN 1 THEN 'month' ELSE 'day' END,
               CASE r.id % 5 WHEN 0 THEN 'comment' ELSE 'author' END, 0.8, 0, 'made'
        FROM relations r WHERE NOT EXISTS (SELECT 1 FROM evidence e WHERE e.relation_id = r.id);
        """);

    /// <summary>
    /// A hub with 300 neighbours, one relation each, written straight into the store beside one loaded document, names
    /// mixing case, marks and letters on both sides of it (SQLite's NOCASE puts '[' before 'X', ordinal order ignoring case after it); the
    /// neighbours' names in <see cref="Model.NameOrder"/>.
    /// </summary>
    private async Task<List<string>> WriteHubAsync()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought alongside the Nusra Front near Qusayr.", "2014-03-20"), "1");
        Execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
            INSERT INTO actors (name, type, discovered) SELECT (CASE i % 4 WHEN 0 THEN 'made_' WHEN 1 THEN 'MadeX' WHEN 2 THEN 'Made ' ELSE 'MADE[' END) || i, 'armed_group', 1 FROM n;
            INSERT INTO actors (name, type, discovered) VALUES ('Walked Hub', 'armed_group', 1);
            INSERT INTO relations (source_id, target_id, kind)
            SELECT CASE WHEN a.id % 2 = 0 THEN h.id ELSE a.id END, CASE WHEN a.id % 2 = 0 THEN a.id ELSE h.id END,
                   CASE a.id % 4 WHEN 0 THEN 'attacked' WHEN 1 THEN 'rival' WHEN 2 THEN 'allied' ELSE 'affiliate' END
            FROM actors a, actors h WHERE h.name = 'Walked Hub' AND a.name LIKE 'made%';
            INSERT OR REPLACE INTO actor_counts (actor_id, relations, documents) SELECT id, 300, 0 FROM actors WHERE name = 'Walked Hub';
            """);
        var all = new List<string>();
        for (var i = 1; i <= 300; i++)
            all.Add((i % 4) switch { 0 => "made_", 1 => "MadeX", 2 => "Made ", _ => "MADE[" } + i);
        all.Sort(Model.NameOrder.Instance);
        return all;
    }

    /// <summary>Every stored count equals what counting the store's rows gives, and every actor a document or a relation names has one.</summary>
    private void AssertCountsAsCounted()
    {
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM actor_counts c
            WHERE c.relations <> (SELECT COUNT(*) FROM relations r WHERE r.source_id = c.actor_id OR r.target_id = c.actor_id)
               OR c.documents <> (SELECT COUNT(*) FROM document_actors d WHERE d.actor_id = c.actor_id)
            """));
        Assert.Equal(0, Count("""
            SELECT COUNT(*) FROM actors a
            WHERE NOT EXISTS (SELECT 1 FROM actor_counts c WHERE c.actor_id = a.id)
              AND (EXISTS (SELECT 1 FROM document_actors d WHERE d.actor_id = a.id) OR EXISTS (SELECT 1 FROM relations r WHERE r.source_id = a.id OR r.target_id = a.id))
            """));
    }

    private long Count(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private void Execute(string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    [Fact]
    public async Task a_store_written_before_ends_were_stored_gets_them_all_from_its_next_run_of_loads()
    {
        await Store.LoadAsync(Extract("a.txt", "In March 2014 Hezbollah fought alongside the Nusra Front. Turkey struck the PKK in Qandil.", "2014-03-20"), "1");
        await Store.LoadAsync(Extract("b.txt", "In June 2015 Hezbollah fought the Nusra Front near Arsal.", "2015-06-20"), "1");
        await Store.CompleteLoadsAsync();
        var stored = (await Store.GetRelationsAsync()).Select(r => (r.Source, r.Target, r.Kind, r.Validity)).Order().ToList();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var forget = connection.CreateCommand();
            forget.CommandText = "DELETE FROM relation_validity; DELETE FROM store_meta WHERE key = 'validity'";
            forget.ExecuteNonQuery();
        }
        Assert.All(await Store.GetRelationsAsync(), r => Assert.Null(r.Validity));

        await Store.LoadAsync(Extract("c.txt", "Iran backs Hezbollah.", "2016-01-10"), "1"); // touches none of the pairs above
        await Store.CompleteLoadsAsync();
        var relations = await Store.GetRelationsAsync();
        Assert.All(relations, r => Assert.NotNull(r.Validity));
        Assert.Equal(stored, relations.Where(r => r.Source != "Iran" && r.Target != "Iran").Select(r => (r.Source, r.Target, r.Kind, r.Validity)).Order());
    }

    [Fact]
    public async Task a_write_that_is_no_document_or_too_many_documents_make_the_graph_be_read_whole()
    {
        var sqlite = (SqliteGraphStore)Store;
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought the Nusra Front near Arsal."), "1");
        var mark = (await GraphSnapshot.LoadAsync(Store)).ChangeMark;
        await Store.LoadAsync(Extract("b.txt", "Iran backs Hezbollah."), "1");
        await Store.LoadAsync(Extract("c.txt", "Turkey struck the PKK in Qandil."), "1");
        Assert.Null(await sqlite.ReadChangesAsync(mark, maxDocuments: 1));
        Assert.NotNull(await sqlite.ReadChangesAsync(mark, maxDocuments: 2));
        await Store.SyncActorsAsync(TestPaths.SeedLexicon.Actors.Actors); // the same dictionary again writes nothing
        Assert.NotNull(await sqlite.ReadChangesAsync(mark, maxDocuments: 10));
        await Store.SyncActorsAsync([.. TestPaths.SeedLexicon.Actors.Actors, new Model.Actor("Liwa Test Brigade", Model.ActorType.ArmedGroup, [])]);
        Assert.Null(await sqlite.ReadChangesAsync(mark, maxDocuments: 10));
    }

    [Fact]
    public async Task a_graph_read_in_two_halves_on_two_connections_equals_the_graph_read_on_one()
    {
        var body = string.Join(" ", ["The Islamic State attacked the Free Syrian Army.", "Hezbollah fought the Nusra Front near Arsal.",
            "Iran backs Hezbollah.", "Turkey struck the PKK in Qandil.", "Jaish al Islam fought the Nusra Front in Douma.",
            "Al-Shabaab attacked Kenyan troops in Lamu.", "Russia backs the Assad regime."]);
        for (var i = 0; i < 6; i++)
            await Store.LoadAsync(Extract($"d{i}.txt", body, $"2015-03-1{i}"), "1");
        var whole = await GraphSnapshot.LoadAsync(Store);
        await using var halves = new SqliteGraphStore(DatabasePath) { SplitReadRelations = 1 };
        await halves.InitializeAsync();
        var split = await GraphSnapshot.LoadAsync(halves);

        Assert.True(whole.Relations.Count >= 7);
        Assert.Equal(Describe(whole), Describe(split));
        Assert.Equal(whole.ChangeMark, split.ChangeMark);
    }

    [Fact]
    public async Task evidence_written_in_another_spelling_is_read_as_written_and_a_relation_s_figures_match_its_evidence()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought the Nusra Front near Arsal. Iran backs Hezbollah. Turkey struck the PKK in Qandil."), "1");
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fought the Nusra Front in Qusayr last year.", "2016-05-02"), "1");
        // Values as a hand edit or another writer may leave them: other case, week precision, a year alone.
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            connection.Open();
            using var edit = connection.CreateCommand();
            edit.CommandText = """
                UPDATE evidence SET attribution = 'Claim', claimed_by = 'the group', date = '2014-10', date_precision = 'Month', date_text = 'in October'
                  WHERE id = (SELECT MIN(id) FROM evidence);
                UPDATE evidence SET date = '2014-10-06', date_precision = 'week' WHERE id = (SELECT MIN(id) + 1 FROM evidence);
                UPDATE evidence SET date = '2013', date_precision = NULL, confidence = 0.99 WHERE id = (SELECT MAX(id) FROM evidence);
                """;
            edit.ExecuteNonQuery();
        }
        var evidence = (await Store.GetRelationsAsync(withText: false)).SelectMany(r => r.Evidence).OrderBy(e => e.Id).ToList();

        Assert.Equal(Model.Attribution.Claim, evidence[0].Evidence.Attribution);
        Assert.Equal("the group", evidence[0].Evidence.ClaimedBy);
        Assert.Equal("in October", evidence[0].Evidence.DateText);
        Assert.Equal(new Model.PartialDate(new DateOnly(2014, 10, 1), Model.DatePrecision.Month), evidence[0].Evidence.Date);
        Assert.Equal(new Model.PartialDate(new DateOnly(2014, 10, 6), Model.DatePrecision.Week), evidence[1].Evidence.Date);
        Assert.Equal(Model.PartialDate.Parse("2013"), evidence[^1].Evidence.Date);
        foreach (var relation in (await GraphSnapshot.LoadAsync(Store)).Relations)
        {
            var dates = relation.Evidence.Select(e => e.Evidence.Date).OfType<Model.PartialDate>().ToList();
            Assert.Equal(dates.Count == 0 ? null : dates.MinBy(d => d.Value), relation.FirstSeen);
            Assert.Equal(dates.Count == 0 ? null : dates.MaxBy(d => d.Value), relation.LastSeen);
            Assert.Equal(relation.Evidence.Max(e => e.Evidence.Confidence), relation.Confidence);
            // What a query shows, worked out from the rows: the same as sorting the objects (stable, undated first).
            foreach (var attribution in new Model.Attribution?[] { null, Model.Attribution.Author, Model.Attribution.Claim })
                for (var take = 0; take <= relation.Evidence.Count + 1; take++)
                    Assert.Equal(
                        relation.Evidence.Where(e => attribution is null || e.Evidence.Attribution == attribution)
                            .OrderBy(e => e.Evidence.Date?.Value ?? DateOnly.MinValue).Take(take).Select(e => e.Id),
                        relation.OldestEvidence(take, attribution).Select(e => e.Id));
        }
        // Exercised where it matters: a relation whose sentences in date order are not in their stored order.
        Assert.Contains((await GraphSnapshot.LoadAsync(Store)).Relations, r => !r.OldestEvidence(10).Select(e => e.Id).SequenceEqual(r.Evidence.Select(e => e.Id)));
        Assert.Contains((await GraphSnapshot.LoadAsync(Store)).Relations, r => r.Confidence == 0.99);
    }

    [Fact]
    public async Task one_actor_s_relations_are_those_of_the_whole_graph_that_name_it()
    {
        await Store.LoadAsync(Extract("a.txt", "Hezbollah fought the Nusra Front near Arsal. Iran backs Hezbollah. Turkey struck the PKK in Qandil."), "1");
        await Store.LoadAsync(Extract("b.txt", "Hezbollah fought the Nusra Front in Qusayr. Russia backs the Assad regime."), "1");
        static string Text(StoredRelation r) =>
            $"{r.Source} {r.Kind} {r.Target}: {string.Join(",", r.Evidence.Select(e => $"{e.Id}:{e.Document.Key}:{e.Evidence.Sentence}"))}";
        var all = await Store.GetRelationsAsync();
        foreach (var actor in new[] { "Hezbollah", "Al Nusrah Front", "Turkey" })
        {
            var expected = all.Where(r => r.Source == actor || r.Target == actor).Select(Text).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, (await Store.GetRelationsAsync(actor)).Select(Text));
            Assert.Equal(all.Where(r => (r.Source == actor || r.Target == actor) && r.Kind == Model.RelationKind.Rival).Select(Text),
                (await Store.GetRelationsAsync(actor, Model.RelationKind.Rival)).Select(Text));
        }
        Assert.Empty(await Store.GetRelationsAsync("No Such Actor"));
    }

    private static List<string> Describe(GraphSnapshot snapshot) =>
    [
        .. snapshot.Actors.Select(a => $"actor {a.Name} {a.Type} {a.Relations} {a.Documents} {string.Join("/", a.Aliases)}"),
        .. snapshot.Relations.Select(r => $"relation {r.Source} {r.Kind} {r.Target} {string.Join(",", r.Evidence.Select(e => $"{e.Id}:{e.Document.Key}:{e.Evidence.Date}"))}"),
        .. snapshot.Documents.Select(d => $"document {d.Key} {d.Title}"),
        .. snapshot.Actors.SelectMany(a => snapshot.EdgesOf(a.Name, GraphFilter.All).Select(e => $"edge of {a.Name}: {e.Id} {e.ValidFrom} {e.ValidTo}")), // in relation order
        .. snapshot.Actors.SelectMany(a => a.Aliases.Prepend(a.Name)).Select(alias => $"alias {alias} {snapshot.FindActor(alias)?.Name}"),
        .. snapshot.EdgesById.Select(e => $"by id {e.Id}"),
        $"edges {snapshot.Edges.Count}",
    ];

    [Fact]
    public async Task relations_read_without_text_keep_it_on_disk_until_asked_for()
    {
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        var lean = Assert.Single(Assert.Single(await Store.GetRelationsAsync(withText: false)).Evidence);
        Assert.False(lean.HasText);
        Assert.True(lean.Id > 0);
        var text = (await Store.GetEvidenceTextAsync([lean.Id]))[lean.Id];
        var full = Assert.Single(Assert.Single(await Store.GetRelationsAsync()).Evidence);
        Assert.Equal((full.Evidence.Sentence, full.Evidence.Explanation), text);
        Assert.StartsWith("Jaish al Islam launched", text.Sentence, StringComparison.Ordinal);
        Assert.Equal(full.Evidence with { Sentence = "", Explanation = "" }, lean.Evidence);
    }

    [Fact]
    public async Task the_change_stamp_moves_with_every_commit_from_any_connection()
    {
        var sqlite = (SqliteGraphStore)Store;
        var before = await sqlite.ChangeStampAsync();
        Assert.Equal(before, await sqlite.ChangeStampAsync());
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        var afterOwn = await sqlite.ChangeStampAsync();
        Assert.NotEqual(before, afterOwn);
        await using (var other = new SqliteGraphStore(DatabasePath))
        {
            await other.InitializeAsync();
            await other.LoadAsync(Extract("b.txt", "Hezbollah attacked the Nusra Front."), "fp");
        }
        Assert.NotEqual(afterOwn, await sqlite.ChangeStampAsync());
    }

    [Fact]
    public async Task the_graph_survives_closing_and_reopening_the_file()
    {
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State."), "fp");
        await Store.DisposeAsync();
        await using var reopened = new SqliteGraphStore(DatabasePath);
        await reopened.InitializeAsync();
        Assert.Single(await reopened.GetRelationsAsync());
    }

    [Fact]
    public async Task a_file_that_is_not_a_store_is_reported_as_bad_input()
    {
        var path = _folder.File("not-a-db.db", "this is plain text, not SQLite, and long enough to have a header of sorts");
        await using var store = new SqliteGraphStore(path);
        var e = await Assert.ThrowsAsync<InputException>(() => store.InitializeAsync());
        Assert.Contains("not-a-db.db", e.Message);
    }

    [Fact]
    public async Task a_bad_document_is_skipped_while_the_others_load()
    {
        var good = _folder.File("docs/good.txt", "Good\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State.\n");
        var bad = _folder.File("docs/bad.txt", "---\ntitle: Bad\npublished: someday\n---\nHezbollah attacked Ahrar al Sham.\n");
        var summary = await new GraphLoader(Store, TestPaths.SeedLexicon).LoadFilesAsync([bad, good]);
        Assert.Equal(1, summary.Added);
        var reason = Assert.Single(summary.Skipped);
        Assert.Contains("bad.txt:3", reason);
        Assert.Equal(1, summary.After.Documents);
    }

    [Fact]
    public async Task a_changed_lexicon_rereads_documents_without_duplicating_them()
    {
        var file = _folder.File("docs/a.txt", "A\nPublished: 2015-03-10\n\nJaish al Islam launched an offensive against the Islamic State.\n");
        var lexicon = TestPaths.SeedLexicon;
        await new GraphLoader(Store, lexicon).LoadFilesAsync([file]);
        var summary = await new GraphLoader(Store, lexicon with { Fingerprint = "edited" }).LoadFilesAsync([file]);
        Assert.Equal(1, summary.Replaced);
        Assert.Equal(1, summary.After.Relations);
        Assert.Equal(1, summary.After.Evidence);
    }

    [Fact]
    public async Task a_read_view_answers_as_of_when_it_was_opened()
    {
        await Store.LoadAsync(Extract("a.txt", "Jaish al Islam launched an offensive against the Islamic State. Hezbollah fought the Nusra Front near Arsal in May 2014."), "1");
        await Store.LoadAsync(Extract("b.txt", "In June 2015 Hezbollah fought alongside the Nusra Front. A reader wrote that Iran backs Hezbollah."), "1");
        var whole = await GraphSnapshot.LoadAsync(Store);
        await using var view = (await ((SqliteGraphStore)Store).OpenReadViewAsync())!;
        // Committed after the view was opened: the view does not see it.
        await Store.LoadAsync(Extract("c.txt", "Turkey struck the PKK in Qandil in 2017. Hezbollah fought the Nusra Front again."), "1");

        Assert.Equal((0, 0), (await view.FindActorAsync("PKK")) is { } pkk ? (pkk.Documents, pkk.Relations) : (-1, -1));
        var hezbollah = Assert.IsType<StoredActor>(await view.FindActorAsync("hezbollah"));
        Assert.Equal(Describe(whole.FindActor("Hezbollah")!), Describe(hezbollah));
        var relations = await view.RelationsOfAsync(hezbollah.Name);
        Assert.Equal(whole.EdgesOf(hezbollah.Name).Select(e => Describe(e.Relation)), relations.Select(Describe));
        Assert.All(relations, r => Assert.All(r.Evidence, e => Assert.False(e.HasText))); // text stays on disk
        Assert.Equal((2, whole.EvidenceCount), await view.SummaryAsync() is var summary ? (summary.Documents, summary.Evidence) : default);
    }

    private static string Describe(StoredActor actor) => $"{actor.Name} {actor.Type} {actor.Relations} {actor.Documents} {string.Join("/", actor.Aliases)}";

    private static string Describe(StoredRelation relation) =>
        $"{relation.Source} {relation.Kind} {relation.Target} {relation.Validity} {string.Join(",", relation.Evidence.Select(e => $"{e.Id}:{e.Document.Key}:{e.Evidence.Date}:{e.Evidence.Attribution}"))}";
}
