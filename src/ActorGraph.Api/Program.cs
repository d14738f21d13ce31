using ActorGraph.Api;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddActorGraph(builder.Configuration);

var app = builder.Build();
app.MapActorGraph();
app.Run();
