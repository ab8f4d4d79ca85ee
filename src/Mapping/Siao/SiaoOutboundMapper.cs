using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

/// <summary>
/// The outbox's view of <see cref="SiaoRetours"/>: finds the SI-SIAO ids in the related resources (the household) and
/// stamps the message with the version's time. The previous version is not known here, so a change of référent is
/// sent as a new <c>DEBUT</c>, which the contract treats as an update.
/// </summary>
/// <remarks>Built by DI (<c>AddMapping</c>): the clock is the host's when it registers one.</remarks>
public sealed class SiaoOutboundMapper(CodeTables tables, TimeProvider? time = null) : IOutboundMapper
{
    private readonly SiaoRetours _retours = new(tables);
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    public string Connector => SiaoConnectorModule.ConnectorName;

    public IReadOnlyCollection<string> Kinds { get; } = [SiaoMessageKinds.RetourAccompagnement, SiaoMessageKinds.RetourLogement];

    public OutboundMapping Map(string kind, Resource resource, IReadOnlyDictionary<string, Resource> related)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(related);
        var (household, placementOrientation) = resource switch
        {
            Accompaniment a => (a.Household, null),
            HousingPlacement p => (p.Household, p.Identifier?.FirstOrDefault(i => i.System == SiaoIdentifierSystems.Orientation)?.Value),
            _ => (null, null),
        };
        if (household is null)
        {
            return new OutboundMapping(null, $"{resource.ResourceType} is not sent to SI-SIAO.");
        }

        if (OutboundIds.Of(household, related, IdentifierSystems.SiaoMenage) is not { } idMenage)
        {
            return new OutboundMapping(null, "The household has no SI-SIAO ménage id.");
        }

        var context = new SiaoRetourContext(idMenage, OutboundIds.StampOf(resource, _time)) { IdOrientation = placementOrientation };
        var result = (kind, resource) switch
        {
            (SiaoMessageKinds.RetourAccompagnement, Accompaniment accompaniment) => _retours.ToRetourAccompagnement(accompaniment, null, context),
            (SiaoMessageKinds.RetourLogement, HousingPlacement placement) => _retours.ToRetourLogement(placement, context),
            _ => null,
        };
        return result is null
            ? new OutboundMapping(null, $"{resource.ResourceType} cannot be sent as {kind}.")
            : OutboundIds.ToMapping(result, "SI-SIAO");
    }
}
