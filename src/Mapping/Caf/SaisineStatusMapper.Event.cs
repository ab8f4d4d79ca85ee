using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.ApiParticulier;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

public sealed partial class SaisineStatusMapper
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["recue"] = "reçue par le référent",
        ["en-cours"] = "instruction en cours",
        ["incomplete"] = "en attente de pièces",
        ["droits-ouverts"] = "droits ouverts",
        ["refusee"] = "refusée",
    };

    /// <summary>The timeline entry of the update; none without a household (the timeline is per household).</summary>
    private TimelineEvent? Event(StatutSaisine update, RightsSubject subject, FhirDateTime occurredAt, MappingContext ctx)
    {
        var type = tables.Translate(scope.EventTable, update.Statut, ctx, "statut");
        if (type is null || subject.Household is null)
        {
            return null;
        }

        var label = Labels.TryGetValue(update.Statut, out var l) ? l : update.Statut;
        var details = new List<string>();
        if (update.Droits is { Count: > 0 } droits)
        {
            details.Add(string.Join(", ", droits.Select(d => $"{d.Droit} {d.Statut}")));
        }

        if (update.PiecesManquantes is { Count: > 0 } pieces)
        {
            details.Add("pièces manquantes : " + string.Join(", ", pieces));
        }

        // Codes and statuses only: the summary is shown on the timeline and holds no personal or health detail.
        var summary = $"Saisine {scope.Organisme} {update.IdSaisine} : {label}" + (details.Count > 0 ? $" ({string.Join(" ; ", details)})" : string.Empty);
        ctx.Set($"TimelineEvent|{update.IdSaisine}#{update.Sequence}", "TimelineEvent.type", "statut");
        return new TimelineEvent
        {
            Meta = new Meta { Source = ctx.Source.MetaSource },
            Household = subject.Household,
            Person = subject.Person,
            Type = type,
            OccurredAt = occurredAt,
            Source = RightsStatusCodes.Source(tables, scope.Connector),
            Summary = summary,
        };
    }
}
