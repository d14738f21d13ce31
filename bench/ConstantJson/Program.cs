// The floor for bench/latency-benchmark.sh: a Kestrel app that answers every POST /graphql with the same bytes
// (a file holding an answer the API gave), so the API's figures can be read as a ratio to what serving an
// answer of that size costs on this machine.
//   dotnet ConstantJson.dll ANSWER.json --urls http://127.0.0.1:PORT   (the file first; the rest is ASP.NET Core's)
var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var app = builder.Build();
var answer = await File.ReadAllBytesAsync(args[0]);
app.MapPost("/graphql", async (HttpContext http) =>
{
    // The request body is read, as the API must read it.
    await http.Request.Body.CopyToAsync(Stream.Null);
    http.Response.ContentType = "application/json";
    await http.Response.Body.WriteAsync(answer);
});
await app.StartAsync();
Console.WriteLine($"constant JSON of {answer.Length} bytes on {string.Join(", ", app.Urls)}");
await app.WaitForShutdownAsync();
