using Hub.Api.Hosting;
using Hub.Sync.Inbound;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Api.Features.Inbound;

/// <summary><c>POST /api/inbound/{system}</c>: partners push changes; same pipeline as pulls; idempotent on the key.</summary>
public static class InboundEndpoints
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapInboundEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup("/api/inbound").WithTags("Inbound");
        group.MapPost("/{system}", PushAsync).WithName("inbound_push")
            .WithSummary("Push records of a stream ({\"stream\", \"elements\"}) with an Idempotency-Key; 202 with a tracking id");
        return group;
    }

    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> PushAsync(
        string system, HttpRequest request, InboundPushService service, IOptions<HubApiOptions> options, CancellationToken cancellationToken)
    {
        if (!service.Accepts(system))
        {
            return TypedResults.Problem(title: "Unknown system", detail: $"No inbound stream for '{system}'.", statusCode: 404);
        }

        var key = request.Headers[IdempotencyKeyHeader].ToString();
        if (key.Length is 0 or > 128)
        {
            return TypedResults.Problem(title: "Idempotency-Key required", detail: "Send an Idempotency-Key header (1 to 128 characters) so a retried push has no second effect.", statusCode: 400);
        }

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/json", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(title: "Unsupported media type", detail: "Content-Type must be application/json (UTF-8).", statusCode: 415);
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return TypedResults.Problem(title: "Body too large", detail: $"The body is larger than {limit} bytes.", statusCode: 413);
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > limit)
        {
            return TypedResults.Problem(title: "Body too large", detail: $"The body is larger than {limit} bytes.", statusCode: 413);
        }

        var result = await service.PushAsync(system, key, buffer.ToArray(), cancellationToken);
        if (result.Replayed)
        {
            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
        }

        return TypedResults.Content(result.Body, result.StatusCode >= 400 ? "application/problem+json" : "application/json", statusCode: result.StatusCode);
    }
}
