using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Microsoft.EntityFrameworkCore;

namespace Hub.Storage.Resources;

internal sealed partial class ResourceStore
{
    // Planned, active or suspended: the referent still follows the household. Completed or cancelled: they no longer do.
    private static readonly HashSet<string> FollowingStatuses = ["planned", "active", "suspended"];

    public async Task<CareScope> CareScopeOfAgentAsync(string subject, CancellationToken cancellationToken)
    {
        var token = $"{IdentifierSystems.Agent}|{subject}";
        var accompaniments = db.References.AsNoTracking()
            .Where(r => r.SourceType == Accompaniment.TypeName && r.Path == "referent" && r.TargetType == ResourceIndexer.IdentifierTarget && r.TargetId == token)
            .Select(r => r.SourceId);
        var rows = await db.Resources.AsNoTracking()
            .Where(r => r.ResourceType == Accompaniment.TypeName && !r.IsDeleted && accompaniments.Contains(r.Id))
            .Select(r => r.Json)
            .ToListAsync(cancellationToken);
        var households = new HashSet<string>(StringComparer.Ordinal);
        foreach (var json in rows)
        {
            var accompaniment = JsonNode.Parse(json)!.AsObject();
            if (accompaniment["status"]?.GetValue<string>() is { } status && FollowingStatuses.Contains(status)
                && ResourceIndexer.ReferenceId(accompaniment["household"], Household.TypeName) is { } householdId)
            {
                households.Add(householdId);
            }
        }

        if (households.Count == 0)
        {
            return CareScope.Empty;
        }

        var persons = await db.HouseholdMembers.AsNoTracking()
            .Where(m => households.Contains(m.HouseholdId))
            .Select(m => m.PersonId)
            .ToListAsync(cancellationToken);
        return new CareScope(households, persons.ToHashSet(StringComparer.Ordinal));
    }

    public async Task<bool> IsInScopeAsync(string resourceType, string id, CareScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return await InScope(db.Resources.AsNoTracking().Where(r => r.ResourceType == resourceType && r.Id == id), resourceType, scope).AnyAsync(cancellationToken);
    }

    private IQueryable<Entities.ResourceRow> InScope(IQueryable<Entities.ResourceRow> resources, string resourceType, CareScope scope)
    {
        // Arrays: EF Core translates Contains over them to one parameterised IN / = ANY list.
        var households = scope.HouseholdIds.ToArray();
        var persons = scope.PersonIds.ToArray();
        var referencing = db.References.AsNoTracking()
            .Where(x => x.SourceType == resourceType
                && ((x.TargetType == Household.TypeName && households.Contains(x.TargetId)) || (x.TargetType == Person.TypeName && persons.Contains(x.TargetId))))
            .Select(x => x.SourceId);
        return resourceType switch
        {
            Household.TypeName => resources.Where(r => households.Contains(r.Id)),
            Person.TypeName => resources.Where(r => persons.Contains(r.Id)),
            _ => resources.Where(r => referencing.Contains(r.Id)),
        };
    }
}
