using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Hub.Api.Features.Households;
using Hub.Api.Fhir;
using Hub.Api.Hosting;
using Hub.Api.Security;
using Hub.Storage.Resources;
using Hub.Sync.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Hub.Api.Features.Resources;

/// <summary>The handlers of the resource API: HTTP in, store call, FHIR answer out.</summary>
internal sealed class ResourceHandlers(
    IResourceStore store, ChangeRouting routing, ResourceBodyReader reader, CareAccess care, HouseholdSearch households, IOptions<HubApiOptions> options)
{
    public async Task<FhirResult> CreateAsync(string type, HttpRequest request, CancellationToken cancellationToken)
    {
        var (body, error) = await reader.ReadAsync(request, type, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        // The server owns ids on create (FHIR): a client id in the body is ignored, not trusted.
        var result = await routing.WriteAsync(() => store.CreateAsync(type, body.Resource, cancellationToken), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Created => Created(request, result.Resource!),
            _ => WriteFailure(type, null, result),
        };
    }

    public async Task<FhirResult> ReadAsync(string type, string id, CancellationToken cancellationToken)
    {
        // Out of the caller's care scope answers as if absent: a referent learns nothing of households they do not follow.
        var resource = await care.CanSeeAsync(type, id, cancellationToken) ? await store.ReadAsync(type, id, cancellationToken) : null;
        return resource switch
        {
            null => NotFound(type, id),
            { IsDeleted: true } => Gone(resource),
            _ => Ok(resource),
        };
    }

    public async Task<FhirResult> ProvenanceAsync(string type, string id, CancellationToken cancellationToken)
    {
        var resource = await care.CanSeeAsync(type, id, cancellationToken) ? await store.ReadAsync(type, id, cancellationToken) : null;
        if (resource is null)
        {
            return NotFound(type, id);
        }

        if (resource.IsDeleted)
        {
            return Gone(resource);
        }

        var fields = await store.FieldProvenanceAsync(type, id, cancellationToken);
        var body = new ResourceProvenance(type, id, resource.VersionId, fields);
        return new FhirResult(StatusCodes.Status200OK, JsonSerializer.Serialize(body, JsonSerializerOptions.Web), VersionHeaders(resource));
    }

    public async Task<FhirResult> VersionReadAsync(string type, string id, string versionText, CancellationToken cancellationToken)
    {
        if (!long.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var versionId) || versionId < 1)
        {
            return OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Value, $"'{versionText}' is not a version number.");
        }

        var resource = await care.CanSeeAsync(type, id, cancellationToken) ? await store.ReadVersionAsync(type, id, versionId, cancellationToken) : null;
        return resource switch
        {
            null => OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotFound, $"{type}/{id} has no version {versionId}."),
            { IsDeleted: true } => Gone(resource),
            _ => Ok(resource),
        };
    }

    public async Task<FhirResult> UpdateAsync(string type, string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadIfMatch(request, out var expected, out var ifMatchError))
        {
            return ifMatchError;
        }

        var (body, error) = await reader.ReadAsync(request, type, cancellationToken);
        if (body is null)
        {
            return error!;
        }

        if (body.Resource["id"]?.GetValue<string>() is { } bodyId && bodyId != id)
        {
            return OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid, $"The body's id '{bodyId}' differs from the URL's '{id}'.", $"{type}.id");
        }

        if (expected is null && await store.ReadAsync(type, id, cancellationToken) is { IsDeleted: false } existing)
        {
            // No lost updates: a writer must say which version it changes.
            return OperationOutcomes.Error(StatusCodes.Status428PreconditionRequired, IssueType.Processing,
                $"{type}/{id} exists: send If-Match: {existing.ETag} (the version you read) to update it.");
        }

        var result = await routing.WriteAsync(() => store.UpdateAsync(type, id, body.Resource, expected, cancellationToken), cancellationToken);
        return result.Outcome switch
        {
            WriteOutcome.Created => Created(request, result.Resource!),
            WriteOutcome.Updated or WriteOutcome.Unchanged => Ok(result.Resource!),
            _ => WriteFailure(type, id, result),
        };
    }

    public async Task<FhirResult> DeleteAsync(string type, string id, HttpRequest request, CancellationToken cancellationToken)
    {
        if (!TryReadIfMatch(request, out var expected, out var ifMatchError))
        {
            return ifMatchError;
        }

        var result = await store.DeleteAsync(type, id, expected, cancellationToken);
        return result.Outcome == WriteOutcome.Deleted
            ? new FhirResult(StatusCodes.Status204NoContent, null, [new(HeaderNames.ETag, result.Resource!.ETag)])
            : WriteFailure(type, id, result);
    }

    public async Task<FhirResult> HistoryAsync(string type, string id, HttpRequest request, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!SearchParameters.TryParseInt(request.Query[SearchParameters.Count], settings.DefaultPageSize, 1, settings.MaxPageSize, out var count)
            || !SearchParameters.TryParseInt(request.Query[SearchParameters.Offset], 0, 0, int.MaxValue, out var offset))
        {
            return OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid, $"_count must be 1..{settings.MaxPageSize} and _offset ≥ 0.");
        }

        if (!await care.CanSeeAsync(type, id, cancellationToken))
        {
            return NotFound(type, id);
        }

        var page = await store.HistoryAsync(type, id, offset, count, cancellationToken);
        return page.Total == 0 ? NotFound(type, id) : new FhirResult(StatusCodes.Status200OK, BundleWriter.History(request, page));
    }

    public async Task<FhirResult> SearchAsync(string type, HttpRequest request, CancellationToken cancellationToken)
    {
        Page<StoredResource> page;
        if (type == Hub.Canonical.Model.Household.TypeName && HouseholdSearchParameters.Applies(request.Query))
        {
            var (criteria, paging, invalid) = HouseholdSearchParameters.Parse(request.Query, options.Value);
            if (criteria is null)
            {
                return invalid!;
            }

            var found = await households.SearchAsync(criteria, paging.Offset, paging.Count, cancellationToken);
            page = new Page<StoredResource>(found.Households, found.Total, found.Offset, found.Count);
        }
        else
        {
            var (query, error) = SearchParameters.Parse(request.Query, options.Value);
            if (query is null)
            {
                return error!;
            }

            page = await store.SearchAsync(type, query with { Within = await care.ScopeAsync(cancellationToken) }, cancellationToken);
        }

        // Who saw which records: the audit event of this search names what it returned.
        if (request.HttpContext.AuditScope() is { } audit)
        {
            foreach (var item in page.Items)
            {
                audit.Returned($"{item.ResourceType}/{item.Id}");
            }
        }

        return new FhirResult(StatusCodes.Status200OK, BundleWriter.SearchSet(request, page));
    }

    /// <summary>The version an <c>If-Match</c> header names (<c>null</c> when absent), or the 400 a malformed one earns.</summary>
    private static bool TryReadIfMatch(HttpRequest request, out long? expected, [NotNullWhen(false)] out FhirResult? error)
    {
        expected = null;
        error = null;
        var ifMatch = request.Headers[HeaderNames.IfMatch].ToString();
        if (ifMatch.Length == 0)
        {
            return true;
        }

        if (!ETags.TryParseVersion(ifMatch, out var version))
        {
            error = OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Value, $"If-Match '{ifMatch}' is not a version tag such as W/\"3\".");
            return false;
        }

        expected = version;
        return true;
    }

    private static FhirResult Ok(StoredResource resource) =>
        new(StatusCodes.Status200OK, resource.Json, VersionHeaders(resource));

    private static FhirResult Created(HttpRequest request, StoredResource resource) =>
        new(StatusCodes.Status201Created, resource.Json,
            [.. VersionHeaders(resource), new(HeaderNames.Location, $"{BundleWriter.ResourceBase(request)}/{resource.VersionPath}")]);

    private static List<KeyValuePair<string, string>> VersionHeaders(StoredResource resource) =>
    [
        new(HeaderNames.ETag, resource.ETag),
        new(HeaderNames.LastModified, resource.LastUpdated.ToString("R", CultureInfo.InvariantCulture)),
    ];

    private static FhirResult NotFound(string type, string id) =>
        OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotFound, $"{type}/{id} does not exist.");

    private static FhirResult Gone(StoredResource resource) =>
        OperationOutcomes.Error(StatusCodes.Status410Gone, IssueType.Deleted, $"{resource.ResourceType}/{resource.Id} was deleted (version {resource.VersionId}).");

    private static FhirResult WriteFailure(string type, string? id, WriteResult result) => result.Outcome switch
    {
        WriteOutcome.NotFound => NotFound(type, id ?? "?"),
        WriteOutcome.VersionConflict when result.CurrentVersionId is { } current => OperationOutcomes.Error(
            StatusCodes.Status412PreconditionFailed, IssueType.Conflict,
            $"{type}/{id} is at version {current}: read it again and retry with If-Match: W/\"{current}\"."),
        WriteOutcome.VersionConflict => OperationOutcomes.Error(StatusCodes.Status409Conflict, IssueType.Conflict,
            $"{type}/{id} was changed by another writer at the same time; read it again and retry."),
        WriteOutcome.DuplicateIdentifier => OperationOutcomes.Error(StatusCodes.Status409Conflict, IssueType.Duplicate,
            $"Identifier {result.Conflict!.System}|{result.Conflict.Value} already belongs to {type}/{result.Conflict.ExistingResourceId}.",
            $"{type}.identifier"),
        _ => OperationOutcomes.Error(StatusCodes.Status500InternalServerError, IssueType.Exception, $"Unexpected write outcome {result.Outcome}."),
    };
}
