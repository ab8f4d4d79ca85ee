using Hub.Canonical.Model;
using Hub.Connectors.Solis;
using Hub.Mapping.Core;
using Hub.Mapping.Siao;

namespace Hub.Mapping.Solis;

public sealed partial class SolisMapper
{
    private const string Caf = "CAF";
    private const string Closed = "CLOS";
    private const string MainApplicantRole = "demandeur";
    private const int CafNumberDigits = 7;

    private void MapDossier(Dossier dossier, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SolisDossier, dossier.Id);
        var key = MappingKit.Key(identifier);
        var household = new Reference { Identifier = identifier };
        var members = dossier.Membres.Select(m => new HouseholdMember
        {
            Person = MappingKit.RefTo(IdentifierSystems.SolisIndividu, m.IdIndividu),
            Role = _kit.Codes.Translate("solis.role-dossier", m.Role, context, "Household.member.role"),
            Period = m.DateDebut is null && m.DateFin is null ? null : new Period
            {
                Start = m.DateDebut is { } start ? MappingKit.Date(start) : null,
                End = m.DateFin is { } end ? MappingKit.Date(end) : null,
            },
        }).ToList();
        context.Set(key, "Household.member", "membres");
        var situation = _kit.Codes.TranslateOrKeep("solis.situation-logement", dossier.SituationLogement, context, "Household.housingSituation");
        if (situation is not null)
        {
            context.Set(key, "Household.housingSituation", "situationLogement");
        }

        var adresse = dossier.Adresse;
        context.Add(new Household
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            Member = [.. members.OrderBy(m => m.Role?.Code == MainApplicantRole ? 0 : 1)],
            Address = adresse is null ? null : _kit.AddressOf(adresse.Ligne1, adresse.Ligne2, adresse.CodePostal, adresse.CodeCommune, adresse.LibelleCommune, context, key, "Household"),
            HousingSituation = situation is null ? null : new CodeableConcept { Coding = [situation] },
        });

        if (dossier.Statut == Closed)
        {
            // A closed SOLIS file does not close the household: the other partners may still follow it.
            FhirDateTime? when = dossier.DateCloture is { } closedOn ? MappingKit.Date(closedOn)
                : context.Source.ModifiedAt is { } modified ? FhirDateTime.FromInstant(modified) : null;
            if (when is { } occurredAt)
            {
                context.Add(_kit.Event(context, SiaoIdentifierSystems.SolisEvenement, household, "note", occurredAt, household, "Dossier SOLIS clos", "dateCloture"));
            }
        }
    }

    /// <summary><c>&lt;numéro de CAF&gt;-&lt;numéro allocataire sur 7 chiffres&gt;</c>; MSA numbers are not CAF identifiers.</summary>
    private static Identifier? CafNumber(OrganismePayeur? payeur, MappingContext context)
    {
        if (payeur is null || payeur.Organisme != Caf)
        {
            return null;
        }

        var number = payeur.NumeroAllocataire.TrimStart('0').PadLeft(CafNumberDigits, '0');
        if (payeur.NumeroOrganisme is not { Length: 3 } caf || !caf.All(char.IsAsciiDigit) || number.Length != CafNumberDigits)
        {
            context.Warn("invalid-value", "Person.identifier", "CAF number needs a 3-digit CAF code and at most 7 digits; not stored.");
            return null;
        }

        return MappingKit.Id(IdentifierSystems.CafAllocataire, $"{caf}-{number}");
    }
}
