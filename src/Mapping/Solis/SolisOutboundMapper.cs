using Hub.Canonical.Model;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Solis;

/// <summary>
/// The outbox's view of <see cref="SolisEntrants"/>: the household, its members and its consent come from the related
/// resources. Without an active consent naming the CD68 among them, nothing is sent (the contract requires its date).
/// </summary>
/// <remarks>Built by DI (<c>AddMapping</c>): the clock is the host's when it registers one.</remarks>
public sealed class SolisOutboundMapper(CodeTables tables, TimeProvider? time = null) : IOutboundMapper
{
    private readonly SolisEntrants _entrants = new(tables);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    private const string Cd68 = "cd68";

    public string Connector => SolisConnectorModule.ConnectorName;

    public IReadOnlyCollection<string> Kinds { get; } = [SolisMessageKinds.OrientationLda, SolisMessageKinds.EntreeLogement];

    public OutboundMapping Map(string kind, Resource resource, IReadOnlyDictionary<string, Resource> related)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(related);
        var reference = resource switch
        {
            Canonical.Model.Orientation o => o.Household,
            HousingPlacement p => p.Household,
            _ => null,
        };
        if (reference is null)
        {
            return new OutboundMapping(null, $"{resource.ResourceType} is not sent to SOLIS.");
        }

        var consent = related.Values.OfType<Consent>().FirstOrDefault(c => c.Status == ConsentStatus.Active && c.Organisations.Any(o => o.Code == Cd68));
        if (consent is null)
        {
            return new OutboundMapping(null, "No active consent naming cd68 among the related resources.");
        }

        var household = reference.ReferenceValue is { } key && related.TryGetValue(key, out var found) ? found as Household : null;
        var push = new SolisPushContext(OutboundIds.StampOf(resource, _time), consent)
        {
            IdDossier = OutboundIds.Of(reference, related, IdentifierSystems.SolisDossier),
            IdMenageSiao = OutboundIds.Of(reference, related, IdentifierSystems.SiaoMenage),
            Household = household,
            Members = [.. related.Values.OfType<Person>()],
        };
        var result = (kind, resource) switch
        {
            (SolisMessageKinds.OrientationLda, Canonical.Model.Orientation orientation) => _entrants.ToOrientationLda(orientation, push),
            (SolisMessageKinds.EntreeLogement, HousingPlacement placement) => _entrants.ToEntreeLogement(placement, push),
            _ => null,
        };
        return result is null
            ? new OutboundMapping(null, $"{resource.ResourceType} cannot be sent as {kind}.")
            : OutboundIds.ToMapping(result, "SOLIS");
    }
}
