using System.Globalization;
using System.Text.Json.Nodes;
using Hub.Storage.Resources;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace Hub.Api.Features.Resources;

/// <summary>Shapes search results and history as FHIR Bundles with <c>total</c> and self/next/previous links.</summary>
internal static class BundleWriter
{
    public static string SearchSet(HttpRequest request, Page<StoredResource> page) =>
        Write(request, "searchset", page, (entry, resource) =>
        {
            entry["resource"] = JsonNode.Parse(resource.Json);
            entry["search"] = new JsonObject { ["mode"] = "match" };
        });

    public static string History(HttpRequest request, Page<StoredResource> page) =>
        Write(request, "history", page, (entry, resource) =>
        {
            var method = resource.IsDeleted ? "DELETE" : resource.VersionId == 1 ? "POST" : "PUT";
            if (!resource.IsDeleted)
            {
                // FHIR history entries of a deletion carry no resource.
                entry["resource"] = JsonNode.Parse(resource.Json);
            }

            entry["request"] = new JsonObject
            {
                ["method"] = method,
                ["url"] = method == "POST" ? resource.ResourceType : $"{resource.ResourceType}/{resource.Id}",
            };
            entry["response"] = new JsonObject
            {
                ["status"] = resource.IsDeleted ? "204" : resource.VersionId == 1 ? "201" : "200",
                ["etag"] = resource.ETag,
                ["lastModified"] = FhirInstant.Format(resource.LastUpdated),
            };
        });

    public static string ResourceBase(HttpRequest request) =>
        $"{request.Scheme}://{request.Host}{request.PathBase}/api";

    private static string Write(HttpRequest request, string type, Page<StoredResource> page, Action<JsonObject, StoredResource> fill)
    {
        var links = new JsonArray { Link("self", PageUrl(request, page.Offset, page.Count)) };
        if (page.HasNext)
        {
            links.Add(Link("next", PageUrl(request, page.Offset + page.Count, page.Count)));
        }

        if (page.Offset > 0)
        {
            links.Add(Link("previous", PageUrl(request, Math.Max(0, page.Offset - page.Count), page.Count)));
        }

        var entries = new JsonArray();
        var resourceBase = ResourceBase(request);
        foreach (var resource in page.Items)
        {
            var entry = new JsonObject { ["fullUrl"] = $"{resourceBase}/{resource.ResourceType}/{resource.Id}" };
            fill(entry, resource);
            entries.Add(entry);
        }

        var bundle = new JsonObject
        {
            ["resourceType"] = "Bundle",
            ["type"] = type,
            ["total"] = page.Total,
            ["link"] = links,
            ["entry"] = entries,
        };
        return ResourceJson.Serialize(bundle);
    }

    private static JsonObject Link(string relation, string url) => new() { ["relation"] = relation, ["url"] = url };

    private static string PageUrl(HttpRequest request, int offset, int count)
    {
        var query = request.Query
            .Where(q => q.Key is not (SearchParameters.Offset or SearchParameters.Count))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
            .Append(new KeyValuePair<string, string?>(SearchParameters.Count, count.ToString(CultureInfo.InvariantCulture)))
            .Append(new KeyValuePair<string, string?>(SearchParameters.Offset, offset.ToString(CultureInfo.InvariantCulture)));
        var url = UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path);
        return QueryHelpers.AddQueryString(url, query);
    }
}
