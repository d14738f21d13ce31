using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ActorGraph.Core.Storage.Neo4j;

/// <summary>
/// Runs one parameterised Cypher statement through Neo4j's HTTP Query API
/// (<c>POST /db/{database}/query/v2</c>); each call is one transaction.
/// </summary>
internal sealed class Neo4jQueryClient(Neo4jConnection connection) : IDisposable
{
    private readonly HttpClient _http = Create(connection);

    public async Task<IReadOnlyList<Dictionary<string, JsonElement>>> RunAsync(string statement, object? parameters, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await _http.PostAsJsonAsync($"db/{Uri.EscapeDataString(connection.Database)}/query/v2",
                new { statement, parameters = parameters ?? new { } }, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new InputException(connection.BaseAddress.ToString(), 0, $"cannot reach Neo4j's HTTP Query API: {e.Message}");
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonElement root;
            try
            {
                root = JsonDocument.Parse(body).RootElement;
            }
            catch (JsonException)
            {
                throw new InvalidOperationException($"Neo4j answered {(int)response.StatusCode} without JSON");
            }
            if (root.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
                var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
                if (code is "Neo.ClientError.Security.Unauthorized")
                    throw new InputException(connection.BaseAddress.ToString(), 0, "Neo4j refused the user name or password (NEO4J_USER, NEO4J_PASSWORD)");
                throw new InvalidOperationException($"Neo4j: {code}: {message}");
            }
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Neo4j answered {(int)response.StatusCode}");
            var rows = new List<Dictionary<string, JsonElement>>();
            if (!root.TryGetProperty("data", out var data))
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
    }

    public void Dispose() => _http.Dispose();

    private static HttpClient Create(Neo4jConnection connection)
    {
        var baseAddress = connection.BaseAddress.ToString().TrimEnd('/') + "/";
        var http = new HttpClient { BaseAddress = new Uri(baseAddress), Timeout = TimeSpan.FromSeconds(60) };
        http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{connection.User}:{connection.Password}")));
        return http;
    }
}
