using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Mapping.Core;

namespace Hub.Mapping.ApiParticulier;

/// <summary>
/// API Particulier answers → one RightsStatus (docs/connectors/caf.md and cpam.md, "Mapping to RightsStatus"):
/// provider CAF (MSA when the QF says so) or CPAM for C2S; status open/closed from <c>est_beneficiaire</c>, unknown on a
/// 404 (not found, never "no right"); <c>period.start</c> = <c>date_debut_droit</c>; QF value and month; checkedAt from
/// the answer; <c>avec_majoration</c>/<c>avec_participation</c> kept as meta tags for the timeline.
/// </summary>
public sealed partial class ApiParticulierRightsMapper(CodeTables tables)
{
    public const string TagTable = "apiparticulier.option";

    public static ApiParticulierRightsMapper Default { get; } = new(CodeTables.Default);

    public MappingResult MapQuotientFamilial(ApiParticulierAnswer<QuotientFamilialData> answer, RightsSubject subject)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (ctx, key) = Start(answer.Endpoint, answer.CheckedAt, subject);
        var qf = answer.Data?.QuotientFamilial;
        var provider = Provider(qf?.Fournisseur, ctx, key);
        if (!answer.Found)
        {
            return NotFound(ctx, key, answer.Endpoint, answer.Errors, answer.CheckedAt, subject, provider);
        }

        var status = RightStatusCode.Unknown;
        int? value = null;
        Period? period = null;
        if (qf?.Valeur is { } v and >= 0)
        {
            // A QF exists for the month asked: the family file is open at the fund.
            status = RightStatusCode.Open;
            value = v;
            ctx.Set(key, "RightsStatus.quotientFamilial", "quotient_familial.valeur");
            ctx.Set(key, "RightsStatus.status", "quotient_familial.valeur");
        }
        else
        {
            ctx.Warn("missing-value", "RightsStatus.quotientFamilial", "The answer has no quotient_familial.valeur; status left unknown.");
        }

        if (qf is { Annee: { } year, Mois: { } month and >= 1 and <= 12 } && year is >= 1000 and <= 9999)
        {
            var monthDate = new FhirDate(year, month);
            period = new Period { Start = monthDate, End = monthDate };
            ctx.Set(key, "RightsStatus.period", "quotient_familial.annee,quotient_familial.mois");
        }

        var rights = Build(key, answer.Endpoint, subject, provider, status, answer.CheckedAt, ctx) with
        {
            Household = subject.Household,
            Period = period,
            QuotientFamilial = value,
        };
        ctx.Add(rights);
        return ctx.ToResult();
    }

    /// <summary>RSA, prime d'activité, AAH or ASF.</summary>
    public MappingResult MapPrestation(ApiParticulierAnswer<PrestationData> answer, RightsSubject subject)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (ctx, key) = Start(answer.Endpoint, answer.CheckedAt, subject);
        var provider = RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, "CAF");
        if (!answer.Found)
        {
            return NotFound(ctx, key, answer.Endpoint, answer.Errors, answer.CheckedAt, subject, provider);
        }

        var data = answer.Data!;
        var tags = data.AvecMajoration is true ? new[] { RightsStatusCodes.Tag(TagTable, "avec_majoration", "Avec majoration") } : null;
        ctx.Add(Beneficiary(ctx, key, answer.Endpoint, subject, provider, data.EstBeneficiaire, data.DateDebutDroit, answer.CheckedAt, tags));
        return ctx.ToResult();
    }

    /// <summary>Complémentaire santé solidaire (CPAM).</summary>
    public MappingResult MapComplementaireSanteSolidaire(ApiParticulierAnswer<ComplementaireSanteSolidaireData> answer, RightsSubject subject)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var (ctx, key) = Start(answer.Endpoint, answer.CheckedAt, subject);
        var provider = RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, "CPAM");
        if (!answer.Found)
        {
            return NotFound(ctx, key, answer.Endpoint, answer.Errors, answer.CheckedAt, subject, provider);
        }

        var data = answer.Data!;
        var tags = data.EstBeneficiaire is true && data.AvecParticipation is true
            ? new[] { RightsStatusCodes.Tag(TagTable, "avec_participation", "Avec participation financière") }
            : null;
        ctx.Add(Beneficiary(ctx, key, answer.Endpoint, subject, provider, data.EstBeneficiaire, data.DateDebutDroit, answer.CheckedAt, tags));
        return ctx.ToResult();
    }
}
