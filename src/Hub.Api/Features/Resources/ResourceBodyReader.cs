using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hub.Api.Fhir;
using Hub.Api.Hosting;
using Hub.Canonical.Validation;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Features.Resources;

/// <summary>
/// Reads and checks an inbound resource, in the order that costs least first: media type, size, UTF-8, JSON, resource
/// type, then the JSON Schema. Nothing reaches the store unless every check passed.
/// </summary>
internal sealed class ResourceBodyReader(CanonicalSchemaSet schemas, IOptions<HubApiOptions> options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<(ResourceBody? Body, FhirResult? Error)> ReadAsync(HttpRequest request, string resourceType, CancellationToken cancellationToken)
    {
        if (CheckMediaType(request.ContentType) is { } mediaTypeError)
        {
            return (null, mediaTypeError);
        }

        var limit = options.Value.MaxBodyBytes;
        if (request.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        var bytes = await ReadLimitedAsync(request.Body, limit, cancellationToken);
        if (bytes is null)
        {
            return (null, TooLarge(limit));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Structure,
                $"The body is not valid UTF-8 (invalid byte sequence at offset {ex.Index})."));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Structure,
                $"The body is not well-formed JSON: {ex.Message}"));
        }

        if (node is not JsonObject resource)
        {
            return (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Structure, "The body must be a JSON object (a FHIR resource)."));
        }

        if (resource["resourceType"] is not JsonValue typeValue || !typeValue.TryGetValue<string>(out var bodyType))
        {
            return (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Required,
                "The resource has no 'resourceType' string.", "resourceType"));
        }

        if (!string.Equals(bodyType, resourceType, StringComparison.Ordinal))
        {
            return (null, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid,
                $"resourceType '{bodyType}' does not match the endpoint /api/{resourceType}.", "resourceType"));
        }

        var issues = schemas.Validate(resourceType, text);
        return issues.Count > 0 ? (null, OperationOutcomes.SchemaInvalid(issues)) : (new ResourceBody(resource, text), null);
    }

    private static FhirResult? CheckMediaType(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType)
            || !(mediaType.MediaType.Equals(FhirMediaTypes.FhirJson, StringComparison.OrdinalIgnoreCase)
                 || mediaType.MediaType.Equals(FhirMediaTypes.Json, StringComparison.OrdinalIgnoreCase)))
        {
            return OperationOutcomes.Error(StatusCodes.Status415UnsupportedMediaType, IssueType.NotSupported,
                $"Content-Type must be {FhirMediaTypes.FhirJson} or {FhirMediaTypes.Json} (UTF-8).");
        }

        if (mediaType.Charset.HasValue && !mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
        {
            return OperationOutcomes.Error(StatusCodes.Status415UnsupportedMediaType, IssueType.NotSupported,
                $"Only the utf-8 charset is accepted, not '{mediaType.Charset}'.");
        }

        return null;
    }

    /// <summary>Reads at most <paramref name="limit"/> bytes; <c>null</c> when the body is longer (chunked bodies have no length).</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static FhirResult TooLarge(long limit) =>
        OperationOutcomes.Error(StatusCodes.Status413PayloadTooLarge, IssueType.TooLong,
            $"The body is larger than the limit of {limit} bytes (Hub:Api:MaxBodyBytes).");
}
