using Hub.Api.Features.Conflicts;
using Hub.Api.Features.DeadLetters;
using Hub.Api.Features.Health;
using Hub.Api.Features.Inbound;
using Hub.Api.Features.Resources;
using Hub.Api.Features.Sync;
using Hub.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddSimulatorsWhenNoPartnerConfigured();
builder.AddHubApi();
builder.AddCanonicalResources();
builder.AddHubStorage();
builder.AddHubArchive();
builder.AddPartners();
builder.AddSync();
builder.AddHubHealthChecks();

var app = builder.Build();

app.UseHubErrorHandling();
app.MapHealthEndpoints();
app.MapSyncEndpoints();
app.MapDeadLetterEndpoints();
app.MapConflictEndpoints();
app.MapInboundEndpoints();
app.MapResourceEndpoints();
app.MapApiReference();

await app.RunAsync();
