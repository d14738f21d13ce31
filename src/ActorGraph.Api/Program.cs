using ActorGraph.Api;
using ActorGraph.Core;
using Microsoft.Extensions.Options;

// The embedded store's driver does its work synchronously under its async methods, so a few loads and snapshot
// builds hold request threads for a while; with the pool's default minimum (one a core) cheap queries then waited
// up to 2 s for it to grow. A larger minimum costs only idle threads.
ThreadPool.GetMinThreads(out var workers, out var completionPorts);
ThreadPool.SetMinThreads(Math.Max(workers, 64), completionPorts);

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddActorGraph(builder.Configuration);

var app = builder.Build();
app.MapActorGraph();
try
{
    app.Run();
    return 0;
}
catch (Exception e) when (e is InputException or OptionsValidationException)
{
    // A bad setting or a bad dictionary is the user's to fix: one clear line, exit code 1.
    Console.Error.WriteLine($"actorgraph api: {e.Message}");
    return 1;
}
