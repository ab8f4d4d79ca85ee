using Hub.Canonical.Model;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;
using SiaoStructure = Hub.Connectors.Siao.Structure;

namespace Hub.Mapping.Siao;

/// <summary>
/// Canonical → SI-SIAO <i>retours</i> (docs/connectors/siao.md §6, "Retours"): an accompaniment that starts, changes
/// référent or structure, or ends; a household that enters or leaves a dwelling. <c>referenceHub</c> is the hub id.
/// </summary>
public sealed class SiaoRetours
{
    private const string DefaultEndReason = "AUTRE";
    private const string Start = "DEBUT";
    private const string Change = "MODIFICATION";
    private const string Exit = "SORTIE";

    private readonly PartnerCodes _codes;

    public SiaoRetours(CodeTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _codes = new PartnerCodes(tables);
    }

    public static SiaoRetours Default { get; } = new(CodeTables.Default);

    /// <param name="previous">The version SI-SIAO was last told about, to tell a change of référent or structure from a restart.</param>
    public OutboundResult ToRetourAccompagnement(Accompaniment accompaniment, Accompaniment? previous, SiaoRetourContext context)
    {
        ArgumentNullException.ThrowIfNull(accompaniment);
        ArgumentNullException.ThrowIfNull(context);
        var ctx = new MappingContext(new SourceRef("hub", Accompaniment.TypeName, accompaniment.Id ?? string.Empty, null));
        var evenement = _codes.ToSource("siao.evenement-accompagnement", CanonicalEnums.Code(accompaniment.Status));
        if (evenement is null)
        {
            // Planned and suspended measures are not events SI-SIAO follows.
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        if (evenement == Start && previous is { Status: AccompanimentStatus.Active }
            && (previous.Referent != accompaniment.Referent || previous.Structure != accompaniment.Structure))
        {
            evenement = Change;
        }

        var ending = evenement != Start && evenement != Change;
        var type = _codes.ToSource("siao.type-accompagnement", accompaniment.Type.Code);
        var start = DateOf(accompaniment.Period?.Start, ctx, "Accompaniment.period.start", required: true);
        var end = DateOf(accompaniment.Period?.End, ctx, "Accompaniment.period.end", required: ending);
        var structure = StructureOf(accompaniment.Structure, ctx);
        Require(accompaniment.Id, ctx, "Accompaniment.id");
        if (type is null)
        {
            ctx.Fail("unknown-code", "Accompaniment.type", "SI-SIAO has no such accompaniment type.", accompaniment.Type.Code);
        }

        if (ending && context.MotifFin is null)
        {
            ctx.Warn("missing-value", "Accompaniment", "No end reason known; AUTRE sent.");
        }

        if (ctx.ToResult().Issues.Any(i => i.IsError))
        {
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var retour = new RetourAccompagnement
        {
            ReferenceHub = accompaniment.Id!,
            IdMenage = context.IdMenage,
            IdDemande = context.IdDemande,
            Evenement = evenement,
            TypeAccompagnement = type!,
            DateDebut = start!.Value,
            DateFin = ending ? end : null,
            MotifFin = ending ? context.MotifFin ?? DefaultEndReason : null,
            Structure = structure!,
            Referent = accompaniment.Referent is { } referent ? ReferentOf(referent) : null,
            Horodatage = context.Horodatage,
        };
        return new OutboundResult(new OutboundMessage(SiaoMessageKinds.RetourAccompagnement, retour), ctx.ToResult().Issues);
    }

    public OutboundResult ToRetourLogement(HousingPlacement placement, SiaoRetourContext context)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(context);
        var ctx = new MappingContext(new SourceRef("hub", HousingPlacement.TypeName, placement.Id ?? string.Empty, null));
        var evenement = _codes.ToSource("siao.evenement-logement", CanonicalEnums.Code(placement.Status));
        if (evenement is null)
        {
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var leaving = evenement == Exit;
        Require(placement.Id, ctx, "HousingPlacement.id");
        var entry = DateOf(placement.EntryDate, ctx, "HousingPlacement.entryDate", required: true);
        var exit = DateOf(placement.ExitDate, ctx, "HousingPlacement.exitDate", required: leaving);
        var landlord = placement.LandlordType is { } type ? _codes.ToSource("siao.type-bailleur", CanonicalEnums.Code(type)) : null;
        Require(landlord, ctx, "HousingPlacement.landlordType");
        var commune = placement.Unit?.Address?.Cog;
        Require(commune, ctx, "HousingPlacement.unit.address.cog");
        var reason = leaving ? ExitReason(placement.ExitReason, ctx) : null;
        if (ctx.ToResult().Issues.Any(i => i.IsError))
        {
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var retour = new RetourLogement
        {
            ReferenceHub = placement.Id!,
            IdMenage = context.IdMenage,
            IdDemande = context.IdDemande,
            IdOrientation = context.IdOrientation,
            Evenement = evenement,
            DateEntree = entry!.Value,
            DateSortie = leaving ? exit : null,
            TypeBailleur = landlord!,
            Logement = new LogementRetour
            {
                CodeCommune = commune!,
                CodePostal = placement.Unit?.Address?.PostalCode,
                Typologie = placement.Unit?.Typology is { } typology ? _codes.ToSource("siao.typologie", typology.Code) : null,
            },
            MotifSortie = reason,
            Horodatage = context.Horodatage,
        };
        return new OutboundResult(new OutboundMessage(SiaoMessageKinds.RetourLogement, retour), ctx.ToResult().Issues);
    }

    private string ExitReason(Coding? reason, MappingContext ctx)
    {
        if (reason is not null && _codes.ToSource("siao.motif-sortie-retour", reason.Code) is { } code)
        {
            return code;
        }

        ctx.Warn(reason is null ? "missing-value" : "unknown-code", "HousingPlacement.exitReason", "No SI-SIAO exit reason; AUTRE sent.", reason?.Code);
        return DefaultEndReason;
    }

    private static SiaoStructure? StructureOf(Canonical.Model.Structure? structure, MappingContext ctx)
    {
        if (structure is null)
        {
            ctx.Fail("missing-value", "Accompaniment.structure", "SI-SIAO requires the structure.");
            return null;
        }

        if (structure.Identifier is not { } identifier)
        {
            ctx.Fail("missing-value", "Accompaniment.structure.identifier", "SI-SIAO requires the structure's id.");
            return null;
        }

        if (identifier.System != IdentifierSystems.SiaoStructure)
        {
            // A structure SI-SIAO does not know (e.g. a SOLIS operator): its own id is sent; SI-SIAO may answer 422.
            ctx.Warn("invalid-value", "Accompaniment.structure.identifier", "The structure has no SI-SIAO id; its other id is sent.", identifier.System);
        }

        return new SiaoStructure { IdStructure = identifier.Value, Nom = structure.Name };
    }

    private static ReferentProfessionnel ReferentOf(Referent referent)
    {
        var (nom, prenom) = ReferentNames.Split(referent.Name);
        return new ReferentProfessionnel { Nom = nom, Prenom = prenom, Fonction = referent.Role };
    }

    private static DateOnly? DateOf(FhirDateTime? value, MappingContext ctx, string path, bool required)
    {
        if (value?.Date.ToDateOnly() is { } date)
        {
            return date;
        }

        if (required)
        {
            ctx.Fail("missing-value", path, "A full date is required by SI-SIAO.");
        }

        return null;
    }

    private static void Require(string? value, MappingContext ctx, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            ctx.Fail("missing-value", path, "Required by SI-SIAO.");
        }
    }
}
