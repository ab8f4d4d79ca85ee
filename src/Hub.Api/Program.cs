using Hub.Api.Features.Health;
using Hub.Api.Features.Resources;
using Hub.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddHubApi();
builder.AddCanonicalResources();
builder.AddHubStorage();
builder.AddHubArchive();
builder.AddHubHealthChecks();

var app = builder.Build();

app.UseHubErrorHandling();
app.MapHealthEndpoints();
app.MapResourceEndpoints();
app.MapApiReference();

app.Run();
