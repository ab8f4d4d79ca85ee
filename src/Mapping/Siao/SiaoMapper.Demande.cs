using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;
using Orientation = Hub.Canonical.Model.Orientation;

namespace Hub.Mapping.Siao;

public sealed partial class SiaoMapper
{
    private const string Insertion = "insertion";
    private const string HousingFirstRequest = "logement-d-abord";
    private const string AdaptedHousingRequest = "logement-adapte";

    /// <summary>When the record names no organisation: every LDA partner of the contract, in its order.</summary>
    private static readonly string[] DefaultOrganisations = ["SIAO", "CD68", "CAF", "CPAM", "VILLE_MULHOUSE", "STRUCTURE_ACCOMPAGNEMENT"];

    /// <summary>When the record does not name purposes, the contract's default ones.</summary>
    private static readonly string[] DefaultPurposes = ["COORDINATION", "ORIENTATION", "OUVERTURE_DROITS"];

    private void MapDemande(Demande demande, MappingContext context)
    {
        var household = MappingKit.RefTo(IdentifierSystems.SiaoMenage, demande.IdMenage);
        var demandeRef = MappingKit.RefTo(IdentifierSystems.SiaoDemande, demande.Id);
        if (CanonicalEnums.Parse<OrientationStatus>(_kit.Codes.Code("siao.statut-demande", demande.Statut, context, "Orientation.status")) is { } status)
        {
            context.Add(PendingOrientation(demande, household, status, context));
        }

        if (demande.Preconisation?.DateCommission is { } commission)
        {
            context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, "commission-lda", MappingKit.Date(commission),
                demandeRef, "Passage en commission LDA", "preconisation.dateCommission"));
        }

        if (demande.EvaluationSociale is { } evaluation
            && _kit.Codes.Code("siao.procedure-expulsion", evaluation.ProcedureExpulsion, context, "TimelineEvent.type") is { } step)
        {
            context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, step, MappingKit.Date(evaluation.DateEvaluation),
                demandeRef, "Procédure d'expulsion signalée à l'évaluation sociale", "evaluationSociale.procedureExpulsion"));
        }

        if (demande.Consentement is { Recueilli: true } consent)
        {
            MapConsent(demande, consent, household, demandeRef, context);
        }
    }

    /// <summary>A demande not yet oriented is an Orientation <c>pending</c>, identified by the demande.</summary>
    private Orientation PendingOrientation(Demande demande, Reference household, OrientationStatus status, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SiaoDemande, demande.Id);
        var key = MappingKit.Key(identifier);
        context.Set(key, "Orientation.status", "statut");
        context.Set(key, "Orientation.requestDate", "dateDemande");
        context.Set(key, "Orientation.requestType", "typeDemande");
        return new Orientation
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            Household = household,
            RequestType = RequestType(demande, context),
            RequestDate = MappingKit.Date(demande.DateDemande),
            Status = status,
        };
    }

    /// <summary>INSERTION is refined by what was asked for: Housing First if requested, adapted housing if only that.</summary>
    private Coding? RequestType(Demande demande, MappingContext context)
    {
        var type = _kit.Codes.Translate("siao.type-demande", demande.TypeDemande, context, "Orientation.requestType");
        if (type?.Code != Insertion || demande.DispositifsDemandes is not { Count: > 0 } requested)
        {
            return type;
        }

        var refined = requested.Select(d => _kit.Codes.Peek("siao.dispositif-demande", d)).ToList();
        return refined.Contains(HousingFirstRequest) ? _kit.Coding(type.System, HousingFirstRequest)
            : refined.All(r => r == AdaptedHousingRequest) ? _kit.Coding(type.System, AdaptedHousingRequest)
            : type;
    }

    private void MapConsent(Demande demande, Consentement consent, Reference household, Reference demandeRef, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SiaoDemande, demande.Id);
        var key = MappingKit.Key(identifier);
        var organismes = consent.Organismes is { Count: > 0 } named ? named : DefaultOrganisations;
        var finalites = consent.Finalites is { Count: > 0 } chosen ? chosen : DefaultPurposes;
        var organisations = organismes.Select(o => _kit.Codes.Translate("siao.organisme", o, context, "Consent.organisations")).OfType<Coding>().ToList();
        var purposes = finalites.Select(f => _kit.Codes.Translate("siao.finalite", f, context, "Consent.purposes")).OfType<Coding>().ToList();
        if (organisations.Count == 0 || purposes.Count == 0)
        {
            context.Fail("missing-value", "Consent", "The consent names no known organisation or purpose.");
            return;
        }

        context.Set(key, "Consent.status", consent.RetireLe is null ? "consentement.recueilli" : "consentement.retireLe");
        context.Set(key, "Consent.organisations", consent.Organismes is null ? null : "consentement.organismes");
        context.Set(key, "Consent.purposes", consent.Finalites is null ? null : "consentement.finalites");
        context.Add(new Consent
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            // The demande names the ménage, not which member consented: the engine resolves it to the main applicant.
            Person = household,
            Status = consent.RetireLe is null ? ConsentStatus.Active : ConsentStatus.Revoked,
            Organisations = organisations,
            Purposes = purposes,
            DateTime = consent.Date is { } given ? MappingKit.Date(given) : null,
            RevokedAt = consent.RetireLe is { } revoked ? MappingKit.Date(revoked) : null,
        });
        if (consent.Date is { } date)
        {
            context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, "consentement-recueilli", MappingKit.Date(date),
                demandeRef, "Consentement au partage recueilli", "consentement.date"));
        }

        if (consent.RetireLe is { } withdrawn)
        {
            context.Add(_kit.Event(context, SiaoIdentifierSystems.Evenement, household, "consentement-retire", MappingKit.Date(withdrawn),
                demandeRef, "Consentement au partage retiré", "consentement.retireLe"));
        }
    }
}
