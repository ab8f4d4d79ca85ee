using Hub.Api.Fhir;
using Hub.Api.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security.Hardening;

/// <summary>
/// <c>Hub:Api:MaxBodyBytes</c> for every endpoint, before authentication or any handler reads a byte: a declared
/// Content-Length above it is refused at once (413, OperationOutcome); a chunked body is cut by the server's own limit
/// (<see cref="IHttpMaxRequestBodySizeFeature"/>, Kestrel's <c>MaxRequestBodySize</c>), which the error handler turns
/// into the same 413.
/// </summary>
internal static class RequestSizeLimit
{
    public static async Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<HubApiOptions>>().Value.MaxBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            // Nobody reads the body: close the connection rather than drain it.
            context.Response.Headers.Connection = "close";
            await OperationOutcomes.Error(StatusCodes.Status413PayloadTooLarge, IssueType.TooLong,
                $"The request body is larger than {limit} bytes (Hub:Api:MaxBodyBytes).").ExecuteAsync(context);
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limit;
        }

        await next();
    }
}
