using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;
using CanonicalOrientation = Hub.Canonical.Model.Orientation;
using SiaoOrientation = Hub.Connectors.Siao.Orientation;

namespace Hub.Mapping.Siao;

public sealed partial class SiaoMapper
{
    private const string HousingFirstDestination = "LDA";

    private void MapOrientation(SiaoOrientation orientation, MappingContext context)
    {
        var identifier = MappingKit.Id(SiaoIdentifierSystems.Orientation, orientation.Id);
        var key = MappingKit.Key(identifier);
        var status = CanonicalEnums.Parse<OrientationStatus>(_kit.Codes.Peek("siao.statut-orientation", orientation.Statut));
        if (status is null)
        {
            // Status is required and has no "other": the record waits in dead letters, unchanged, until the table knows the code.
            context.Fail("unknown-code", "Orientation.status", "Orientation status cannot be mapped.", orientation.Statut);
            return;
        }

        context.Set(key, "Orientation.household", "idMenage");
        context.Set(key, "Orientation.status", "statut");
        context.Set(key, "Orientation.requestDate", "dateDemande");
        var decision = _kit.Codes.Translate("siao.decision-orientation", orientation.Statut, context, "Orientation.decision");
        if (decision is not null)
        {
            context.Set(key, "Orientation.decision", "statut");
        }

        if (orientation.DateDecision is not null)
        {
            context.Set(key, "Orientation.decisionDate", "dateDecision");
        }

        if (orientation.DateEntree is not null)
        {
            context.Set(key, "Orientation.entryDate", "dateEntree");
        }

        context.Add(new CanonicalOrientation
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            Household = MappingKit.RefTo(IdentifierSystems.SiaoMenage, orientation.IdMenage),
            RequestDate = MappingKit.Date(orientation.DateDemande),
            DecisionDate = orientation.DateDecision is { } decided ? MappingKit.Date(decided) : null,
            EntryDate = orientation.DateEntree is { } entered ? MappingKit.Date(entered) : null,
            Status = status.Value,
            Decision = decision,
            Destination = Destination(orientation, context, key),
            Structure = StructureOf(orientation.Structure, context, key, "Orientation"),
        });
    }

    private Coding? Destination(SiaoOrientation orientation, MappingContext context, string key)
    {
        if (orientation.LogementDAbord == true)
        {
            context.Set(key, "Orientation.destination", "logementDAbord");
            return _kit.Coding(CodeSystems.DestinationOrientation, HousingFirstDestination);
        }

        var destination = _kit.Codes.TranslateOrKeep("siao.dispositif", orientation.Dispositif, context, "Orientation.destination");
        if (destination is not null)
        {
            context.Set(key, "Orientation.destination", "dispositif");
        }

        return destination;
    }

    private static Canonical.Model.Structure? StructureOf(Connectors.Siao.Structure? structure, MappingContext context, string key, string resource)
    {
        if (structure is null)
        {
            return null;
        }

        context.Set(key, $"{resource}.structure", "structure");
        return new Canonical.Model.Structure
        {
            Name = structure.Nom,
            Identifier = MappingKit.Id(IdentifierSystems.SiaoStructure, structure.IdStructure),
        };
    }
}
