using System.Text.Json.Nodes;
using Hub.Canonical.Model;
using Hub.Identity.Matching;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Storage.Resources;
using Hub.Sync.Pipeline;
using Microsoft.EntityFrameworkCore;

namespace Hub.Sync.Identity;

/// <summary>
/// The pipeline's identity hook (issue 5): each incoming <see cref="Person"/> that no identifier links to a stored
/// person yet is matched against the persons the hub holds (<see cref="PersonIndexCache"/>).
/// <list type="bullet">
/// <item>auto-link: an identifier of the matched person is added to the incoming one, so that the pipeline's lookup by
/// identifier finds that person and the record merges into it through survivorship; the decision is recorded;</item>
/// <item>review: the record is stored as a new person and a review item (both sides, score, evidence) is recorded;</item>
/// <item>new person: nothing.</item>
/// </list>
/// Decisions are added to the page's context: they are saved with the page, in its transaction, or not at all.
/// A pair a person rejected or whose merge was undone is never linked again (<see cref="PersonIndex.NeverLink"/>).
/// </summary>
internal sealed class IdentityResolver(HubDbContext db, IResourceStore store, PersonIndexCache cache, TimeProvider time) : IIdentityResolver
{
    /// <summary>The actor of automatic decisions.</summary>
    public const string ResolverActor = "resolver";

    public async Task<IReadOnlyList<Resource>> ResolveAsync(string sourceSystem, IReadOnlyList<Resource> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(resources);
        List<Resource>? resolved = null;
        for (var i = 0; i < resources.Count; i++)
        {
            if (resources[i] is Person { Identifier: { Count: > 0 } identifiers } person && !await IsKnownAsync(identifiers, cancellationToken))
            {
                var linked = await ResolvePersonAsync(sourceSystem, person, identifiers, cancellationToken);
                if (!ReferenceEquals(linked, person))
                {
                    resolved ??= [.. resources];
                    resolved[i] = linked;
                }
            }
        }

        return resolved ?? resources;
    }

    private async Task<bool> IsKnownAsync(IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        foreach (var identifier in identifiers)
        {
            if (await store.FindByIdentifierAsync(Person.TypeName, identifier.System, identifier.Value, cancellationToken) is not null)
            {
                return true;
            }
        }

        return false;
    }

    private async Task<Person> ResolvePersonAsync(string source, Person person, IReadOnlyList<Identifier> identifiers, CancellationToken cancellationToken)
    {
        var index = await cache.GetAsync(db, cancellationToken);
        var token = PersonRecords.Token(identifiers[0]);
        var (decision, _) = index.MatchAndAdd(PersonRecords.From(person, source, token));
        if (decision is not { Outcome: MatchOutcome.AutoLink or MatchOutcome.Review, Candidate: { } candidate } || decision.Rule == MatchRule.SourceIdLinked)
        {
            // A new person, or the same incoming record seen again (a page retried): nothing to decide.
            return person;
        }

        // The candidate is a stored person, or a record the index took from an earlier page (named by an identifier):
        // its person is then found in the store, unless that page was not written.
        var leftIdentifier = candidate.Source == PersonRecords.HubSource ? null : PersonRecords.Parse(candidate.SourceId);
        var left = leftIdentifier is null
            ? candidate.SourceId
            : (await store.FindByIdentifierAsync(Person.TypeName, leftIdentifier.System, leftIdentifier.Value, cancellationToken))?.Id;
        var row = new IdentityDecisionRow
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()).ToString("N"),
            DecidedAt = time.GetUtcNow(),
            Kind = decision.Outcome == MatchOutcome.AutoLink ? IdentityDecisionRow.AutoLink : IdentityDecisionRow.Review,
            LeftPersonId = left,
            LeftIdentifier = leftIdentifier is null ? null : candidate.SourceId,
            RightIdentifier = token,
            RightSource = source,
            Score = decision.Score,
            Evidence = EvidenceJson(decision),
            Actor = ResolverActor,
            Status = decision.Outcome == MatchOutcome.AutoLink ? "applied" : "open",
        };
        db.IdentityDecisions.Add(row);
        if (decision.Outcome != MatchOutcome.AutoLink)
        {
            return person;
        }

        var link = leftIdentifier ?? (left is null ? null : await IdentifierOfAsync(left, cancellationToken));
        return link is null || identifiers.Any(i => i.System == link.System && i.Value == link.Value)
            ? person
            : person with { Identifier = [.. identifiers, link] };
    }

    /// <summary>An identifier of a stored person (not the hub's own): what the pipeline's lookup will find it by.</summary>
    private Task<Identifier?> IdentifierOfAsync(string personId, CancellationToken cancellationToken) =>
        db.Identifiers.AsNoTracking()
            .Where(i => i.ResourceType == Person.TypeName && i.ResourceId == personId && i.System != IdentifierSystems.Hub)
            .OrderBy(i => i.System).ThenBy(i => i.Value)
            .Select(i => new Identifier { System = i.System, Value = i.Value })
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The explanation kept with a decision: the rule, the score and each trait's agreement and weight.</summary>
    public static string EvidenceJson(MatchDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var traits = new JsonArray();
        foreach (var evidence in decision.Evidence)
        {
            traits.Add(new JsonObject
            {
                ["trait"] = evidence.Trait.ToString(),
                ["agreement"] = evidence.Agreement.ToString(),
                ["weight"] = Math.Round(evidence.Weight, 2),
            });
        }

        return new JsonObject
        {
            ["outcome"] = decision.Outcome.ToString(),
            ["rule"] = decision.Rule.ToString(),
            ["score"] = Math.Round(decision.Score, 2),
            ["traits"] = traits,
        }.ToJsonString();
    }
}
