using System.Globalization;
using System.Threading.RateLimiting;
using Hub.Api.Fhir;
using Microsoft.AspNetCore.RateLimiting;

namespace Hub.Api.Security.Hardening;

/// <summary>429 with Retry-After (whole seconds, rounded up) and an OperationOutcome.</summary>
internal static class RateLimitRejection
{
    public static async ValueTask WriteAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await OperationOutcomes.Error(StatusCodes.Status429TooManyRequests, IssueType.Throttled,
            $"Too many requests from this client: retry in {seconds} s (Hub:Api:RateLimit).").ExecuteAsync(context);
        _ = cancellationToken;
    }
}
