using System.Globalization;
using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

/// <summary>
/// A status update posted by the CAF or CPAM (<c>kind: saisine-statut</c>) → RightsStatus per right in <c>droits[]</c>
/// (ouvert → open, refuse → refused, en-cours/incomplet → pending; period = dateEffet–dateFin; QF; amount ←
/// montantMensuel; checkedAt = horodatage), a TimelineEvent (droits-ouverts → droit-ouvert, anything else → note), and
/// the allocataire number. The subject (person, household) is the one of the saisine, found by <c>referenceHub</c>.
/// </summary>
public sealed partial class SaisineStatusMapper(CodeTables tables, SaisineScope scope)
{
    public SaisineStatusMapping Map(StatutSaisine update, RightsSubject subject)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(subject);
        var ctx = new MappingContext(new SourceRef(scope.Connector, "saisine-statut",
            string.Create(CultureInfo.InvariantCulture, $"{update.IdSaisine}#{update.Sequence}"), update.Horodatage));
        if (update.Organisme != scope.Organisme)
        {
            ctx.Fail("invalid-value", "organisme", $"An update from {update.Organisme} cannot be read as a {scope.Organisme} update.", update.Organisme);
            return new SaisineStatusMapping(ctx.ToResult(), null);
        }

        var checkedAt = FhirDateTime.FromInstant(update.Horodatage);
        foreach (var (droit, index) in (update.Droits ?? []).Select((d, i) => (d, i)))
        {
            if (MapRight(update, droit, index, subject, checkedAt, ctx) is { } rights)
            {
                ctx.Add(rights);
            }
        }

        if (Event(update, subject, checkedAt, ctx) is { } timeline)
        {
            ctx.Add(timeline);
        }

        return new SaisineStatusMapping(ctx.ToResult(), Allocataire(update, ctx));
    }

    private RightsStatus? MapRight(StatutSaisine update, ResultatDroit droit, int index, RightsSubject subject, FhirDateTime checkedAt, MappingContext ctx)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"droits[{index}]");
        var right = tables.Translate(scope.RightTable, droit.Droit, ctx, $"{path}.droit");
        if (right is null)
        {
            return null;
        }

        var status = tables.Translate(scope.RightStatusTable, droit.Statut, ctx, $"{path}.statut") is { } code ? RightsStatusCodes.Parse(code.Code) : RightStatusCode.Unknown;
        var key = $"{scope.DemandeSystem}|{update.IdSaisine}/{right.Code}";
        ctx.Set(key, "RightsStatus.status", $"{path}.statut");
        ctx.Set(key, "RightsStatus.checkedAt", "horodatage");
        var start = RightsStatusCodes.Date(droit.DateEffet, ctx, $"{path}.dateEffet");
        var end = RightsStatusCodes.Date(droit.DateFin, ctx, $"{path}.dateFin");
        if (start is not null || end is not null)
        {
            ctx.Set(key, "RightsStatus.period", "dateEffet,dateFin");
        }

        Money? amount = null;
        if (droit.MontantMensuel is { } monthly && monthly >= 0)
        {
            amount = new Money { Value = monthly, Currency = "EUR" };
            ctx.Set(key, "RightsStatus.amount", $"{path}.montantMensuel");
        }

        if (droit.QuotientFamilial is not null)
        {
            ctx.Set(key, "RightsStatus.quotientFamilial", $"{path}.quotientFamilial");
        }

        var tags = droit.MotifRefus is { } motif ? new[] { RightsStatusCodes.Tag($"{scope.Connector}.motif-refus", motif) } : null;
        return new RightsStatus
        {
            Meta = new Meta { Source = ctx.Source.MetaSource, Tag = tags },
            // One saisine decides several rights: the right is part of the id so each RightsStatus has its own.
            Identifier = [new Identifier { System = scope.DemandeSystem, Value = $"{update.IdSaisine}/{right.Code}" }],
            Person = subject.Person,
            Household = right.Code is "QF" or "APL" or "ALF" or "ALS" ? subject.Household : null,
            Provider = RightsStatusCodes.Coding(tables, CodeSystems.OrganismeDroits, scope.Organisme),
            Right = right,
            Status = status,
            Period = start is null && end is null ? null : new Period { Start = start, End = end },
            QuotientFamilial = droit.QuotientFamilial is >= 0 ? droit.QuotientFamilial : null,
            Amount = amount,
            CheckedAt = checkedAt,
            Source = RightsStatusCodes.Source(tables, scope.Connector),
        };
    }

    private static Identifier? Allocataire(StatutSaisine update, MappingContext ctx)
    {
        if (update.NumeroOrganisme is null && update.NumeroAllocataire is null)
        {
            return null;
        }

        if (update.NumeroOrganisme is { Length: 3 } organisme && organisme.All(char.IsAsciiDigit)
            && update.NumeroAllocataire is { Length: 7 } numero && numero.All(char.IsAsciiDigit))
        {
            ctx.Set($"{Hub.Canonical.Model.IdentifierSystems.CafAllocataire}|{organisme}-{numero}", "Person.identifier", "numeroOrganisme,numeroAllocataire");
            return new Identifier { System = IdentifierSystems.CafAllocataire, Value = $"{organisme}-{numero}" };
        }

        ctx.Warn("invalid-value", "numeroAllocataire", "numeroOrganisme (3 digits) and numeroAllocataire (7 digits) are both needed; not kept.");
        return null;
    }
}
