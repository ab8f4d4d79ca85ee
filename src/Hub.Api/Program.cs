using Hub.Api.Console;
using Hub.Api.Features.AdminCli;
using Hub.Api.Features.Alerts;
using Hub.Api.Features.Audit;
using Hub.Api.Features.Conflicts;
using Hub.Api.Features.DeadLetters;
using Hub.Api.Features.Health;
using Hub.Api.Features.Identity;
using Hub.Api.Features.Inbound;
using Hub.Api.Features.Operations;
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

// Every other command is the admin CLI's (an unknown one gets its usage, exit 2, rather than a hub starting).
if (HubCommandLine.Command(args) is [var verb, ..] cliArgs && verb != AuditCommand.Name && verb != PurgeCommand.Name)
{
    return await AdminCli.RunAsync(cliArgs, builder.Configuration, Console.Out, Console.Error);
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
builder.AddHubOperations();
builder.AddHubAlerts();
builder.AddHubConsole();

var app = builder.Build();
if (HubCommandLine.Command(args) is [AuditCommand.Name, .. var auditArgs])
{
    return await AuditCommand.RunAsync(auditArgs, app.Services, Console.Out, Console.Error);
}

if (HubCommandLine.Command(args) is [PurgeCommand.Name, ..])
{
    return await PurgeCommand.RunAsync(app.Services, Console.Out, Console.Error);
}

app.UseHubHardening();
app.UseHubErrorHandling();
app.UseHubConsoleAssets();
app.UseHubSecurity();
app.UseHubConsoleForms();

// Every endpoint hangs under this group, so each gets its access rule from AccessPolicyTable.
var endpoints = app.MapGroup(string.Empty).RequireDeclaredAccess();
endpoints.MapHealthEndpoints();
endpoints.MapOperationsEndpoints();
endpoints.MapAuthEndpoints();
endpoints.MapSyncEndpoints();
endpoints.MapDeadLetterEndpoints();
endpoints.MapConflictEndpoints();
endpoints.MapIdentityEndpoints();
endpoints.MapAuditEndpoints();
endpoints.MapAlertEndpoints();
endpoints.MapInboundEndpoints();
endpoints.MapTimelineEndpoints();
endpoints.MapIndicatorEndpoints();
endpoints.MapResourceEndpoints();
endpoints.MapHubConsole();
endpoints.MapApiReference();

await app.RunAsync();
return 0;
