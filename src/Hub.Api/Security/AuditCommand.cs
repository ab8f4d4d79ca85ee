using System.Text.Json;
using Hub.Audit;
using Hub.Storage;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Security;

/// <summary>
/// <c>dotnet run --project src/Hub.Api -- audit verify|export</c>: works on the hub's database directly (the audit
/// key must be configured as for the hub itself), so the chain can be checked even when the hub is down. Exit codes:
/// 0 the chain holds (or the export succeeded), 1 the chain is broken, 64 bad usage.
/// </summary>
public static class AuditCommand
{
    public const string Name = "audit";
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<int> RunAsync(IReadOnlyList<string> args, IServiceProvider services, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var verb = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HubDbContext>();
        if ((await db.Database.GetPendingMigrationsAsync()).Any())
        {
            await error.WriteLineAsync("The hub database is not at the current schema (or does not exist): start the hub once, it migrates at start.");
            return 2;
        }

        switch (verb)
        {
            case "verify":
                var result = await scope.ServiceProvider.GetRequiredService<AuditChainVerifier>().VerifyAsync(CancellationToken.None);
                await output.WriteLineAsync(JsonSerializer.Serialize(result, Indented));
                await error.WriteLineAsync(result.Valid
                    ? $"Audit chain intact: {result.Events} event(s), {result.Checkpoints} checkpoint(s)."
                    : $"Audit chain BROKEN: {result.ProblemCount} problem(s), first at event {result.Problems[0].Sequence} ({result.Problems[0].Kind}).");
                return result.Valid ? 0 : 1;
            case "export":
                var export = await scope.ServiceProvider.GetRequiredService<AuditExporter>().ExportAsync(CancellationToken.None);
                await output.WriteLineAsync(JsonSerializer.Serialize(export, Indented));
                return 0;
            default:
                await error.WriteLineAsync("Usage: audit verify | audit export   (configuration overrides such as --Hub:DataDirectory=… are accepted)");
                return 64;
        }
    }
}
