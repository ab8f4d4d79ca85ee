using Hub.Api.Features.Audit;
using Hub.Api.Features.Conflicts;
using Hub.Api.Features.DeadLetters;
using Hub.Api.Features.Health;
using Hub.Api.Features.Identity;
using Hub.Api.Features.Inbound;
using Hub.Api.Features.Indicators;
using Hub.Api.Features.Resources;
using Hub.Api.Features.Sync;
using Hub.Api.Features.Timeline;
using Hub.Api.Hosting;
using Hub.Api.Security;
using Hub.Api.Security.Hardening;
using Hub.Api.Security.Logging;

var builder = WebApplication.CreateBuilder(args);
if (HubCommandLine.Command(args) is [TokenCommand.Name, .. var tokenArgs])
{
    return TokenCommand.Run(tokenArgs, builder.Configuration, Console.Out, Console.Error);
}

builder.AddSimulatorsWhenNoPartnerConfigured();
builder.AddHubLogRedaction();
builder.AddHubApi();
builder.AddHubHardening();
builder.AddHubSecurity();
builder.AddCanonicalResources();
builder.AddHubStorage();
builder.AddHubArchive();
builder.AddPartners();
builder.AddSync();
builder.AddHubAudit();
builder.AddHubHealthChecks();

var app = builder.Build();
if (HubCommandLine.Command(args) is [AuditCommand.Name, .. var auditArgs])
{
    return await AuditCommand.RunAsync(auditArgs, app.Services, Console.Out, Console.Error);
}

app.UseHubHardening();
app.UseHubErrorHandling();
app.UseHubSecurity();

// Every endpoint hangs under this group, so each gets its access rule from AccessPolicyTable.
var endpoints = app.MapGroup(string.Empty).RequireDeclaredAccess();
endpoints.MapHealthEndpoints();
endpoints.MapAuthEndpoints();
endpoints.MapSyncEndpoints();
endpoints.MapDeadLetterEndpoints();
endpoints.MapConflictEndpoints();
endpoints.MapIdentityEndpoints();
endpoints.MapAuditEndpoints();
endpoints.MapInboundEndpoints();
endpoints.MapTimelineEndpoints();
endpoints.MapIndicatorEndpoints();
endpoints.MapResourceEndpoints();
endpoints.MapApiReference();

await app.RunAsync();
return 0;
