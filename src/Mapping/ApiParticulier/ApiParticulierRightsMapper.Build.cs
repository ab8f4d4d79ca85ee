using Hub.Canonical.Model;
using Hub.Connectors.ApiParticulier;
using Hub.Connectors.ApiParticulier.Dtos;
using Hub.Mapping.Core;

namespace Hub.Mapping.ApiParticulier;

public sealed partial class ApiParticulierRightsMapper
{
    private static string SourceSystem(ApiParticulierEndpoint endpoint) =>
        endpoint == ApiParticulierEndpoint.ComplementaireSanteSolidaire ? "cpam" : "caf";

    private static (MappingContext Context, string Key) Start(ApiParticulierEndpoint endpoint, DateTimeOffset checkedAt, RightsSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var context = new MappingContext(new SourceRef(SourceSystem(endpoint), endpoint.Segment(), subject.Key, checkedAt));
        return (context, $"RightsStatus|{subject.Key}|{endpoint.Segment()}");
    }

    private Coding Provider(string? fournisseur, MappingContext ctx, string key)
    {
        if (fournisseur is null)
        {
            return RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, "CAF");
        }

        ctx.Set(key, "RightsStatus.provider", "quotient_familial.fournisseur");
        // An unknown fund is reported (and the value kept in the issue); CAF stays the provider the guide defaults to.
        return tables.Translate("apiparticulier.fournisseur", fournisseur, ctx, "RightsStatus.provider")
            ?? RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, "CAF");
    }

    private RightsStatus Beneficiary(
        MappingContext ctx, string key, ApiParticulierEndpoint endpoint, RightsSubject subject, Coding provider,
        bool? beneficiary, string? startText, DateTimeOffset checkedAt, IReadOnlyList<Coding>? tags)
    {
        var status = RightStatusCode.Unknown;
        if (beneficiary is { } b)
        {
            var code = tables.Translate("apiparticulier.est-beneficiaire", b ? "true" : "false", ctx, "RightsStatus.status");
            status = code is null ? RightStatusCode.Unknown : RightsStatusCodes.Parse(code.Code);
            ctx.Set(key, "RightsStatus.status", "est_beneficiaire");
        }
        else
        {
            ctx.Warn("missing-value", "RightsStatus.status", "The answer has no est_beneficiaire; status left unknown.");
        }

        Period? period = null;
        if (RightsStatusCodes.Date(startText, ctx, "RightsStatus.period.start") is { } start)
        {
            period = new Period { Start = start };
            ctx.Set(key, "RightsStatus.period.start", "date_debut_droit");
        }

        var rights = Build(key, endpoint, subject, provider, status, checkedAt, ctx);
        return rights with { Period = period, Meta = rights.Meta! with { Tag = tags } };
    }

    private MappingResult NotFound(
        MappingContext ctx, string key, ApiParticulierEndpoint endpoint, IReadOnlyList<ApiParticulierError> errors, DateTimeOffset checkedAt, RightsSubject subject, Coding provider)
    {
        // "Not found" is not "no right": the person may simply be unknown under these traits.
        var tags = errors.Where(e => !string.IsNullOrEmpty(e.Code)).Select(e => RightsStatusCodes.Tag("apiparticulier.erreur", e.Code!, e.Title)).ToList();
        var rights = Build(key, endpoint, subject, provider, RightStatusCode.Unknown, checkedAt, ctx);
        ctx.Set(key, "RightsStatus.status", "HTTP 404");
        ctx.Add(rights with
        {
            Household = endpoint == ApiParticulierEndpoint.QuotientFamilial ? subject.Household : null,
            Meta = rights.Meta! with { Tag = tags.Count == 0 ? null : tags },
        });
        return ctx.ToResult();
    }

    private RightsStatus Build(string key, ApiParticulierEndpoint endpoint, RightsSubject subject, Coding provider, RightStatusCode status, DateTimeOffset checkedAt, MappingContext ctx)
    {
        var right = tables.Translate("apiparticulier.droit", endpoint.Segment(), ctx, "RightsStatus.right")
            ?? throw new InvalidOperationException($"Code table apiparticulier.droit lacks {endpoint.Segment()}.");
        ctx.Set(key, "RightsStatus.right", "route");
        ctx.Set(key, "RightsStatus.checkedAt", "call time");
        return new RightsStatus
        {
            Meta = new Meta { Source = ctx.Source.MetaSource },
            Person = subject.Person,
            Provider = provider,
            Right = right,
            Status = status,
            CheckedAt = FhirDateTime.FromInstant(checkedAt),
            Source = RightsStatusCodes.Source(tables, SourceSystem(endpoint)),
        };
    }
}
