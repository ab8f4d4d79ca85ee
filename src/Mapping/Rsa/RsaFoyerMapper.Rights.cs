using Hub.Canonical.Model;
using Hub.Connectors.Caf.RsaFlow;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Rsa;

public sealed partial class RsaFoyerMapper
{
    private RightsStatus MapRights(FoyerRsa foyer, Reference holder, MappingContext ctx)
    {
        var key = $"RightsStatus|{holder.Identifier!.System}|{holder.Identifier.Value}|RSA";
        var situation = foyer.Situation;
        var tags = new List<Coding>();
        var status = RightStatusCode.Unknown;
        if (situation.Etat is { } etat)
        {
            // The source state stays visible: "open" covers 2, 3 and 4, and 3/4 are suspensions the référent must see.
            tags.Add(RightsStatusCodes.Tag("caf.rsa-etat-dossier", etat));
            status = tables.Translate("caf.rsa-etat-dossier", etat, ctx, "RightsStatus.status") is { } code ? RightsStatusCodes.Parse(code.Code) : RightStatusCode.Unknown;
            ctx.Set(key, "RightsStatus.status", "ETATDOSRSA");
        }

        tags.AddRange(situation.SuspensionsDroit.Where(s => s.Motif is not null).Select(s => RightsStatusCodes.Tag("caf.rsa-motif-suspension-droit", s.Motif!)));
        tags.AddRange(situation.SuspensionsVersement.Where(s => s.Motif is not null).Select(s => RightsStatusCodes.Tag("caf.rsa-motif-suspension-versement", s.Motif!)));
        if (situation.MotifRefus is { } refus)
        {
            tags.Add(RightsStatusCodes.Tag("caf.rsa-motif-refus", refus));
        }

        if (situation.MotifCloture is { } cloture)
        {
            tags.Add(RightsStatusCodes.Tag("caf.rsa-motif-cloture", cloture));
        }

        // The flow gives no start date of the right (DTDEMRSA/DTORIDEMRSA are request dates), only the closing date.
        Period? period = null;
        if (status == RightStatusCode.Closed && situation.DateCloture is { } closed)
        {
            period = new Period { End = FhirDate.FromDateOnly(closed) };
            ctx.Set(key, "RightsStatus.period.end", "DTCLORSA");
        }

        var provider = tables.Translate("caf.rsa-organisme", foyer.Organisme.Fonction, ctx, "RightsStatus.provider")
            ?? RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, "CAF");
        ctx.Set(key, "RightsStatus.provider", "FONORG");
        FhirDateTime? checkedAt = foyer.Flux.DateReference is { } reference ? FhirDate.FromDateOnly(reference) : null;
        if (checkedAt is not null)
        {
            ctx.Set(key, "RightsStatus.checkedAt", "DTREF");
        }

        return new RightsStatus
        {
            Meta = new Meta { Source = ctx.Source.MetaSource, Tag = tags.Count == 0 ? null : tags },
            Person = holder,
            Provider = provider,
            Right = RightsStatusCodes.Coding(tables, CodeSystems.TypeDroit, "RSA"),
            Status = status,
            Period = period,
            CheckedAt = checkedAt,
            Source = RightsStatusCodes.Source(tables, "caf"),
        };
    }
}
