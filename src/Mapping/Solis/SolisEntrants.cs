using Hub.Canonical.Model;
using Hub.Connectors.Core;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;
using SolisConsent = Hub.Connectors.Solis.Consentement;

namespace Hub.Mapping.Solis;

/// <summary>
/// Canonical → SOLIS <i>entrants</i> (docs/connectors/solis.md §4): a Housing First orientation decided or cancelled,
/// and the household's entry into a dwelling. <c>referenceHub</c> is the hub id of the resource.
/// </summary>
public sealed class SolisEntrants
{
    private const string Cd68 = "cd68";
    private const string OrientationPurpose = "orientation";
    private const string CoordinationPurpose = "coordination";
    private const string HousingFirst = "LDA";

    private readonly PartnerCodes _codes;

    public SolisEntrants(CodeTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _codes = new PartnerCodes(tables);
    }

    public static SolisEntrants Default { get; } = new(CodeTables.Default);

    public OutboundResult ToOrientationLda(Canonical.Model.Orientation orientation, SolisPushContext push)
    {
        ArgumentNullException.ThrowIfNull(orientation);
        ArgumentNullException.ThrowIfNull(push);
        var ctx = new MappingContext(new SourceRef("hub", Canonical.Model.Orientation.TypeName, orientation.Id ?? string.Empty, null));
        var statut = _codes.ToSource("solis.statut-orientation-lda", CanonicalEnums.Code(orientation.Status));
        if (statut is null || orientation.Destination?.Code != HousingFirst)
        {
            // Only Housing First orientations, once decided or cancelled, concern the CD68.
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var consent = ConsentOf(push.Consent, OrientationPurpose, ctx);
        var decided = orientation.DecisionDate?.ToDateOnly();
        if (decided is null)
        {
            ctx.Fail("missing-value", "Orientation.decisionDate", "SOLIS requires the full decision date.");
        }

        if (orientation.Structure is null)
        {
            ctx.Fail("missing-value", "Orientation.structure", "SOLIS requires the accompanying structure.");
        }

        Require(orientation.Id, ctx, "Orientation.id");
        var individus = push.IdDossier is null ? SolisIdentities.Of(push, _codes, ctx) : null;
        if (push.IdDossier is null && individus is not { Count: > 0 })
        {
            ctx.Fail("missing-value", "Household", "SOLIS needs the dossier or at least one member's identity traits.");
        }

        if (ctx.ToResult().Issues.Any(i => i.IsError))
        {
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var dto = new OrientationLda
        {
            ReferenceHub = orientation.Id!,
            IdDossier = push.IdDossier,
            Individus = individus,
            IdMenageSiao = push.IdMenageSiao
                ?? IdentifierOf(orientation.Household.Identifier, IdentifierSystems.SiaoMenage)
                ?? push.Household?.Identifier?.FirstOrDefault(i => i.System == IdentifierSystems.SiaoMenage)?.Value,
            IdDemandeSiao = push.IdDemandeSiao ?? orientation.Identifier?.FirstOrDefault(i => i.System == IdentifierSystems.SiaoDemande)?.Value,
            Statut = statut,
            DateDemande = orientation.RequestDate?.ToDateOnly(),
            DateCommission = push.DateCommission,
            DateDecision = decided!.Value,
            StructureAccompagnement = new StructureAccompagnement
            {
                Nom = orientation.Structure!.Name,
                Siret = IdentifierOf(orientation.Structure.Identifier, SiaoIdentifierSystems.Siret),
            },
            ReferentAccompagnement = push.ReferentAccompagnement is { } referent ? ReferentOf(referent) : null,
            MesuresDemandees = push.MesuresDemandees,
            AidesPackInstallation = push.AidesPackInstallation,
            Consentement = consent!,
            Horodatage = push.Horodatage,
        };
        return new OutboundResult(new OutboundMessage(SolisMessageKinds.OrientationLda, dto), ctx.ToResult().Issues);
    }

    public OutboundResult ToEntreeLogement(HousingPlacement placement, SolisPushContext push)
    {
        ArgumentNullException.ThrowIfNull(placement);
        ArgumentNullException.ThrowIfNull(push);
        var ctx = new MappingContext(new SourceRef("hub", HousingPlacement.TypeName, placement.Id ?? string.Empty, null));
        if (placement.Status != HousingPlacementStatus.Active)
        {
            // SOLIS follows entries (lease signed); exits reach it through its own measures.
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        ConsentOf(push.Consent, CoordinationPurpose, ctx);
        Require(placement.Id, ctx, "HousingPlacement.id");
        var entry = placement.EntryDate?.ToDateOnly();
        if (entry is null)
        {
            ctx.Fail("missing-value", "HousingPlacement.entryDate", "SOLIS requires the full entry date.");
        }

        var landlord = placement.LandlordType is { } type ? CanonicalEnums.Code(type) : null;
        var typeBailleur = landlord is null ? null : _codes.ToSource("solis.type-bailleur", landlord);
        var mode = landlord is null ? null : _codes.ToSource("solis.mode-occupation", landlord);
        Require(typeBailleur, ctx, "HousingPlacement.landlordType");
        var address = placement.Unit?.Address;
        Require(address?.Cog, ctx, "HousingPlacement.unit.address.cog");
        var individus = push.IdDossier is null ? SolisIdentities.Of(push, _codes, ctx) : null;
        if (push.IdDossier is null && individus is not { Count: > 0 })
        {
            ctx.Fail("missing-value", "Household", "SOLIS needs the dossier or at least one member's identity traits.");
        }

        if (ctx.ToResult().Issues.Any(i => i.IsError))
        {
            return new OutboundResult(null, ctx.ToResult().Issues);
        }

        var dto = new EntreeLogement
        {
            ReferenceHub = placement.Id!,
            ReferenceOrientationHub = push.ReferenceOrientationHub,
            IdDossier = push.IdDossier,
            Individus = individus,
            DateEntree = entry!.Value,
            TypeBailleur = typeBailleur!,
            ModeOccupation = mode!,
            Logement = new LogementEntree
            {
                Adresse = address!.Line is { Count: > 0 } lines ? string.Join(", ", lines) : null,
                CodePostal = address.PostalCode,
                CodeCommune = address.Cog!,
                Typologie = placement.Unit?.Typology is { } typology ? _codes.ToSource("solis.typologie", typology.Code) : null,
                LoyerMensuel = push.LoyerMensuel,
                ChargesMensuelles = push.ChargesMensuelles,
            },
            Bailleur = placement.Landlord is { } l ? new Bailleur { Nom = l.Name, Siret = IdentifierOf(l.Identifier, SiaoIdentifierSystems.Siret) } : null,
            Horodatage = push.Horodatage,
        };
        return new OutboundResult(new OutboundMessage(SolisMessageKinds.EntreeLogement, dto), ctx.ToResult().Issues);
    }

    /// <summary>The consent the contract requires, only if active and naming the CD68 and the message's purpose.</summary>
    private static SolisConsent? ConsentOf(Consent consent, string purpose, MappingContext ctx)
    {
        var allowed = consent is { Status: ConsentStatus.Active }
            && consent.Organisations.Any(o => o.Code == Cd68)
            && consent.Purposes.Any(p => p.Code == purpose);
        if (!allowed)
        {
            ctx.Fail("consent-missing", "Consent", $"No active consent naming cd68 for '{purpose}': nothing is sent to SOLIS.");
            return null;
        }

        if (consent.DateTime?.Date.ToDateOnly() is not { } given)
        {
            ctx.Fail("missing-value", "Consent.dateTime", "SOLIS requires the date the consent was given.");
            return null;
        }

        return new SolisConsent { Recueilli = true, Date = given };
    }

    private static ReferentProfessionnel ReferentOf(Canonical.Model.Referent referent)
    {
        var (nom, prenom) = ReferentNames.Split(referent.Name);
        return new ReferentProfessionnel { Nom = nom, Prenom = prenom, Fonction = referent.Role };
    }

    private static string? IdentifierOf(Identifier? identifier, string system) => identifier?.System == system ? identifier.Value : null;

    private static void Require(string? value, MappingContext ctx, string path)
    {
        if (string.IsNullOrEmpty(value))
        {
            ctx.Fail("missing-value", path, "Required by SOLIS.");
        }
    }
}
