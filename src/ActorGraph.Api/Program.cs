using ActorGraph.Api;
using ActorGraph.Core;
using Microsoft.Extensions.Options;

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
