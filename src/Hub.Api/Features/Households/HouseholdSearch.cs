using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Hub.Canonical.Model;
using Hub.Storage;
using Hub.Storage.Resources;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Features.Households;

/// <summary>
/// Finds households the way an agent asks for them: by a member's name (birth or usage name, first names; accents and
/// case ignored), a member's birth date (YYYY, YYYY-MM or YYYY-MM-DD) or an identifier of the household or of a member
/// (NIR, SI-SIAO, SOLIS, CAF number: <c>system|value</c> or the value alone). Criteria are AND-ed; the caller's care
/// scope (a referent: only their households) applies in the query, so totals stay exact.
/// </summary>
public sealed class HouseholdSearch(HubDbContext db, IResourceStore store, CareAccess care)
{
    /// <summary>Persons read to check a name or a birth date: beyond this, the agent must narrow the search.</summary>
    private const int MaxCandidates = 2000;

    /// <summary>Upper-case letters that take a diacritic in French names (É, È, Ê, À, Ç, Ï, Ô, Ù, Ÿ, Ñ...).</summary>
    private const string Accentable = "AEIOUYCN";

    public async Task<HouseholdSearchResult> SearchAsync(HouseholdCriteria criteria, int offset, int count, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var households = db.Resources.AsNoTracking().Where(r => r.ResourceType == Household.TypeName && !r.IsDeleted);

        if (criteria.Identifier is { Length: > 0 } identifier && IdentifierToken.TryParse(identifier.Trim(), out var token))
        {
            var identifiers = db.Identifiers.AsNoTracking().Where(i => i.ResourceType == Household.TypeName || i.ResourceType == Person.TypeName);
            identifiers = token.System is { } system ? identifiers.Where(i => i.System == system) : identifiers;
            identifiers = token.Value is { } value ? identifiers.Where(i => i.Value == value) : identifiers;
            var holders = await identifiers.OrderBy(i => i.ResourceId).Select(i => new { i.ResourceType, i.ResourceId }).Take(MaxCandidates).ToListAsync(cancellationToken);
            var direct = holders.Where(h => h.ResourceType == Household.TypeName).Select(h => h.ResourceId).ToList();
            var persons = holders.Where(h => h.ResourceType == Person.TypeName).Select(h => h.ResourceId).ToList();
            var viaMembers = db.HouseholdMembers.AsNoTracking().Where(m => persons.Contains(m.PersonId)).Select(m => m.HouseholdId);
            households = households.Where(r => direct.Contains(r.Id) || viaMembers.Contains(r.Id));
        }

        if (criteria.HasPersonCriteria)
        {
            var persons = await MatchingPersonsAsync(criteria, cancellationToken);
            var viaMembers = db.HouseholdMembers.AsNoTracking().Where(m => persons.Contains(m.PersonId)).Select(m => m.HouseholdId);
            households = households.Where(r => viaMembers.Contains(r.Id));
        }

        if (await care.ScopeAsync(cancellationToken) is { } scope)
        {
            var allowed = scope.HouseholdIds.ToList();
            households = households.Where(r => allowed.Contains(r.Id));
        }

        var total = await households.CountAsync(cancellationToken);
        // The order of the resource API's searches, so paging through either gives the same sequence.
        var page = await households.OrderBy(r => r.LastUpdated).ThenBy(r => r.Id).Skip(offset).Take(count).Select(r => r.Id).ToListAsync(cancellationToken);
        var found = new List<StoredResource>(page.Count);
        foreach (var id in page)
        {
            if (await store.ReadAsync(Household.TypeName, id, cancellationToken) is { IsDeleted: false } household)
            {
                found.Add(household);
            }
        }

        return new HouseholdSearchResult(total, offset, count, found);
    }

    /// <summary>
    /// The persons whose name and birth date match. The text filter in the database is a coarse pre-selection (the
    /// JSON holds the value); each candidate is then checked on its parsed fields, accents and case folded.
    /// </summary>
    private async Task<List<string>> MatchingPersonsAsync(HouseholdCriteria criteria, CancellationToken cancellationToken)
    {
        var persons = db.Resources.AsNoTracking().Where(r => r.ResourceType == Person.TypeName && !r.IsDeleted);
        if (criteria.BirthDate is { Length: > 0 } birthDate)
        {
            var pattern = $"\"birthDate\":\"{birthDate}";
            persons = persons.Where(r => r.Json.Contains(pattern));
        }

        var words = Words(criteria.Name);
        if (words.Count > 0)
        {
            // The stored name may carry accents the agent did not type (LEFÈVRE for "lefevre"), and SQL cannot fold
            // them: the letters French accents fall on match any one character, and each candidate is checked after.
            var pattern = "%" + new string([.. words.MaxBy(w => w.Length)!.Select(c => Accentable.Contains(c) ? '_' : c)]) + "%";
#pragma warning disable CA1304, CA1311 // translated to SQL upper(): the database has no culture to pass
            persons = persons.Where(r => EF.Functions.Like(r.Json.ToUpper(), pattern));
#pragma warning restore CA1304, CA1311
        }

        var candidates = await persons.OrderBy(r => r.Id).Select(r => new { r.Id, r.Json }).Take(MaxCandidates).ToListAsync(cancellationToken);
        return [.. candidates.Where(c => Matches(JsonNode.Parse(c.Json), words, criteria.BirthDate)).Select(c => c.Id)];
    }

    private static bool Matches(JsonNode? person, IReadOnlyList<string> words, string? birthDate)
    {
        if (birthDate is { Length: > 0 } && !(person?["birthDate"]?.GetValue<string>()?.StartsWith(birthDate, StringComparison.Ordinal) ?? false))
        {
            return false;
        }

        if (words.Count == 0)
        {
            return true;
        }

        var name = person?["name"];
        var names = new List<string?> { name?["birthName"]?.GetValue<string>(), name?["usageName"]?.GetValue<string>(), name?["usedFirstName"]?.GetValue<string>() };
        names.AddRange(name?["firstNames"]?.AsArray().Select(n => n?.GetValue<string>()) ?? []);
        var tokens = names.Where(n => n is not null).SelectMany(n => Words(n)).ToHashSet(StringComparer.Ordinal);
        return words.All(w => tokens.Any(t => t.StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>Upper-case words without accents: "Élodie  de la Tour" → ÉLODIE → ELODIE, DE, LA, TOUR.</summary>
    public static IReadOnlyList<string> Words(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : ' ');
            }
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }
}

/// <param name="BirthDate">YYYY, YYYY-MM or YYYY-MM-DD: a member born then.</param>
public sealed record HouseholdCriteria(string? Name, string? BirthDate, string? Identifier)
{
    public bool HasPersonCriteria => !string.IsNullOrWhiteSpace(Name) || !string.IsNullOrWhiteSpace(BirthDate);

    public bool IsEmpty => !HasPersonCriteria && string.IsNullOrWhiteSpace(Identifier);

    public static bool IsValidBirthDate(string? value) =>
        string.IsNullOrEmpty(value)
        || DateTime.TryParseExact(value, ["yyyy", "yyyy-MM", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out _);
}

public sealed record HouseholdSearchResult(int Total, int Offset, int Count, IReadOnlyList<StoredResource> Households);
