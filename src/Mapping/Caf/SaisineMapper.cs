using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

/// <summary>
/// Canonical → <see cref="Saisine"/> for the CAF or the CPAM (docs/connectors/caf.md §2 "The saisine itself is built
/// from ..."). Refuses (error issues, nothing sent) without an active consent naming the organisation for
/// <c>ouverture-droits</c>, with a right outside the organisation's scope, or with identity traits the contract requires
/// missing. Issues name fields, never personal values.
/// </summary>
public sealed partial class SaisineMapper(CodeTables tables, SaisineScope scope)
{
    public SaisineScope Scope => scope;

    public SaisineMapping Map(SaisineRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ctx = new MappingContext(new SourceRef("hub", "saisine", request.ReferenceHub, request.EmiseLe));
        var consent = Consent(request, ctx);
        var rights = Rights(request.RequestedRights, ctx);
        var person = Personne(request.Person, request.Household, ctx);
        if (consent is null || person is null || rights.Count == 0)
        {
            return new SaisineMapping(null, ctx.ToResult().Issues);
        }

        var saisine = new Saisine
        {
            ReferenceHub = request.ReferenceHub,
            OrganismeDestinataire = scope.Organisme,
            ReferentDestinataire = request.ReferentDestinataire,
            Personne = person,
            CompositionMenage = scope.SendsCafNumbers ? Composition(request.Household) : null,
            DroitsDemandes = rights,
            ReferentDemandeur = request.ReferentDemandeur,
            PiecesManquantes = request.PiecesManquantes is { Count: > 0 } pieces ? [.. pieces.Distinct(StringComparer.Ordinal)] : null,
            Urgence = request.Urgence,
            Contexte = request.Contexte,
            Consentement = consent,
            EmiseLe = request.EmiseLe,
        };
        return new SaisineMapping(saisine, ctx.ToResult().Issues);
    }

    private List<string> Rights(IReadOnlyList<string> requested, MappingContext ctx)
    {
        var rights = new List<string>();
        var outside = false;
        foreach (var right in requested)
        {
            // The reverse table is the organisation's scope: a right without a code there is not instructed by it.
            if (tables.ToSource(scope.RightTable, right) is not { } code)
            {
                ctx.Fail("droit-hors-perimetre", "droitsDemandes", $"{right} is not instructed by the {scope.Organisme}.", right);
                outside = true;
            }
            else if (!rights.Contains(code, StringComparer.Ordinal))
            {
                rights.Add(code);
            }
        }

        if (requested.Count == 0)
        {
            ctx.Fail("missing-value", "droitsDemandes", "At least one right must be requested.");
        }

        return outside ? [] : rights;
    }

    private ConsentementSaisine? Consent(SaisineRequest request, MappingContext ctx)
    {
        var consent = request.Consent;
        var organisation = scope.Connector;
        if (consent is null)
        {
            ctx.Fail("consent-missing", "consentement", $"No consent to share with the {scope.Organisme}: a saisine cannot be sent.");
            return null;
        }

        var problems = new List<string>();
        if (consent.Status != ConsentStatus.Active)
        {
            problems.Add("it is not active");
        }

        if (!consent.Organisations.Any(o => o.System == CodeSystems.OrganisationPartenaire && o.Code == organisation))
        {
            problems.Add($"it does not name '{organisation}'");
        }

        if (!consent.Purposes.Any(p => p.System == CodeSystems.FinaliteConsentement && p.Code == "ouverture-droits"))
        {
            problems.Add("its purposes lack 'ouverture-droits'");
        }

        var emitted = DateOnly.FromDateTime(request.EmiseLe.Date);
        if (consent.Period?.End is { } end && end.Date.End < emitted)
        {
            problems.Add("it has expired");
        }

        if (consent.DateTime?.Date is not { Precision: FhirDatePrecision.Day } given)
        {
            problems.Add("it has no collection date (day)");
            given = default;
        }

        if (problems.Count > 0)
        {
            ctx.Fail("consent-invalid", "consentement", $"The consent cannot be used for this saisine: {string.Join(", ", problems)}.");
            return null;
        }

        return new ConsentementSaisine(true, given.Start, request.ConsentModalite);
    }

    private static CompositionMenage? Composition(Household? household)
    {
        if (household is null || household.Member.Count == 0)
        {
            return null;
        }

        string? Role(HouseholdMember m) => m.Role?.System == CodeSystems.RoleMembreMenage ? m.Role.Code : null;
        var children = household.Member.Count(m => Role(m) == "enfant");
        var adults = household.Member.Count - children;
        var couple = household.Member.Any(m => Role(m) == "conjoint");
        return new CompositionMenage(couple ? "COUPLE" : "SEUL", Math.Max(1, adults), children);
    }
}
