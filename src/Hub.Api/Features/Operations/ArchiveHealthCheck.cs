using Hub.Archive;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Hub.Api.Features.Operations;

/// <summary>The archive backend answers: a read of an address nothing is stored at reaches the store and finds nothing.</summary>
internal sealed class ArchiveHealthCheck(IPayloadArchive archive) : IHealthCheck
{
    private static readonly string ProbeKey = new('0', 64);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            _ = await archive.GetAsync(ProbeKey, cancellationToken);
            return HealthCheckResult.Healthy("archive answers");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception's type only: its message can hold the store's URL with credentials.
            return new HealthCheckResult(context.Registration.FailureStatus, $"archive does not answer ({ex.GetType().Name})");
        }
    }
}
