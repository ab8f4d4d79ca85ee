using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace Hub.Api.Fhir;

/// <summary>
/// A FHIR JSON response: a status, an optional body already serialized (stored resources are served as the bytes
/// the store holds, without a parse/serialize round trip) and the FHIR headers (ETag, Location, Last-Modified).
/// TypedResults has no result that writes pre-serialized JSON with the <c>application/fhir+json</c> type.
/// </summary>
internal sealed class FhirResult(int statusCode, string? json, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int StatusCode => statusCode;

    int? IStatusCodeHttpResult.StatusCode => statusCode;

    public string? ContentType => json is null ? null : FhirMediaTypes.FhirJsonUtf8;

    public string? Body => json;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        foreach (var (name, value) in headers ?? [])
        {
            response.Headers[name] = value;
        }

        if (json is not null)
        {
            response.ContentType = FhirMediaTypes.FhirJsonUtf8;
            await response.WriteAsync(json, httpContext.RequestAborted);
        }
    }
}
