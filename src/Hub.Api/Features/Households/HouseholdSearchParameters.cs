using Hub.Api.Features.Resources;
using Hub.Api.Fhir;
using Hub.Api.Hosting;

namespace Hub.Api.Features.Households;

/// <summary>
/// <c>GET /api/Household?name=&amp;birthDate=&amp;identifier=</c>: the agent's search (members' names, birth dates and
/// identifiers count, not only the household's own identifiers). A plain FHIR search (<c>_lastUpdated</c>) keeps the
/// resource API's generic path.
/// </summary>
internal static class HouseholdSearchParameters
{
    public const string Name = "name";
    public const string BirthDate = "birthDate";

    private static readonly string[] Supported = [Name, BirthDate, SearchParameters.Identifier, SearchParameters.Count, SearchParameters.Offset];

    public static bool Applies(IQueryCollection query) =>
        query.ContainsKey(Name) || query.ContainsKey(BirthDate)
        || (query.ContainsKey(SearchParameters.Identifier) && !query.ContainsKey(SearchParameters.LastUpdated));

    public static (HouseholdCriteria? Criteria, (int Offset, int Count) Paging, FhirResult? Error) Parse(IQueryCollection query, HubApiOptions options)
    {
        if (query.Keys.FirstOrDefault(k => !Supported.Contains(k, StringComparer.Ordinal)) is { } unknown)
        {
            return Fail($"Unknown search parameter '{unknown}' with name/birthDate. Supported: {string.Join(", ", Supported)}.", unknown);
        }

        var birthDate = query[BirthDate].ToString();
        if (!HouseholdCriteria.IsValidBirthDate(birthDate))
        {
            return Fail($"birthDate '{birthDate}' is not YYYY, YYYY-MM or YYYY-MM-DD.", BirthDate);
        }

        if (!SearchParameters.TryParseInt(query[SearchParameters.Count], options.DefaultPageSize, 1, options.MaxPageSize, out var count))
        {
            return Fail($"_count must be an integer between 1 and {options.MaxPageSize}.", SearchParameters.Count);
        }

        if (!SearchParameters.TryParseInt(query[SearchParameters.Offset], 0, 0, int.MaxValue, out var offset))
        {
            return Fail("_offset must be a non-negative integer.", SearchParameters.Offset);
        }

        var criteria = new HouseholdCriteria(query[Name].ToString(), birthDate, query[SearchParameters.Identifier].ToString());
        return criteria.IsEmpty ? Fail("Give name, birthDate or identifier.", Name) : (criteria, (offset, count), null);
    }

    private static (HouseholdCriteria?, (int, int), FhirResult?) Fail(string message, string parameter) =>
        (null, default, OperationOutcomes.Error(StatusCodes.Status400BadRequest, IssueType.Invalid, message, parameter));
}
