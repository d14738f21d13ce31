using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// Neo4j's HTTP Query API (<c>/db/{database}/query/v2</c>): one statement as its own transaction, or several in an
/// explicit transaction (<c>/tx</c>, then <c>/tx/{id}</c>, <c>/tx/{id}/commit</c>, <c>DELETE /tx/{id}</c> to roll
/// back), echoing the cluster-affinity header. Work that fails with a transient error is run again, up to
/// <see cref="Attempts"/> times.
/// </summary>
internal sealed class Neo4jQueryClient(Neo4jConnection connection, HttpMessageHandler? handler = null) : IDisposable
{
    public const int Attempts = 3;
    private const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http = Create(connection, handler);
    private string QueryPath => $"db/{Uri.EscapeDataString(connection.Database)}/query/v2";

    /// <summary>Delay before attempt n (1-based) runs again; tests make it zero.</summary>
    public Func<int, TimeSpan> Backoff { get; init; } = attempt => TimeSpan.FromMilliseconds(100 * Math.Pow(4, attempt - 1));

    public Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunAsync(string statement, object? parameters, CancellationToken cancellationToken) =>
        RetryAsync(async () => (await SendAsync(HttpMethod.Post, QueryPath, Body(statement, parameters), null, cancellationToken)).Rows, cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction: committed when it returns, rolled back when it throws.</summary>
    public Task<T> InTransactionAsync<T>(Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        RetryAsync(async () =>
        {
            var transaction = new Neo4jTransaction(this);
            try
            {
                var result = await work(transaction);
                if (transaction.Id is not null)
                    await SendAsync(HttpMethod.Post, $"{QueryPath}/tx/{transaction.Id}/commit", "{}", transaction.Affinity, cancellationToken);
                return result;
            }
            catch
            {
                if (transaction.Id is not null)
                    await RollBackAsync(transaction);
                throw;
            }
        }, cancellationToken);

    internal async Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunInAsync(Neo4jTransaction transaction, string statement, object? parameters, CancellationToken cancellationToken)
    {
        var path = transaction.Id is null ? $"{QueryPath}/tx" : $"{QueryPath}/tx/{transaction.Id}";
        var answer = await SendAsync(HttpMethod.Post, path, Body(statement, parameters), transaction.Affinity, cancellationToken);
        if (transaction.Id is null)
        {
            transaction.Id = answer.Root.TryGetProperty("transaction", out var tx) && tx.TryGetProperty("id", out var id) ? id.GetString()
                : throw new InvalidOperationException("Neo4j opened no transaction (no transaction.id in its answer)");
            transaction.Affinity = answer.Affinity;
        }
        return answer.Rows;
    }

    private async Task RollBackAsync(Neo4jTransaction transaction)
    {
        try
        {
            // Not the caller's token: a cancelled load must still let go of its transaction.
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await SendAsync(HttpMethod.Delete, $"{QueryPath}/tx/{transaction.Id}", null, transaction.Affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or OperationCanceledException or InvalidOperationException)
        {
            // Neo4j ends a failed or abandoned transaction itself when it expires.
        }
    }

    private async Task<T> RetryAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (Neo4jException e) when (e.IsTransient && attempt < Attempts)
            {
                await Task.Delay(Backoff(attempt), cancellationToken);
            }
        }
    }

    // Parameter names as Cypher reads them (r.key, r.source); map keys as given.
    private static readonly JsonSerializerOptions ParameterJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    private static string Body(string statement, object? parameters) =>
        JsonSerializer.Serialize(new { statement, parameters = parameters ?? new { } }, ParameterJson);

    private sealed record Answer(JsonElement Root, IReadOnlyList<Dictionary<string, JsonElement>> Rows, string? Affinity);

    private async Task<Answer> SendAsync(HttpMethod method, string path, string? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        if (affinity is not null)
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new InputException(connection.BaseAddress.ToString(), 0, $"cannot reach Neo4j's HTTP Query API: {e.Message}");
        }
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
                throw new InputException(connection.BaseAddress.ToString(), 0, "Neo4j refused the user name or password (NEO4J_USER, NEO4J_PASSWORD)");
            JsonElement root = default;
            if (text.Trim().Length > 0)
            {
                try
                {
                    root = JsonDocument.Parse(text).RootElement.Clone();
                }
                catch (JsonException)
                {
                    throw new InvalidOperationException($"Neo4j answered {(int)response.StatusCode} without JSON");
                }
            }
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "";
                var message = first.TryGetProperty("message", out var m) ? m.GetString() ?? "" : "";
                if (code is "Neo.ClientError.Security.Unauthorized")
                    throw new InputException(connection.BaseAddress.ToString(), 0, "Neo4j refused the user name or password (NEO4J_USER, NEO4J_PASSWORD)");
                throw new Neo4jException(code, message);
            }
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Neo4j answered {(int)response.StatusCode}");
            var affinityAnswer = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            return new Answer(root, Rows(root), affinityAnswer ?? affinity);
        }
    }

    private static List<Dictionary<string, JsonElement>> Rows(JsonElement root)
    {
        var rows = new List<Dictionary<string, JsonElement>>();
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data))
            return rows;
        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        foreach (var values in data.GetProperty("values").EnumerateArray())
        {
            var row = new Dictionary<string, JsonElement>(fields.Count);
            var i = 0;
            foreach (var value in values.EnumerateArray())
                row[fields[i++]] = value.Clone();
            rows.Add(row);
        }
        return rows;
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Neo4jConnection connection, HttpMessageHandler? handler)
    {
        var baseAddress = connection.BaseAddress.ToString().TrimEnd('/') + "/";
        var http = handler is null ? new HttpClient() : new HttpClient(handler);
        http.BaseAddress = new Uri(baseAddress);
        http.Timeout = TimeSpan.FromSeconds(60);
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}")));
        return http;
    }
}

/// <summary>An explicit transaction: opened by its first statement, committed or rolled back by <see cref="Neo4jQueryClient.InTransactionAsync{T}"/>.</summary>
internal sealed class Neo4jTransaction(Neo4jQueryClient client)
{
    public string? Id { get; set; }
    public string? Affinity { get; set; }

    public Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunAsync(string statement, object? parameters, CancellationToken cancellationToken) =>
        client.RunInAsync(this, statement, parameters, cancellationToken);
}
