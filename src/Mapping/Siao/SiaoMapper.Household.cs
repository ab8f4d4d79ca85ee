using Hub.Canonical.Model;
using Hub.Connectors.Siao;
using Hub.Mapping.Core;

namespace Hub.Mapping.Siao;

public sealed partial class SiaoMapper
{
    private const string OrdinaryHousing = "logement-ordinaire";
    private const string EvictionThreat = "menace-expulsion";
    private const string MainApplicantRole = "demandeur";
    private const string Euro = "EUR";

    private void MapMenage(Menage menage, Demande? latestDemande, MappingContext context)
    {
        var identifier = MappingKit.Id(IdentifierSystems.SiaoMenage, menage.Id);
        var key = MappingKit.Key(identifier);
        var members = new List<(HouseholdMember Member, bool MainApplicant)>();
        foreach (var membre in menage.Membres)
        {
            context.Add(MapPerson(membre.Personne, context));
            var role = _kit.Codes.Translate("siao.role-menage", membre.Role, context, "Household.member.role");
            members.Add((new HouseholdMember
            {
                Person = MappingKit.RefTo(IdentifierSystems.SiaoPersonne, membre.Personne.Id),
                Role = role,
                Period = membre.DateEntree is null && membre.DateSortie is null ? null : new Period
                {
                    Start = membre.DateEntree is { } start ? MappingKit.Date(start) : null,
                    End = membre.DateSortie is { } end ? MappingKit.Date(end) : null,
                },
            }, role?.Code == MainApplicantRole));
        }

        context.Set(key, "Household.member", "membres");
        if (members.Count == 0)
        {
            // A CSV ménage whose persons are not in the same drop: the record waits in dead letters for them.
            context.Fail("missing-value", "Household.member", "The ménage has no member in this record.");
        }

        var adresse = menage.Adresse;
        var evaluation = latestDemande?.EvaluationSociale;
        context.Add(new Household
        {
            Meta = MappingKit.MetaOf(context),
            Identifier = [identifier],
            // The main applicant first; the partner's order otherwise (OrderBy is stable).
            Member = [.. members.OrderBy(m => m.MainApplicant ? 0 : 1).Select(m => m.Member)],
            Address = adresse is null ? null : _kit.AddressOf(adresse.Ligne1, adresse.Ligne2, adresse.CodePostal, adresse.CodeCommune, adresse.LibelleCommune, context, key, "Household"),
            HousingSituation = evaluation is null ? null : HousingSituation(evaluation, context, key),
            Resources = evaluation?.Ressources is { Count: > 0 } resources ? Resources(resources, context, key) : null,
        });
    }

    private CodeableConcept? HousingSituation(EvaluationSociale evaluation, MappingContext context, string key)
    {
        var coding = _kit.Codes.TranslateOrKeep("siao.situation-logement", evaluation.SituationLogement, context, "Household.housingSituation");
        if (coding is null)
        {
            return null;
        }

        context.Set(key, "Household.housingSituation", "evaluationSociale.situationLogement");
        if (coding.Code == OrdinaryHousing && _kit.Codes.Peek("siao.procedure-expulsion", evaluation.ProcedureExpulsion) is not null)
        {
            coding = _kit.Coding(coding.System, EvictionThreat);
            context.Set(key, "Household.housingSituation", "evaluationSociale.procedureExpulsion");
        }

        // The guide keeps the SI-SIAO code as the display, so the finer partner value stays readable.
        return new CodeableConcept { Coding = [coding with { Display = evaluation.SituationLogement }] };
    }

    private List<HouseholdIncome> Resources(IReadOnlyList<Ressource> resources, MappingContext context, string key)
    {
        context.Set(key, "Household.resources", "evaluationSociale.ressources");
        return resources
            .Select(r => (Type: _kit.Codes.TranslateOrKeep("siao.type-ressource", r.Type, context, "Household.resources.type"), r.MontantMensuel))
            .Where(r => r.Type is not null)
            .GroupBy(r => (r.Type!.System, r.Type.Code))
            .Select(g => new HouseholdIncome
            {
                Type = g.First().Type!,
                Amount = g.Any(r => r.MontantMensuel is not null)
                    ? new Money { Value = g.Sum(r => r.MontantMensuel ?? 0m), Currency = Euro }
                    : null,
            })
            .ToList();
    }
}
